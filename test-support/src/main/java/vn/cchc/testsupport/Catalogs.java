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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two things tests do with a warehouse's DuckDB catalog besides handing it to the code under
 * test: read it with SQL of their own, and publish a copy of its views elsewhere.
 *
 * <p>Why copies are rewritten: the transform writes each view over an absolute path ({@code
 * read_parquet('/…/releases/<id>/index_scores/*.parquet')}, {@code
 * transforms/…/release/DuckDbCatalog}), because DuckDB resolves a relative path against the working
 * directory of whoever opens the catalog, not against the catalog file — so a catalog with relative
 * paths would break the API, Superset and analysts unless each of them set {@code
 * file_search_path}. A copied warehouse therefore needs its views rewritten to point into the copy:
 * {@link #relocate} does that, and only that.
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
   * Builds a catalog for {@code warehouse} from the views of {@code fromCatalog}, each path under
   * {@code fromRoot} moved under {@code warehouse} (see {@link #relocate}) and, unless {@code
   * releaseId} is null, {@code release_info} saying that release id; then renames it over {@code
   * warehouse/catalog.duckdb}, as the transform publishes.
   */
  static void publish(Path fromCatalog, Path fromRoot, Path warehouse, String releaseId) {
    Path scratch = warehouse.resolve("tmp");
    Path readCopy = scratch.resolve("read-" + System.nanoTime() + ".duckdb");
    Path built = scratch.resolve("catalog-" + System.nanoTime() + ".duckdb");
    try {
      Files.createDirectories(scratch);
      Files.copy(fromCatalog, readCopy);
      List<String> views = new ArrayList<>();
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + readCopy);
          Statement st = c.createStatement();
          ResultSet rs =
              st.executeQuery("SELECT view_name, sql FROM duckdb_views() WHERE NOT internal")) {
        while (rs.next()) {
          String sql = relocate(rs.getString(2), fromRoot, warehouse);
          views.add(
              releaseId != null && rs.getString(1).equals("release_info")
                  ? withReleaseId(sql, releaseId)
                  : sql);
        }
      }
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + built);
          Statement st = c.createStatement()) {
        for (String v : views) {
          st.execute(v);
        }
        st.execute("CHECKPOINT");
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
      deleteQuietly(readCopy);
      deleteQuietly(built);
    }
  }

  /**
   * A view's SQL with every string literal that starts with {@code fromRoot/} starting with {@code
   * toRoot/} instead (both made absolute and normalised, quotes escaped as DuckDB writes them). A
   * sibling such as {@code fromRoot-2/} is left alone; a mention of {@code fromRoot/} left anywhere
   * else is refused, since the copy would then read the original without anyone noticing.
   */
  static String relocate(String viewSql, Path fromRoot, Path toRoot) {
    String from = literalPrefix(fromRoot);
    String to = literalPrefix(toRoot);
    if (from.equals(to)) {
      return viewSql;
    }
    if (viewSql.replace("'" + from, "'").contains(from)) {
      throw new IllegalStateException(
          "Cannot relocate a view that names " + fromRoot + " outside a path literal: " + viewSql);
    }
    return viewSql.replace("'" + from, "'" + to);
  }

  private static final Pattern RELEASE_ID = Pattern.compile("'(?:[^']|'')*'(?= AS release_id\\b)");

  /** The {@code release_info} view's SQL saying another release id. */
  static String withReleaseId(String releaseInfoSql, String releaseId) {
    Matcher m = RELEASE_ID.matcher(releaseInfoSql);
    if (!m.find()) {
      throw new IllegalStateException("Cannot find the release id in " + releaseInfoSql);
    }
    return releaseInfoSql.substring(0, m.start())
        + "'"
        + releaseId.replace("'", "''")
        + "'"
        + releaseInfoSql.substring(m.end());
  }

  private static String literalPrefix(Path root) {
    return (root.toAbsolutePath().normalize() + "/").replace("'", "''");
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
