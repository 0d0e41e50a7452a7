package vn.cchc.transforms.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.schema.Column;
import vn.cchc.model.schema.DuckDbDdl;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.DuckDbFiles;
import vn.cchc.model.warehouse.WarehouseLayout;

/**
 * The DuckDB file analysts, the API and Superset open: one table per mart (named as the mart) with
 * the release's rows, one table {@code raw_<table>} per ingested table with the snapshot's rows,
 * and {@code release_info}. The catalog is <em>self-contained</em>: it reads no file, so it can be
 * copied to an analyst's laptop or mounted into a Superset container anywhere, and a reader needs
 * no access to the warehouse's folders (its sandbox allows none). The release's Parquet stays
 * beside it for Spark and other Parquet readers. Built in a temp file and renamed over the old one,
 * so a reader opens either the old catalog or the new one.
 */
public final class DuckDbCatalog {
  private DuckDbCatalog() {}

  public static final String RAW_PREFIX = "raw_";

  public static void build(WarehouseLayout layout, ReleaseInfo release, List<TableSchema> marts) {
    Path target = layout.catalogFile();
    Path tmp = target.resolveSibling(tmpPrefix(layout) + UUID.randomUUID());
    try {
      Files.createDirectories(target.getParent());
      // the file is attached, not named in the URL: the driver cuts a URL at every ';'
      try (Connection c = DriverManager.getConnection(DuckDbFiles.IN_MEMORY_URL)) {
        exec(c, DuckDbFiles.attach(tmp));
        // copying reads every Parquet file once; what does not fit in memory spills to the
        // warehouse's own temp folder, never to the system's
        Files.createDirectories(layout.tmpDir());
        exec(c, "SET temp_directory = " + literal(layout.tmpDir().toString()));
        exec(c, "SET preserve_insertion_order = false");
        Path releaseDir = layout.releaseDir(release.releaseId());
        for (TableSchema mart : marts) {
          exec(
              c,
              "CREATE TABLE "
                  + DuckDbDdl.quote(mart.name())
                  + " AS SELECT "
                  + DuckDbDdl.castSelectList(mart.columns())
                  + " FROM read_parquet("
                  + literal(releaseDir.resolve(mart.name()) + "/*.parquet")
                  + ")");
        }
        Path snapshot = layout.snapshotDir(release.snapshotId());
        for (TableSchema table : InputTables.ALL) {
          exec(
              c,
              "CREATE TABLE "
                  + DuckDbDdl.quote(RAW_PREFIX + table.name())
                  + " AS "
                  + rawSelect(snapshot, table));
        }
        exec(
            c,
            "CREATE TABLE release_info AS SELECT "
                + literal(release.releaseId())
                + " AS release_id, "
                + literal(release.snapshotId())
                + " AS snapshot_id, DATE "
                + literal(release.asOf().toString())
                + " AS as_of_date");
        exec(c, "CHECKPOINT " + DuckDbFiles.ALIAS);
      }
      Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + ".wal"));
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (SQLException | IOException e) {
      try {
        Files.deleteIfExists(tmp);
        Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + ".wal"));
      } catch (IOException ignored) {
        // the failure being reported matters more than a leftover temp file
      }
      throw new CchcException(
          ErrorCode.IO_ERROR, "Không thể tạo danh mục DuckDB " + target + ": " + e.getMessage(), e);
    }
  }

  /**
   * Removes the temp catalogs of runs that died while building one ({@code
   * .catalog.duckdb.tmp-<uuid>}, its {@code .wal} and anything else DuckDB kept beside it). Only
   * under the {@link ReleaseLock}: a temp catalog of a running transform looks the same.
   */
  public static List<Path> removeLeftovers(WarehouseLayout layout) {
    if (!Files.isDirectory(layout.root())) {
      return List.of();
    }
    String prefix = tmpPrefix(layout);
    List<Path> leftovers;
    try (Stream<Path> entries = Files.list(layout.root())) {
      leftovers =
          entries.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Không thể liệt kê thư mục " + layout.root(), e);
    }
    leftovers.forEach(ReleasePublisher::deleteTree);
    return leftovers;
  }

  private static String tmpPrefix(WarehouseLayout layout) {
    return "." + layout.catalogFile().getFileName() + ReleasePublisher.TMP_MARKER;
  }

  /**
   * A SELECT over an ingested table of a snapshot, typed as declared; empty when the table is
   * absent.
   */
  public static String rawSelect(Path snapshot, TableSchema table) {
    Path dir = WarehouseLayout.tableDir(snapshot, table);
    List<Column> columns = table.warehouseColumns();
    if (!Files.isDirectory(dir)) {
      return "SELECT "
          + columns.stream()
              .map(
                  c ->
                      "CAST(NULL AS " + c.type().duckDbType() + ") AS " + DuckDbDdl.quote(c.name()))
              .collect(Collectors.joining(", "))
          + " WHERE false";
    }
    String glob = table.partitioned() ? dir + "/*/*.parquet" : dir + "/*.parquet";
    return "SELECT "
        + DuckDbDdl.castSelectList(columns)
        + " FROM read_parquet("
        + literal(glob)
        + (table.partitioned() ? ", hive_partitioning = true" : "")
        + ")";
  }

  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }

  private static void exec(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }
}
