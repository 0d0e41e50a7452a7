package vn.cchc.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * The sample release for the report tests: the API tests' one (built once by the real ingestion and transform
 * commands, see {@code vn.cchc.testsupport.SampleWarehouse}). {@link #query} reads the marts with its own DuckDB
 * connection, independent of the query layer the report uses: what the report's figures are checked against.
 */
final class SampleRelease {
  private SampleRelease() {}

  /** A directory under this module's build directory, wherever the module lives. */
  static Path target(String name) {
    return Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize().resolve("target").resolve(name);
  }

  /** The sample release shared with the API's tests, built once per test JVM (see SampleWarehouse). */
  static synchronized Path warehouse() {
    return vn.cchc.testsupport.SampleWarehouse.get();
  }

  /** Rows of an SQL query over the sample catalog, on a private read-only copy of it. */
  static List<List<Object>> query(String sql, Object... params) {
    Path catalog = warehouse().resolve("catalog.duckdb");
    Path copy = catalog.resolveSibling("tmp").resolve("report-test-" + System.nanoTime() + ".duckdb");
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
        List<List<Object>> rows = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
          int n = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            List<Object> row = new ArrayList<>();
            for (int i = 1; i <= n; i++) {
              row.add(rs.getObject(i));
            }
            rows.add(row);
          }
        }
        return rows;
      } finally {
        Files.deleteIfExists(copy);
      }
    } catch (SQLException | IOException e) {
      throw new AssertionError("Cannot read the marts: " + e.getMessage(), e);
    }
  }

  static Object single(String sql, Object... params) {
    List<List<Object>> rows = query(sql, params);
    if (rows.size() != 1 || rows.get(0).size() != 1) {
      throw new AssertionError("Expected one value from " + sql + ", got " + rows);
    }
    return rows.get(0).get(0);
  }

  static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
