package vn.cchc.transforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.transforms.bench.DuckDbMarts;

/**
 * {@link Fixtures#restructuring}: codes reused by new units, a commune divided between two
 * successors, a department chain over two dates, rows whose code names no unit. Every expected
 * value is worked out by hand from the lineage shares; the same snapshot is recomputed by the
 * independent DuckDB SQL.
 */
class RestructuringTest extends SparkTestBase {
  private static final double PP = 0.01;
  private static final String AS_OF = "2026-06-30";
  @TempDir static Path warehouse;
  private static WarehouseLayout layout;
  private static final Map<TableSchema, Dataset<Row>> marts = new LinkedHashMap<>();
  private static final Map<TableSchema, Path> written = new LinkedHashMap<>();
  private static TransformConfig config;

  @BeforeAll
  static void transform() throws Exception {
    layout = new WarehouseLayout(warehouse);
    Fixtures.restructuring(spark).writeSnapshot(warehouse, "s000001");
    config = TransformConfig.fromMap(Map.of("weakness-threshold-pct", "79", "as-of", AS_OF));
    TransformInputs in = WarehouseReader.read(spark, layout.snapshotDir("s000001"));
    TransformJob.computeMarts(in, config)
        .forEach(
            (mart, frame) -> {
              Path dir = warehouse.resolve("marts").resolve(mart.name());
              frame.write().parquet(dir.toString());
              written.put(mart, dir);
              marts.put(mart, spark.read().parquet(dir.toString()));
            });
  }

  private static Map<String, Row> rows(TableSchema mart, String... key) {
    return Rows.byKey(marts.get(mart), key);
  }

  @Test
  void scoresOfAReusedCodeGoToTheVersionOfTheirYear() {
    Map<String, Row> index = rows(MartTables.INDEX_SCORES, "year", "unit_code");
    assertThat(index.get("2024|30307").<String>getAs("unit_key")).isEqualTo("30307@2015-01-01");
    assertThat(index.get("2024|30307").<String>getAs("unit_name")).isEqualTo("Phường Mỹ Long");
    assertThat(index.get("2024|30307").<Double>getAs("index_pct")).isCloseTo(76.0, within(PP));
    assertThat(index.get("2025|30307").<String>getAs("unit_key")).isEqualTo("30307@2025-07-01");
    assertThat(index.get("2025|30307").<String>getAs("unit_name")).isEqualTo("Phường Long Xuyên");
    assertThat(index.get("2025|30307").<Double>getAs("index_pct")).isCloseTo(78.0, within(PP));
    assertThat(index.get("2025|SO_TC").<String>getAs("unit_key")).isEqualTo("SO_TC@2025-07-01");
    assertThat(index.get("2024|SO_TC").<String>getAs("unit_key")).isEqualTo("SO_TC@2015-01-01");
    // 2023, 2024: 9 departments and 3 communes (30313 has no 2023 score); 2025: 5 and 2
    assertThat(index.keySet().stream().filter(k -> k.startsWith("2023|"))).hasSize(11);
    assertThat(index.keySet().stream().filter(k -> k.startsWith("2024|"))).hasSize(12);
    assertThat(index.keySet().stream().filter(k -> k.startsWith("2025|"))).hasSize(7);
    Map<String, Row> facts = rows(MartTables.SCORE_FACTS, "year", "unit_key", "sub_criterion_code");
    assertThat(facts)
        .containsKeys("2024|30307@2015-01-01|1.1.1", "2025|30307@2025-07-01|1.1.1")
        .doesNotContainKey("2025|30307@2015-01-01|1.1.1");
  }

