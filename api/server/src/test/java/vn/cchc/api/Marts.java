package vn.cchc.api;

import vn.cchc.testsupport.SampleWarehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Properties;
import vn.cchc.query.QueryResult;
import vn.cchc.query.catalog.Rows;

/**
 * Reads the marts straight from the sample catalog with its own DuckDB connection, independent of the
 * server's query layer: what every endpoint's figures are compared against.
 */
public final class Marts {
  private Marts() {}

  public static QueryResult query(String sql, Object... params) {
    Path catalog = SampleWarehouse.get().resolve("catalog.duckdb");
    Path copy = catalog.resolveSibling("tmp").resolve("marts-test-" + System.nanoTime() + ".duckdb");
    Properties props = new Properties();
    props.setProperty("duckdb.read_only", "true");
    try {
      Files.createDirectories(copy.getParent());
      Files.copy(catalog, copy);
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy, props);
           PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          ps.setObject(i + 1, params[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          return Rows.readAll(rs);
        }
      } finally {
        Files.deleteIfExists(copy);
      }
    } catch (SQLException | java.io.IOException e) {
      throw new AssertionError("Cannot read the marts: " + e.getMessage(), e);
    }
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
