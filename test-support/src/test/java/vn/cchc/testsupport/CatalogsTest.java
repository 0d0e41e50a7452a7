package vn.cchc.testsupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copying a warehouse's catalog: on a two-view warehouse written here the way the transform writes
 * one (absolute Parquet paths, a {@code release_info} view), since the sample warehouse needs jars
 * built after this module.
 */
class CatalogsTest {
  @TempDir Path tmp;
  private Path warehouse;

  @BeforeEach
  void warehouse() throws Exception {
    warehouse = tmp.resolve("kho");
    Path parquet =
        Files.createDirectories(warehouse.resolve("releases/r1/index_scores"))
            .resolve("part-0.parquet");
    try (Connection c =
            DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("catalog.duckdb"));
        Statement st = c.createStatement()) {
      st.execute(
          "COPY (SELECT * FROM (VALUES (2024, '30307', 81.5::DOUBLE), (2024, '30283', 77.0::DOUBLE))"
              + " t(year, unit_code, index_pct)) TO '"
              + parquet
              + "' (FORMAT parquet)");
      st.execute(
          "CREATE VIEW index_scores AS SELECT * FROM read_parquet('"
              + warehouse.resolve("releases/r1/index_scores")
              + "/*.parquet')");
      st.execute(
          "CREATE VIEW release_info AS SELECT 'r1' AS release_id, 's000001' AS snapshot_id,"
              + " DATE '2026-06-30' AS as_of_date");
    }
  }

  @Test
  void aPublishedCopyReadsItsOwnFilesOnly() throws Exception {
    Path copy = tmp.resolve("bản sao o'neil");
    Files.createDirectories(copy.resolve("releases/r1/index_scores"));
    Files.copy(
        warehouse.resolve("releases/r1/index_scores/part-0.parquet"),
        copy.resolve("releases/r1/index_scores/part-0.parquet"));

    Catalogs.publish(warehouse.resolve("catalog.duckdb"), warehouse, copy, null);
    SampleWarehouse.deleteTree(warehouse);

    assertThat(
            Catalogs.read(
                copy.resolve("catalog.duckdb"),
                "SELECT unit_code, index_pct FROM index_scores"
                    + " WHERE year = ? ORDER BY unit_code",
                Catalogs::rows,
                2024))
        .containsExactly(List.of("30283", 77.0), List.of("30307", 81.5));
    assertThat(
            Catalogs.read(
                copy.resolve("catalog.duckdb"), "SELECT * FROM release_info", Catalogs::rows))
        .containsExactly(List.of("r1", "s000001", java.time.LocalDate.of(2026, 6, 30)));
    assertThat(copy.resolve("tmp")).isEmptyDirectory();
  }

  @Test
  void publishingIntoTheSameWarehouseWithAReleaseIdOnlyRelabelsTheRelease() {
    Catalogs.publish(warehouse.resolve("catalog.duckdb"), warehouse, warehouse, "r-next");

    assertThat(
            Catalogs.read(
                warehouse.resolve("catalog.duckdb"),
                "SELECT release_id, snapshot_id FROM release_info",
                Catalogs::rows))
        .containsExactly(List.of("r-next", "s000001"));
    assertThat(
            Catalogs.read(
                warehouse.resolve("catalog.duckdb"),
                "SELECT count(*) FROM index_scores",
                Catalogs::rows))
        .containsExactly(List.of(2L));
  }

  @Test
  void relocatingMovesPathLiteralsUnderTheRootAndLeavesSiblingsAlone() {
    String sql =
        "CREATE VIEW v AS SELECT * FROM read_parquet('/data/kho/releases/r1/v/*.parquet')"
            + " UNION ALL SELECT * FROM read_parquet('/data/kho-2/releases/r1/v/*.parquet')"
            + " UNION ALL SELECT * FROM read_parquet('/data/o''neil/x.parquet')";

    assertThat(Catalogs.relocate(sql, Path.of("/data/kho"), Path.of("/copy/a/../b")))
        .isEqualTo(
            "CREATE VIEW v AS SELECT * FROM read_parquet('/copy/b/releases/r1/v/*.parquet')"
                + " UNION ALL SELECT * FROM read_parquet('/data/kho-2/releases/r1/v/*.parquet')"
                + " UNION ALL SELECT * FROM read_parquet('/data/o''neil/x.parquet')");
    assertThat(Catalogs.relocate(sql, Path.of("/data/o'neil"), Path.of("/copy")))
        .endsWith("read_parquet('/copy/x.parquet')");
    assertThat(Catalogs.relocate(sql, Path.of("/data/kho"), Path.of("/data/kho"))).isEqualTo(sql);
  }

  @Test
  void aViewNamingTheRootOutsideAPathLiteralIsRefused() {
    String sql = "CREATE VIEW v AS SELECT * FROM read_parquet('file:///data/kho/v.parquet')";

    assertThatThrownBy(() -> Catalogs.relocate(sql, Path.of("/data/kho"), Path.of("/copy")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot relocate a view that names /data/kho outside a path literal: " + sql);
  }

  @Test
  void aReleaseInfoWithoutAReleaseIdIsRefused() {
    String sql = "CREATE VIEW release_info AS SELECT 's000001' AS snapshot_id";

    assertThatThrownBy(() -> Catalogs.withReleaseId(sql, "r2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot find the release id in " + sql);
    assertThat(
            Catalogs.withReleaseId(
                "CREATE VIEW release_info AS SELECT 'r1' AS release_id, 's1' AS snapshot_id;",
                "r-o'k"))
        .isEqualTo(
            "CREATE VIEW release_info AS SELECT 'r-o''k' AS release_id, 's1' AS snapshot_id;");
  }
}
