package vn.cchc.api;

import java.util.List;
import vn.cchc.query.QueryResult;
import vn.cchc.query.catalog.Rows;
import vn.cchc.testsupport.SampleWarehouse;

/**
 * Reads the marts straight from the sample catalog with its own DuckDB connection, independent of
 * the server's query layer: what every endpoint's figures are compared against.
 */
public final class Marts {
  private Marts() {}

  public static QueryResult query(String sql, Object... params) {
    return SampleWarehouse.read(sql, Rows::readAll, params);
  }

  public static Object single(String sql, Object... params) {
    QueryResult t = query(sql, params);
    if (t.size() != 1 || t.columns().size() != 1) {
      throw new AssertionError("Expected one value from " + sql + ", got " + t.rows());
    }
    return t.rows().get(0).get(0);
  }

  public static List<List<Object>> rows(String sql, Object... params) {
    return query(sql, params).rows();
  }
}