  @Test
  void asWasHasNoPreviousValueAcrossAVersionChange() {
    Map<String, Row> trends = rows(MartTables.INDEX_TRENDS, "basis", "unit_key", "year");
    Row longXuyen = trends.get("AS_WAS|30307@2025-07-01|2025");
    assertThat(longXuyen.<Double>getAs("previous_index_pct")).isNull();
    assertThat(longXuyen.<Double>getAs("change_pp")).isNull();
    assertThat(longXuyen.<Boolean>getAs("comparable")).isFalse();
    assertThat(longXuyen.<String>getAs("comparability_reason")).isEqualTo("UNIT_MERGED");
    Row myLong = trends.get("AS_WAS|30307@2015-01-01|2024");
    assertThat(myLong.<Double>getAs("previous_index_pct")).isCloseTo(75.0, within(PP));
    assertThat(myLong.<Boolean>getAs("comparable")).isTrue();
    assertThat(trends.get("AS_WAS|SO_TC@2025-07-01|2025").<String>getAs("comparability_reason"))
        .isEqualTo("UNIT_MERGED");
    assertThat(trends.get("AS_WAS|SO_NV@2025-07-01|2025").<Double>getAs("previous_index_pct"))
        .isNull();
    // SO_XD's link to itself is set aside: its series continues
    Row xd = trends.get("AS_WAS|SO_XD@2015-01-01|2025");
    assertThat(xd.<Double>getAs("previous_index_pct")).isCloseTo(66.0, within(PP));
    assertThat(xd.<Boolean>getAs("comparable")).isTrue();
  }

  @Test
  void asIsRestatesWholeAndDividedPredecessorsByTheirShares() {
    Map<String, Row> trends = rows(MartTables.INDEX_TRENDS, "basis", "unit_key", "year");
    // Long Xuyên (reuses 30307) = Mỹ Long whole (0.7) + part of Mỹ Bình (0.3): 0.7 × 76 + 0.3 × 60
    Row lx2024 = trends.get("AS_IS|30307@2025-07-01|2024");
    assertThat(lx2024.<Double>getAs("index_pct")).isCloseTo(71.20, within(PP));
    assertThat(lx2024.<String>getAs("unit_code")).isEqualTo("30307");
    assertThat(lx2024.<Boolean>getAs("restated")).isTrue();
    assertThat(lx2024.<Boolean>getAs("partial")).isFalse();
    assertThat(lx2024.<String>getAs("restated_from"))
        .isEqualTo("30307@2015-01-01:0.7000;30310@2015-01-01:0.3000");
    assertThat(lx2024.<Boolean>getAs("comparable")).isTrue();
    // 0.7 × 75 + 0.3 × 50
    assertThat(trends.get("AS_IS|30307@2025-07-01|2023").<Double>getAs("index_pct"))
        .isCloseTo(67.50, within(PP));
    Row lx2025 = trends.get("AS_IS|30307@2025-07-01|2025");
    assertThat(lx2025.<Boolean>getAs("restated")).isFalse();
    assertThat(lx2025.<Double>getAs("change_pp")).isCloseTo(6.80, within(PP));
    assertThat(lx2025.<Boolean>getAs("comparable")).isTrue();

    // Bình Đức = the other part of Mỹ Bình (0.25) + Mỹ Xuyên whole (0.75): 0.25 × 60 + 0.75 × 70
    Row bd2024 = trends.get("AS_IS|30337@2025-07-01|2024");
    assertThat(bd2024.<Double>getAs("index_pct")).isCloseTo(67.50, within(PP));
    assertThat(bd2024.<String>getAs("restated_from"))
        .isEqualTo("30310@2015-01-01:0.2500;30313@2015-01-01:0.7500");
    assertThat(bd2024.<Boolean>getAs("partial")).isFalse();
    assertThat(bd2024.<String>getAs("comparability_reason")).isEqualTo("RESTATED_PARTIAL");
    // 2023: Mỹ Xuyên has no index, Mỹ Bình's share renormalised to 1
    Row bd2023 = trends.get("AS_IS|30337@2025-07-01|2023");
    assertThat(bd2023.<Double>getAs("index_pct")).isCloseTo(50.00, within(PP));
    assertThat(bd2023.<Boolean>getAs("partial")).isTrue();
    assertThat(bd2023.<String>getAs("restated_from")).isEqualTo("30310@2015-01-01:1.0000");
    assertThat(bd2023.<String>getAs("comparability_reason")).isEqualTo("NO_PREVIOUS_VALUE");
    Row bd2025 = trends.get("AS_IS|30337@2025-07-01|2025");
    assertThat(bd2025.<Double>getAs("change_pp")).isCloseTo(4.50, within(PP));
    assertThat(bd2025.<Boolean>getAs("comparable")).isTrue();
    // every current commune has an AS_IS value for every earlier year
    assertThat(trends.keySet().stream().filter(k -> k.startsWith("AS_IS|303")))
        .containsExactlyInAnyOrder(
            "AS_IS|30307@2025-07-01|2023",
            "AS_IS|30307@2025-07-01|2024",
            "AS_IS|30307@2025-07-01|2025",
            "AS_IS|30337@2025-07-01|2023",
            "AS_IS|30337@2025-07-01|2024",
            "AS_IS|30337@2025-07-01|2025");
    assertThat(lx2024.<Integer>getAs("rank_in_bloc")).isEqualTo(1);
    assertThat(bd2024.<Integer>getAs("rank_in_bloc")).isEqualTo(2);
  }

