package vn.cchc.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Copying a warehouse's catalog: on a two-table catalog written here the way the transform writes
 * one (self-contained tables, a {@code release_info} table), since the sample warehouse needs jars
 * built after this module.
 */
class CatalogsTest {
  @TempDir Path tmp;
  private Path warehouse;

  @BeforeEach
  void warehouse() throws Exception {
    warehouse = Files.createDirectories(tmp.resolve("kho"));
    try (Connection c =
            DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("catalog.duckdb"));
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE index_scores AS SELECT * FROM (VALUES (2024, '30307', 81.5::DOUBLE),"
              + " (2024, '30283', 77.0::DOUBLE)) t(year, unit_code, index_pct)");
      st.execute(
          "CREATE TABLE release_info AS SELECT 'r1' AS release_id, 's000001' AS snapshot_id,"
              + " DATE '2026-06-30' AS as_of_date");
    }
  }

  @Test
  void aPublishedCopyReadsWithTheOriginalGone() {
    Path copy = tmp.resolve("bản sao o'neil");

    Catalogs.publish(warehouse.resolve("catalog.duckdb"), copy, null);
    SampleWarehouse.deleteTree(warehouse);

    assertThat(
            Catalogs.read(
                copy.resolve("catalog.duckdb"),
                "SELECT unit_code, index_pct FROM index_scores WHERE year = ? ORDER BY unit_code",
                Catalogs::rows,
                2024))
        .containsExactly(List.of("30283", 77.0), List.of("30307", 81.5));
    assertThat(
            Catalogs.read(
                copy.resolve("catalog.duckdb"), "SELECT * FROM release_info", Catalogs::rows))
        .containsExactly(List.of("r1", "s000001", LocalDate.of(2026, 6, 30)));
    assertThat(copy.resolve("tmp")).isEmptyDirectory();
  }

  @Test
  void publishingIntoTheSameWarehouseWithAReleaseIdOnlyRelabelsTheRelease() {
    Catalogs.publish(warehouse.resolve("catalog.duckdb"), warehouse, "r-o'next");

    assertThat(
            Catalogs.read(
                warehouse.resolve("catalog.duckdb"),
                "SELECT release_id, snapshot_id FROM release_info",
                Catalogs::rows))
        .containsExactly(List.of("r-o'next", "s000001"));
    assertThat(
            Catalogs.read(
                warehouse.resolve("catalog.duckdb"),
                "SELECT count(*) FROM index_scores",
                Catalogs::rows))
        .containsExactly(List.of(2L));
  }
}
