package vn.cchc.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The two things tests do with a warehouse's DuckDB catalog besides handing it to the code under
 * test: read it with SQL of their own, and publish a copy of it elsewhere. The transform writes a
 * self-contained catalog (tables, no view over a file: {@code transforms/…/release/DuckDbCatalog}),
 * so a copy is the file itself, relabelled when a test needs another release id.
 */
final class Catalogs {
  private Catalogs() {}

  /**
   * Runs {@code sql} on a private read-only copy of {@code catalog} (in the temp directory, deleted
   * afterwards): independent of any connection the code under test holds, and of a catalog renamed
   * over the original meanwhile.
   */
  static <T> T read(
      Path catalog, String sql, SampleWarehouse.ResultReader<T> reader, Object... params) {
    Path copy = null;
    try {
      copy = Files.createTempFile("cchc-test-catalog-", ".duckdb");
      Files.copy(catalog, copy, StandardCopyOption.REPLACE_EXISTING);
      Properties props = new Properties();
      props.setProperty("duckdb.read_only", "true");
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + copy, props);
          PreparedStatement ps = c.prepareStatement(sql)) {
        for (int i = 0; i < params.length; i++) {
          ps.setObject(i + 1, params[i]);
        }
        try (ResultSet rs = ps.executeQuery()) {
          return reader.read(rs);
        }
      }
    } catch (SQLException | IOException e) {
      throw new AssertionError("Cannot read the catalog " + catalog + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(copy);
    }
  }

  /** Every row, every column, as JDBC returns them. */
  static List<List<Object>> rows(ResultSet rs) throws SQLException {
    int n = rs.getMetaData().getColumnCount();
    List<List<Object>> rows = new ArrayList<>();
    while (rs.next()) {
      List<Object> row = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        row.add(rs.getObject(i));
      }
      rows.add(row);
    }
    return rows;
  }

  /**
   * Publishes a copy of {@code fromCatalog} into {@code warehouse}: unless {@code releaseId} is
   * null, with {@code release_info} saying that release id. Built in {@code warehouse/tmp} and
   * renamed over {@code warehouse/catalog.duckdb}, as the transform publishes.
   */
  static void publish(Path fromCatalog, Path warehouse, String releaseId) {
    Path scratch = warehouse.resolve("tmp");
    Path built = scratch.resolve("catalog-" + System.nanoTime() + ".duckdb");
    try {
      Files.createDirectories(scratch);
      Files.copy(fromCatalog, built);
      if (releaseId != null) {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + built);
            PreparedStatement ps = c.prepareStatement("UPDATE release_info SET release_id = ?");
            Statement st = c.createStatement()) {
          ps.setString(1, releaseId);
          ps.executeUpdate();
          st.execute("CHECKPOINT");
        }
      }
      Files.move(
          built,
          warehouse.resolve("catalog.duckdb"),
          StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot publish a catalog into " + warehouse + ": " + e.getMessage(), e);
    } finally {
      deleteQuietly(built);
    }
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
      Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
    } catch (IOException ignored) {
      // a leftover scratch file under target/ or the temp directory is harmless
    }
  }
}