  @Test
  void asIsComposesAChainOverTwoDates() {
    Map<String, Row> trends = rows(MartTables.INDEX_TRENDS, "basis", "unit_key", "year");
    // SO_TC@2025-07-01 = 0.7 × SO_TC@2025-03-01 + 0.3 × KG_SO_TC; SO_TC@2025-03-01 = 0.4 × SO_KHDT
    // + 0.6 × SO_TC
    Row tc2024 = trends.get("AS_IS|SO_TC@2025-07-01|2024");
    assertThat(tc2024.<Double>getAs("index_pct"))
        .isCloseTo(73.80, within(PP)); // 0.7 × (0.4 × 72 + 0.6 × 82) + 0.3 × 64
    assertThat(tc2024.<String>getAs("restated_from"))
        .isEqualTo("KG_SO_TC@2015-01-01:0.3000;SO_KHDT@2015-01-01:0.2800;SO_TC@2015-01-01:0.4200");
    assertThat(trends.get("AS_IS|SO_TC@2025-07-01|2023").<Double>getAs("index_pct"))
        .isCloseTo(71.20, within(PP));
    assertThat(trends.get("AS_IS|SO_TC@2025-07-01|2025").<Double>getAs("change_pp"))
        .isCloseTo(11.20, within(PP));
    // SO_NV absorbed SO_LDTBXH in March (0.8 / 0.2) and KG_SO_NV in July (0.5 / 0.5), a new version
    // each time:
    // 0.5 × (0.8 × 74 + 0.2 × 70) + 0.5 × 66
    Row nv2024 = trends.get("AS_IS|SO_NV@2025-07-01|2024");
    assertThat(nv2024.<Double>getAs("index_pct")).isCloseTo(69.60, within(PP));
    assertThat(nv2024.<String>getAs("restated_from"))
        .isEqualTo(
            "KG_SO_NV@2015-01-01:0.5000;SO_LDTBXH@2015-01-01:0.1000;SO_NV@2015-01-01:0.4000");
    assertThat(trends.get("AS_IS|SO_NV@2025-07-01|2023").<Double>getAs("index_pct"))
        .isCloseTo(67.50, within(PP));
    Map<String, Row> summaries = rows(MartTables.TREND_SUMMARIES, "basis", "bloc", "year");
    assertThat(summaries.get("AS_IS|SO|2025").<String>getAs("largest_rise_unit"))
        .isEqualTo("SO_TC@2025-07-01");
    assertThat(summaries.get("AS_IS|XA|2025").<String>getAs("largest_rise_unit"))
        .isEqualTo("30307@2025-07-01");
    assertThat(summaries.get("AS_WAS|XA|2025").<String>getAs("largest_rise_unit")).isNull();
  }

