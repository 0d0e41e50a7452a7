package vn.cchc.transforms.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.AtomicFiles;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.transforms.DuckDb;
import vn.cchc.transforms.Fixtures;
import vn.cchc.transforms.SparkSessions;
import vn.cchc.transforms.TransformCli;

/** The CLI end to end on a small warehouse: release layout, catalog, reruns, pruning, failure. */
class ReleasePublishingTest {
  @TempDir static Path warehouse;
  private static WarehouseLayout layout;

  @BeforeAll
  static void writeSnapshot() throws Exception {
    SparkSession spark = SparkSessions.create("local[2]", 2);
    try {
      Fixtures.province2022(spark).writeSnapshot(warehouse, "s000001");
    } finally {
      spark.stop();
    }
    layout = new WarehouseLayout(warehouse);
  }

  private static int transform(String... extra) {
    var err = new ByteArrayOutputStream();
    String[] args =
        Stream.concat(
                Stream.of(
                    "--warehouse",
                    warehouse.toString(),
                    "--master",
                    "local[2]",
                    "--as-of",
                    "2023-06-30",
                    "--keep-releases",
                    "2"),
                Stream.of(extra))
            .toArray(String[]::new);
    int code =
        TransformCli.run(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.<String, String>of(),
            args);
    lastError = err.toString(StandardCharsets.UTF_8);
    return code;
  }

  private static String lastError = "";

  @Test
  void publishesReproduciblyPrunesAndSurvivesAFailure() throws Exception {
    assertThat(transform()).as(lastError).isZero();
    String first = layout.currentReleaseId().orElseThrow();
    Path firstDir = layout.releaseDir(first);
    assertThat(Files.readString(firstDir.resolve(ReleaseInfo.FILE_NAME)))
        .contains(
            "\"release_id\": \"" + first + "\"",
            "\"snapshot_id\": \"s000001\"",
            "\"as_of_date\": \"2023-06-30\"",
            "\"index_scores\": 5");
    try (DuckDb db = DuckDb.readOnly(layout.catalogFile())) {
      assertThat(db.scalar("SELECT index_pct_rounded FROM index_scores WHERE unit_code = 'A'"))
          .isEqualTo(81.33);
      assertThat(db.scalar("SELECT release_id FROM release_info")).isEqualTo(first);
      assertThat(db.scalar("SELECT count(*) FROM raw_self_scores WHERE year = 2022"))
          .isEqualTo(20L);
      assertThat(db.scalar("SELECT count(*) FROM raw_findings")).isEqualTo(0L); // never supplied
      for (TableSchema mart : MartTables.ALL) {
        if (Files.isDirectory(firstDir.resolve(mart.name()))) {
          assertThat(db.rows("SELECT * FROM " + mart.name() + " LIMIT 1")).isNotNull();
        }
      }
    }

    assertThat(transform()).as(lastError).isZero();
    String second = layout.currentReleaseId().orElseThrow();
    assertThat(second).isNotEqualTo(first);
    try (DuckDb db = DuckDb.inMemory()) {
      for (TableSchema mart : MartTables.ALL) {
        Path a = firstDir.resolve(mart.name());
        if (!Files.isDirectory(a)) {
          continue;
        }
        String ra = "read_parquet('" + a + "/*.parquet')";
        String rb =
            "read_parquet('" + layout.releaseDir(second).resolve(mart.name()) + "/*.parquet')";
        assertThat(
                db.scalar(
                    "SELECT count(*) FROM (SELECT * FROM "
                        + ra
                        + " EXCEPT ALL SELECT * FROM "
                        + rb
                        + ")"))
            .as(mart.name())
            .isEqualTo(0L);
        assertThat(
                db.scalar(
                    "SELECT count(*) FROM (SELECT * FROM "
                        + rb
                        + " EXCEPT ALL SELECT * FROM "
                        + ra
                        + ")"))
            .as(mart.name())
            .isEqualTo(0L);
      }
    }

    assertThat(transform()).as(lastError).isZero();
    String third = layout.currentReleaseId().orElseThrow();
    assertThat(new ReleasePublisher(layout, java.time.Clock.systemUTC()).releaseIds())
        .containsExactly(second, third);

    // a transform that fails while reading leaves the third release served and its catalog intact
    Path good = layout.snapshotDir("s000001");
    Path bad = layout.snapshotDir("s000002");
    try (Stream<Path> files = Files.walk(good)) {
      for (Path p : files.toList()) {
        Path target = bad.resolve(good.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else if (p.toString().endsWith(".parquet") && p.toString().contains("self_scores")) {
          Files.writeString(target, "not parquet");
        } else if (!p.getFileName().toString().endsWith(".crc")) {
          Files.copy(p, target);
        }
      }
    }
    AtomicFiles.flipPointer(layout.snapshotPointer(), "s000002");
    assertThat(transform()).isEqualTo(1);
    assertThat(layout.currentReleaseId()).contains(third);
    assertThat(new ReleasePublisher(layout, java.time.Clock.systemUTC()).releaseIds())
        .containsExactly(second, third);
    try (DuckDb db = DuckDb.readOnly(layout.catalogFile())) {
      assertThat(db.scalar("SELECT release_id FROM release_info")).isEqualTo(third);
      assertThat(db.scalar("SELECT count(*) FROM index_scores")).isEqualTo(5L);
    }
    AtomicFiles.flipPointer(layout.snapshotPointer(), "s000001");
  }

  @Test
  void rejectsUnknownArguments() {
    assertThat(transform("--colour", "blue")).isEqualTo(2);
    assertThat(lastError).contains("Không thể hiểu tham số: --colour");
  }
}
