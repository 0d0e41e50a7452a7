package vn.cchc.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.schema.Column;
import vn.cchc.model.schema.ColumnType;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.transforms.bench.DuckDbMarts;

/**
 * The sample province end to end: ingested by the ingestion module, transformed by the CLI ({@link
 * SampleProvince}), every mart recomputed by independent DuckDB SQL, a transform killed mid-write,
 * and a rerun.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SampleProvinceTest {
  private static final String AS_OF = SampleProvince.AS_OF;
  private static WarehouseLayout layout;
  private static Path warehouse;
  private static String firstRelease;

  @BeforeAll
  static void ingestAndTransform() {
    layout = SampleProvince.warehouse();
    warehouse = layout.root();
    firstRelease = SampleProvince.firstRelease();
  }

  static String mart(String release, TableSchema mart) {
    return "read_parquet('" + layout.releaseDir(release).resolve(mart.name()) + "/*.parquet')";
  }

  @Test
  @Order(1)
  void everyMartMatchesIndependentDuckDbSql() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      DuckDbMarts.createRawViews(c, layout.currentSnapshotDir().orElseThrow());
      DuckDbMarts.compute(c, TransformConfig.defaults().withAsOf(java.time.LocalDate.parse(AS_OF)));
      try (DuckDb db = DuckDb.wrap(c)) {
        List<String> differences = new ArrayList<>();
        for (TableSchema mart : MartTables.ALL) {
          assertThat(
                  (Long)
                      db.scalar(
                          "SELECT count(*) FROM " + DuckDbMarts.EXPECTED_PREFIX + mart.name()))
              .as(mart.name())
              .isPositive();
          differences.addAll(
              MartComparison.differences(
                  db, mart, DuckDbMarts.EXPECTED_PREFIX + mart.name(), mart(firstRelease, mart)));
        }
        assertThat(differences).isEmpty();
      }
    }
  }

  /** What sample-data/README.md says the sample holds, read back from the published catalog. */
  @Test
  @Order(2)
  void publishedCatalogShowsWhatTheSampleWasBuiltToContain() throws Exception {
    try (DuckDb db = DuckDb.readOnly(layout.catalogFile())) {
      // "Deliberate data-quality issues": exactly these, nothing else (no unresolved unit, no
      // lineage cycle)
      List<String> issues =
          db
              .rows(
                  "SELECT rule || '|' || year || '|' || unit_code || '|' || sub_criterion_code"
                      + " FROM data_quality ORDER BY 1")
              .stream()
              .map(r -> (String) r[0])
              .toList();
      assertThat(issues)
          .containsExactly(
              "MISSING_ROUND1|2025|30688|3.5.1", "MISSING_ROUND1|2025|30688|3.5.2",
              "MISSING_ROUND1|2025|30814|7.3.1", "MISSING_ROUND1|2025|30814|7.3.2",
              "MISSING_ROUND1|2025|30814|7.3.3", "SURVEY_NO_ANSWERS|2024|30427|8.4.1");
      // provisional: the two communes never appraised in 2025, and Xã Phú Thạnh in 2024, whose
      // 8.4.1 got no survey answer (counted 0 for now, never silently)
      assertThat(
              db
                  .rows(
                      "SELECT year || ' ' || unit_code FROM index_scores WHERE provisional ORDER BY 1")
                  .stream()
                  .map(r -> (String) r[0])
                  .toList())
          .containsExactly("2024 30427", "2025 30688", "2025 30814");
      // the real registry: old An Giang and Kiên Giang (26 districts, 298 communes) until 2024, the
      // new An Giang's
      // 102 communes in 2025; 19 departments per old province, 14 after the March mergers and in
      // the new province
      assertThat(
              db
                  .rows(
                      "SELECT year || ' ' || bloc || ' ' || count(*) FROM index_scores WHERE year IN (2024, 2025)"
                          + " GROUP BY year, bloc ORDER BY 1")
                  .stream()
                  .map(r -> (String) r[0])
                  .toList())
          .containsExactly(
              "2024 HUYEN 26", "2024 SO 38", "2024 XA 298", "2025 SO 14", "2025 XA 102");
      // one code, two communes: 30307 was Phường Mỹ Hòa until 30 June 2025, then Phường Long Xuyên,
      // which also
      // took in Phường Mỹ Long (30283)
      assertThat(
              db
                  .rows(
                      "SELECT year || ' ' || unit_key || ' ' || unit_name FROM index_scores"
                          + " WHERE unit_code IN ('30307', '30283') AND year IN (2024, 2025) ORDER BY 1")
                  .stream()
                  .map(r -> (String) r[0])
                  .toList())
          .containsExactly(
              "2024 30283@2015-01-01 Phường Mỹ Long",
              "2024 30307@2015-01-01 Phường Mỹ Hòa",
              "2025 30307@2025-07-01 Phường Long Xuyên");
      // 63 of 1,926 unit-years claim more than 6 points above the final appraisal
      assertThat(
              db.scalar(
                  "SELECT count(*) FROM appraisal_gaps WHERE level = 'UNIT' AND gap_points > 6"))
          .isEqualTo(63L);
      // 68 findings remediated late, 63 still open and all overdue
      assertThat(
              db.rows(
                      "SELECT CAST(sum(remediated_late) AS BIGINT), CAST(sum(open_findings) AS BIGINT),"
                          + " CAST(sum(overdue) AS BIGINT) FROM inspection_outcomes")
                  .get(0))
          .containsExactly(68L, 63L, 63L);
      // the SIPAS design break is 2022
      assertThat(
              db.rows("SELECT DISTINCT year FROM satisfaction WHERE design_break").stream()
                  .map(r -> r[0])
                  .toList())
          .containsExactly(2022);
      // small samples in 2023: 289 of 298 communes, 13 of 32 departments
      assertThat(
              db.scalar(
                  "SELECT count(*) FROM satisfaction s JOIN raw_units u"
                      + " ON s.unit_key = u.unit_code || '@' || strftime(u.valid_from, '%Y-%m-%d')"
                      + " WHERE s.year = 2023 AND s.component = 'OVERALL' AND s.small_sample AND u.bloc = 'XA'"))
          .isEqualTo(289L);
      assertThat(
              db.scalar(
                  "SELECT count(*) FROM satisfaction s JOIN raw_units u"
                      + " ON s.unit_key = u.unit_code || '@' || strftime(u.valid_from, '%Y-%m-%d')"
                      + " WHERE s.year = 2023 AND s.component = 'OVERALL' AND s.small_sample AND u.bloc = 'SO'"))
          .isEqualTo(13L);
      // 91-STC (July 2025) ← 89-STC, 91-STC (March 2025) ← each province's Tài chính + Kế hoạch và
      // Đầu tư:
      // restated AS_IS for 2024 through the chain, each of the four 2024 departments weighing 0.5 ×
      // 0.5
      assertThat(
              db.scalar(
                  "SELECT restated_from FROM index_trends WHERE basis = 'AS_IS' AND year = 2024"
                      + " AND unit_key = '91-STC@2025-07-01' AND restated AND NOT partial"))
          .isEqualTo(
              "89-SKHDT@2015-01-01:0.2500;"
                  + "89-STC@2015-01-01:0.2500;91-SKHDT@2015-01-01:0.2500;91-STC@2015-01-01:0.2500");
      // every 2025 commune has a restated previous value
      assertThat(
              db.rows(
                      "SELECT count(*), count(previous_index_pct) FROM index_trends WHERE basis = 'AS_IS'"
                          + " AND year = 2025 AND bloc = 'XA'")
                  .get(0))
          .containsExactly(102L, 102L);
    }
  }

  /**
   * New communes formed from whole predecessors and parts of the three divided ones (30334 Vĩnh
   * Châu, 30355 Phú Hội, 30358 Phước Hưng): the AS_IS 2024 value by the documented rule — the
   * share-weighted mean of the predecessors' 2024 indices (each predecessor the version valid on 30
   * June 2025), over the shares of those that have one — computed here from the lineage rows and
   * the 2024 index, beside the mart.
   */
  @Test
  @Order(3)
  void restatedValuesOfCommunesFormedFromWholeAndDividedPredecessorsFollowTheShares()
      throws Exception {
    try (DuckDb db = DuckDb.readOnly(layout.catalogFile())) {
      List<Object[]> links =
          db.rows(
              "SELECT l.to_code, l.share, i.index_pct FROM raw_unit_lineage l"
                  + " LEFT JOIN index_scores i ON i.year = 2024 AND i.unit_code = l.from_code"
                  + " WHERE l.effective_date = DATE '2025-07-01' AND l.to_code IN ('30316', '30325', '30337', '30346', '30352')");
      Map<String, double[]> byHand = new java.util.TreeMap<>();
      for (Object[] l : links) {
        double[] acc = byHand.computeIfAbsent((String) l[0], k -> new double[2]);
        if (l[2] != null) {
          acc[0] += ((Number) l[1]).doubleValue() * ((Number) l[2]).doubleValue();
          acc[1] += ((Number) l[1]).doubleValue();
        }
      }
      assertThat(byHand).hasSize(5);
      assertThat(
              db.scalar(
                  "SELECT count(DISTINCT from_code) FROM raw_unit_lineage WHERE to_code IN"
                      + " ('30316', '30325', '30337', '30346', '30352') AND from_code IN ('30334', '30355', '30358')"))
          .isEqualTo(3L);
      for (Map.Entry<String, double[]> e : byHand.entrySet()) {
        double mart =
            ((Number)
                    db.scalar(
                        "SELECT index_pct FROM index_trends WHERE basis = 'AS_IS' AND year = 2024"
                            + " AND unit_key = '"
                            + e.getKey()
                            + "@2025-07-01'"))
                .doubleValue();
        assertThat(mart)
            .as(e.getKey())
            .isCloseTo(
                e.getValue()[0] / e.getValue()[1], org.assertj.core.data.Offset.offset(0.01));
      }
    }
  }

  /** Columns that may be negative: changes, gaps and their statistics. */
  private static final List<String> SIGNED =
      List.of(
          "change_pp",
          "largest_fall_pp",
          "gap_points",
          "gap_pct",
          "modified_z",
          "q1_pct",
          "q3_pct",
          "rank_change");

  @Test
  @Order(4)
  void noMartHoldsNanNegativeOrAbove100Percent() throws Exception {
    try (DuckDb db = DuckDb.inMemory()) {
      for (TableSchema mart : MartTables.ALL) {
        for (Column c : mart.columns()) {
          if (c.type() != ColumnType.DOUBLE && c.type() != ColumnType.INTEGER) {
            continue;
          }
          String col = '"' + c.name() + '"';
          String from = " FROM " + mart(firstRelease, mart);
          if (c.type() == ColumnType.DOUBLE) {
            assertThat(
                    db.scalar(
                        "SELECT count(*)"
                            + from
                            + " WHERE isnan("
                            + col
                            + ") OR isinf("
                            + col
                            + ")"))
                .as(mart.name() + "." + c.name() + " NaN")
                .isEqualTo(0L);
          }
          if (!SIGNED.contains(c.name())) {
            assertThat(db.scalar("SELECT count(*)" + from + " WHERE " + col + " < 0"))
                .as(mart.name() + "." + c.name() + " negative")
                .isEqualTo(0L);
          }
          if (c.name().endsWith("_pct") && !SIGNED.contains(c.name())) {
            assertThat(db.scalar("SELECT count(*)" + from + " WHERE " + col + " > 100"))
                .as(mart.name() + "." + c.name() + " above 100")
                .isEqualTo(0L);
          }
        }
      }
    }
  }

  @Test
  @Order(5)
  void killedTransformLeavesThePreviousReleaseServedAndARerunReproducesIt() throws Exception {
    List<String> before = releaseFiles(firstRelease);
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(a -> a.startsWith("-X") || a.startsWith("--add") || a.startsWith("-D"))
            .toList());
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            TransformCli.class.getName(),
            "--warehouse",
            warehouse.toString(),
            "--master",
            "local[2]",
            "--as-of",
            AS_OF));
    Process child =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(warehouse.resolve("child.log").toFile())
            .start();
    Path tmp = null;
    // a bound, not a timing goal: the loop ends as soon as the release directory appears; a loaded
    // machine (a CI runner beside other builds) may take minutes to start Spark and reach the write
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
    while (tmp == null && child.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(100);
      try (Stream<Path> dirs = Files.list(layout.releasesDir())) {
        tmp =
            dirs.filter(p -> p.getFileName().toString().contains(".tmp-")).findFirst().orElse(null);
      }
    }
    assertThat(tmp)
        .as(
            "the child started writing a release (alive: %s); its log:%n%s",
            child.isAlive(), Files.readString(warehouse.resolve("child.log")))
        .isNotNull();
    Thread.sleep(1500);
    child.destroyForcibly();
    assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();

    assertThat(layout.currentReleaseId()).contains(firstRelease);
    assertThat(releaseFiles(firstRelease)).isEqualTo(before);
    try (DuckDb db = DuckDb.readOnly(layout.catalogFile())) {
      assertThat(db.scalar("SELECT release_id FROM release_info")).isEqualTo(firstRelease);
      assertThat((Long) db.scalar("SELECT count(*) FROM index_scores")).isPositive();
    }

    assertThat(SampleProvince.transform(layout)).isZero();
    String rerun = layout.currentReleaseId().orElseThrow();
    assertThat(rerun).isNotEqualTo(firstRelease);
    try (Stream<Path> dirs = Files.list(layout.releasesDir())) {
      assertThat(dirs.map(p -> p.getFileName().toString())).noneMatch(n -> n.contains(".tmp-"));
    }
    try (DuckDb db = DuckDb.inMemory()) {
      for (TableSchema mart : MartTables.ALL) {
        String a = mart(firstRelease, mart);
        String b = mart(rerun, mart);
        assertThat(
                db.scalar(
                    "SELECT count(*) FROM (SELECT * FROM "
                        + a
                        + " EXCEPT ALL SELECT * FROM "
                        + b
                        + ")"))
            .as(mart.name())
            .isEqualTo(0L);
        assertThat(
                db.scalar(
                    "SELECT count(*) FROM (SELECT * FROM "
                        + b
                        + " EXCEPT ALL SELECT * FROM "
                        + a
                        + ")"))
            .as(mart.name())
            .isEqualTo(0L);
      }
    }
  }

  private static List<String> releaseFiles(String release) throws Exception {
    Path dir = layout.releaseDir(release);
    try (Stream<Path> files = Files.walk(dir)) {
      return files
          .filter(Files::isRegularFile)
          .map(p -> dir.relativize(p) + ":" + p.toFile().length())
          .sorted()
          .toList();
    }
  }
}
