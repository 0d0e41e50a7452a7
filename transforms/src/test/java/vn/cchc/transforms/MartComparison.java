package vn.cchc.transforms;

import java.sql.SQLException;
import java.util.List;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.transforms.bench.MartDifferences;

/**
 * The tests' short form of {@link MartDifferences#byKey}: two relations holding one mart compared
 * row by row on the mart's key, doubles to {@link MartDifferences#TOLERANCE}, the rest exactly.
 */
public final class MartComparison {
  private MartComparison() {}

  /** Human-readable differences; empty when the relations hold the same rows. */
  public static List<String> differences(
      DuckDb db, TableSchema mart, String expected, String actual) throws SQLException {
    return MartDifferences.byKey(db.connection(), mart, expected, actual).messages();
  }
}
