package vn.cchc.transforms.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.schema.Column;
import vn.cchc.model.schema.DuckDbDdl;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.warehouse.DuckDbFiles;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.transforms.DuckDb;

/**
 * The publish step that opens a DuckDB file in the warehouse, on a warehouse whose path holds
 * {@code ;} (the DuckDB JDBC driver's property separator), a space and Vietnamese letters.
 */
class CatalogPathTest {
  @TempDir Path tmp;

  /** One row of {@code columns} with {@code unit_code = 'A'}, written as Parquet by DuckDB. */
  private static void writeOneRow(Connection c, List<Column> columns, Path file) throws Exception {
    Files.createDirectories(file.getParent());
    String select =
        columns.stream()
            .map(
                col ->
                    (col.name().equals("unit_code")
                            ? "'A'"
                            : "CAST(NULL AS " + col.type().duckDbType() + ")")
                        + " AS "
                        + DuckDbDdl.quote(col.name()))
            .collect(Collectors.joining(", "));
    try (Statement s = c.createStatement()) {
      s.execute(
          "COPY (SELECT "
              + select
              + ") TO "
              + DuckDbCatalog.literal(file.toString())
              + " (FORMAT parquet)");
    }
  }

  private static void deleteTree(Path dir) throws Exception {
    try (java.util.stream.Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  @Test
  void buildsTheCatalogOfAWarehouseWhosePathHoldsASemicolon() throws Exception {
    WarehouseLayout layout = new WarehouseLayout(tmp.resolve("kho;2025 Sở Nội vụ"));
    ReleaseInfo release =
        new ReleaseInfo("r1", "s000001", LocalDate.of(2025, 12, 31), Map.of("index_scores", 1L));
    try (Connection c = DriverManager.getConnection(DuckDbFiles.IN_MEMORY_URL)) {
      writeOneRow(
          c,
          MartTables.INDEX_SCORES.columns(),
          layout.releaseDir("r1").resolve("index_scores").resolve("part-0.parquet"));
      writeOneRow(
          c,
          InputTables.UNITS.warehouseColumns(),
          WarehouseLayout.tableDir(layout.snapshotDir("s000001"), InputTables.UNITS)
              .resolve(WarehouseLayout.PART_FILE));
    }

    DuckDbCatalog.build(layout, release, List.of(MartTables.INDEX_SCORES));

    assertThat(layout.catalogFile()).isRegularFile();
    try (Connection c = DriverManager.getConnection(DuckDbFiles.IN_MEMORY_URL)) {
      DuckDb db = DuckDb.wrap(c);
      db.execute(DuckDbFiles.attachReadOnly(layout.catalogFile()));
      assertThat(db.scalar("SELECT release_id FROM release_info")).isEqualTo("r1");
      assertThat(db.scalar("SELECT unit_code FROM index_scores")).isEqualTo("A");
      assertThat(db.scalar("SELECT unit_code FROM raw_units")).isEqualTo("A");
    }
    // self-contained: no view reads a file, and a copy reads with the warehouse gone and files off
    Path elsewhere = tmp.resolve("máy phân tích").resolve("catalog.duckdb");
    Files.createDirectories(elsewhere.getParent());
    Files.copy(layout.catalogFile(), elsewhere);
    deleteTree(layout.releasesDir());
    deleteTree(layout.snapshotsDir());
    try (Connection c = DriverManager.getConnection(DuckDbFiles.IN_MEMORY_URL)) {
      DuckDb db = DuckDb.wrap(c);
      db.execute(DuckDbFiles.attachReadOnly(elsewhere));
      db.execute("SET enable_external_access = false");
      assertThat(db.scalar("SELECT count(*) FROM duckdb_views() WHERE NOT internal")).isEqualTo(0L);
      assertThat(db.scalar("SELECT unit_code FROM index_scores")).isEqualTo("A");
      assertThat(db.scalar("SELECT unit_code FROM raw_units")).isEqualTo("A");
      assertThat(db.scalar("SELECT count(*) FROM raw_self_scores")).isEqualTo(0L);
    }
    // what the catalog replaces: the driver cannot open such a path by URL
    assertThatThrownBy(() -> DriverManager.getConnection("jdbc:duckdb:" + layout.catalogFile()))
        .isInstanceOf(SQLException.class)
        .hasMessageStartingWith("Invalid URL entry: 2025 Sở Nội vụ/");
  }
}