  @Test
  void aCycleInTheLineageIsSetAsideAndFlagged() {
    Map<String, Row> trends = rows(MartTables.INDEX_TRENDS, "basis", "unit_key", "year");
    Row a = trends.get("AS_IS|CY_A@2015-01-01|2024");
    assertThat(a.<Double>getAs("index_pct")).isCloseTo(52.0, within(PP));
    assertThat(a.<Boolean>getAs("restated")).isFalse();
    assertThat(trends.get("AS_IS|CY_B@2015-01-01|2024").<Double>getAs("index_pct"))
        .isCloseTo(58.0, within(PP));
    Map<String, Row> dq = rows(MartTables.DATA_QUALITY, "rule", "year", "unit_code");
    assertThat(dq.get("LINEAGE_CYCLE|2025|CY_A").<String>getAs("detail_vi"))
        .isEqualTo(
            "Liên kết CY_A → CY_B ngày"
                + " 01/03/2025 nằm trong một vòng lặp của lịch sử đơn vị (một phiên bản đơn vị thành tiền thân của chính nó):"
                + " bỏ qua khi quy đổi AS_IS");
    assertThat(dq.get("LINEAGE_CYCLE|2025|SO_XD").<String>getAs("detail_vi"))
        .startsWith("Liên kết SO_XD → SO_XD ngày" + " 01/03/2025 nằm trong");
    assertThat(trends.get("AS_IS|SO_XD@2015-01-01|2024").<Boolean>getAs("restated")).isFalse();
    assertThat(dq.get("LINEAGE_CYCLE|2025|CY_A").<String>getAs("unit_key"))
        .isEqualTo("CY_A@2015-01-01");
    assertThat(dq.get("LINEAGE_CYCLE|2025|CY_B").<String>getAs("severity")).isEqualTo("ERROR");
  }

  @Test
  void rowsWhoseCodeNamesNoUnitThatYearAreListedNotDropped() {
    Map<String, Row> dq = rows(MartTables.DATA_QUALITY, "rule", "year", "unit_code");
    assertThat(dq)
        .containsOnlyKeys(
            "UNIT_NO_SCORES|2023|30313",
            "UNRESOLVED_UNIT|2024|30399",
            "UNRESOLVED_UNIT|2025|30310",
            "UNRESOLVED_UNIT|2025|30337",
            "UNRESOLVED_UNIT|2025|30399",
            "LINEAGE_CYCLE|2025|CY_A",
            "LINEAGE_CYCLE|2025|CY_B",
            "LINEAGE_CYCLE|2025|SO_XD");
    String prefix =
        " không ứng với đơn vị nào có hiệu lực vào ngày tra cứu của năm 2025 (31/12 với điểm và khảo sát,"
            + " ngày bắt đầu với đợt kiểm tra, ngày hiệu lực với sáp nhập): ";
    Row ended = dq.get("UNRESOLVED_UNIT|2025|30310");
    assertThat(ended.<String>getAs("detail_vi"))
        .isEqualTo(
            "Mã đơn vị 30310"
                + prefix
                + "1 dòng self_scores, 1 dòng appraisals, 1 dòng survey_responses bị loại khỏi chỉ số và các bảng kết quả");
    assertThat(ended.<String>getAs("severity")).isEqualTo("ERROR");
    assertThat(ended.<String>getAs("unit_key")).isNull();
    assertThat(dq.get("UNRESOLVED_UNIT|2025|30337").<String>getAs("detail_vi"))
        .isEqualTo(
            "Mã đơn vị 30337"
                + prefix
                + "1 dòng inspections, 1 dòng findings bị loại khỏi chỉ số và các bảng kết quả");
    assertThat(dq.get("UNRESOLVED_UNIT|2025|30399").<String>getAs("detail_vi"))
        .isEqualTo(
            "Mã đơn vị 30399"
                + prefix
                + "1 dòng unit_lineage bị loại khỏi chỉ số và các bảng kết quả");
    assertThat(dq.get("UNRESOLVED_UNIT|2024|30399").<String>getAs("detail_vi"))
        .isEqualTo(
            "Mã đơn vị 30399"
                + prefix.replace("2025", "2024")
                + "1 dòng self_scores bị loại khỏi chỉ số và các bảng kết quả");
    assertThat(dq.get("UNIT_NO_SCORES|2023|30313").<String>getAs("unit_key"))
        .isEqualTo("30313@2015-01-01");
  }

