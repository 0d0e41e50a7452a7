package vn.cchc.query;

import java.util.Arrays;
import java.util.List;

/** Runs one parameterised SELECT on the current release and returns all its rows. */
public interface QueryExecutor {
  QueryResult query(String sql, List<?> params);

  /**
   * Identifies the release the next query will read, so that callers may cache what cannot change
   * within a release; null when the executor cannot tell (then nothing is cached).
   */
  default Object releaseKey() {
    return null;
  }

  default QueryResult query(String sql, Object... params) {
    return query(sql, Arrays.asList(params));
  }
}