  @Test
  void weaknessSatisfactionAndInspectionsFollowTheUnitVersion() {
    Map<String, Row> weakness =
        rows(MartTables.CRITERION_WEAKNESS, "year", "bloc", "criterion_code");
    // Mỹ Long weak in 2023 and 2024, Mỹ Bình too; Long Xuyên (78 < 79) is weak in 2025 but is
    // another unit
    assertThat(weakness.get("2024|XA|1.1").<String>getAs("persistent_unit_codes"))
        .isEqualTo("30307,30310");
    assertThat(weakness.get("2025|XA|1.1").<Integer>getAs("units_below")).isEqualTo(2);
    assertThat(weakness.get("2025|XA|1.1").<Integer>getAs("persistent_units")).isZero();
    assertThat(weakness.get("2025|SO|1.1").<String>getAs("persistent_unit_codes"))
        .isEqualTo("CY_A,CY_B,SO_XD");

    Map<String, Row> satisfaction = rows(MartTables.SATISFACTION, "year", "unit_key", "component");
    assertThat(satisfaction)
        .containsOnlyKeys("2024|30307@2015-01-01|THU_TUC", "2024|30307@2015-01-01|OVERALL");
    assertThat(satisfaction.get("2024|30307@2015-01-01|OVERALL").<Double>getAs("satisfied_pct"))
        .isZero();

    Map<String, Row> outcomes =
        rows(MartTables.INSPECTION_OUTCOMES, "year", "unit_key", "field_code");
    assertThat(outcomes).containsOnlyKeys("2024|30307@2015-01-01|1", "2023|SO_NV@2015-01-01|1");
    assertThat(outcomes.get("2023|SO_NV@2015-01-01|1").<Integer>getAs("remediated_on_time"))
        .isEqualTo(1);
    assertThat(outcomes.get("2024|30307@2015-01-01|1").<Integer>getAs("overdue")).isEqualTo(1);

    Map<String, Row> targets = rows(MartTables.INSPECTION_TARGETS, "unit_key");
    Row longXuyen = targets.get("30307@2025-07-01");
    // Mỹ Long's low satisfaction, overdue finding and 2024 inspection are not Long Xuyên's
    assertThat(longXuyen.<Double>getAs("score_low_satisfaction")).isZero();
    assertThat(longXuyen.<Double>getAs("score_findings")).isZero();
    assertThat(longXuyen.<Double>getAs("score_since_inspection")).isEqualTo(20.0);
    assertThat(longXuyen.<Double>getAs("total_score")).isEqualTo(25.0);
    assertThat(longXuyen.<String>getAs("reasons_vi"))
        .isEqualTo("1 tiêu chí đạt dưới 79% số điểm: 1.1; Chưa được kiểm tra lần nào");
    assertThat(targets.get("30337@2025-07-01").<Double>getAs("score_since_inspection"))
        .isEqualTo(20.0);
    // SO_NV's 2023 inspection was of the version before the mergers
    assertThat(targets.get("SO_NV@2025-07-01").<String>getAs("reasons_vi"))
        .isEqualTo("Chưa được kiểm tra lần nào");
    assertThat(targets.get("SO_XD@2015-01-01").<String>getAs("reasons_vi"))
        .isEqualTo("1 tiêu chí đạt dưới 79% số điểm: 1.1; Chưa được kiểm tra lần nào");
  }

  @Test
  void everyMartMatchesIndependentDuckDbSql() throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      DuckDbMarts.createRawViews(c, layout.snapshotDir("s000001"));
      DuckDbMarts.compute(c, config.withAsOf(LocalDate.parse(AS_OF)));
      try (DuckDb db = DuckDb.wrap(c)) {
        List<String> differences = new ArrayList<>();
        for (TableSchema mart : MartTables.ALL) {
          differences.addAll(
              MartComparison.differences(
                  db,
                  mart,
                  DuckDbMarts.EXPECTED_PREFIX + mart.name(),
                  "read_parquet('" + written.get(mart) + "/*.parquet')"));
        }
        assertThat(differences).isEmpty();
      }
    }
  }
}
