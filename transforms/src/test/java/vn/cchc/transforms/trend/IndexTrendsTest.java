package vn.cchc.transforms.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.model.mart.MartTables;
import vn.cchc.transforms.InputsBuilder;
import vn.cchc.transforms.Rows;
import vn.cchc.transforms.SparkSchemas;
import vn.cchc.transforms.SparkTestBase;
import vn.cchc.transforms.TransformInputs;

/**
 * Restructuring by hand: KH (0.4) + TC (0.6) merged into STC on 1 March 2025; STC (0.7) + X (0.3)
 * merged into FIN on 1 July 2025. Q took over P1 (0.5) and P2 (0.5) in March 2025, P2 never had an
 * index. N is new in 2025. Methodology V2023 for 2023, V2024 from 2024.
 */
class IndexTrendsTest extends SparkTestBase {
  private static final double EPS = 1e-9;
  private static Map<String, Row> trends;
  private static Map<String, Row> summaries;
  private static Dataset<Row> trendFrame;

  @BeforeAll
  static void compute() {
    TransformInputs in =
        new InputsBuilder(spark)
            .version("V2023", 2023, 2023)
            .version("V2024", 2024, null)
            .unit("KH", "SO", "2000-01-01", "2025-02-28")
            .unit("TC", "SO", "2000-01-01", "2025-02-28")
            .unit("STC", "SO", "2025-03-01", "2025-06-30")
            .unit("X", "SO", "2000-01-01", "2025-06-30")
            .unit("FIN", "SO", "2025-07-01", null)
            .unit("Y", "SO", "2000-01-01", null)
            .unit("N", "SO", "2025-01-01", null)
            .unit("P1", "SO", "2000-01-01", "2025-02-28")
            .unit("P2", "SO", "2000-01-01", "2025-02-28")
            .unit("Q", "SO", "2025-03-01", null)
            .lineage("KH", "STC", "2025-03-01", "MERGE", 0.4)
            .lineage("TC", "STC", "2025-03-01", "MERGE", 0.6)
            .lineage("STC", "FIN", "2025-07-01", "MERGE", 0.7)
            .lineage("X", "FIN", "2025-07-01", "MERGE", 0.3)
            .lineage("P1", "Q", "2025-03-01", "MERGE", 0.5)
            .lineage("P2", "Q", "2025-03-01", "MERGE", 0.5)
            .build();
    List<Row> index = new ArrayList<>();
    add(
        index,
        2023,
        "V2023",
        new Object[][] {
          {"TC", 80.0, 1}, {"Y", 75.0, 2}, {"KH", 70.0, 3}, {"X", 60.0, 4}, {"P1", 50.0, 5}
        });
    add(
        index,
        2024,
        "V2024",
        new Object[][] {
          {"TC", 82.0, 1}, {"Y", 74.0, 2}, {"KH", 72.0, 3}, {"X", 64.0, 4}, {"P1", 55.0, 5}
        });
    add(
        index,
        2025,
        "V2024",
        new Object[][] {{"FIN", 85.0, 1}, {"Y", 80.0, 2}, {"Q", 70.0, 3}, {"N", 66.0, 4}});
    Dataset<Row> indexScores =
        spark.createDataFrame(index, SparkSchemas.structType(MartTables.INDEX_SCORES));
    trendFrame = IndexTrends.compute(indexScores, in).cache();
    trends = Rows.byKey(trendFrame, "basis", "unit_code", "year");
    summaries = Rows.byKey(TrendSummaries.compute(trendFrame), "basis", "bloc", "year");
  }

  /** The versions of the fixture: each code has one, from 2000-01-01 unless created in 2025. */
  private static String key(Object code) {
    return switch ((String) code) {
      case "STC", "Q" -> code + "@2025-03-01";
      case "FIN" -> code + "@2025-07-01";
      case "N" -> code + "@2025-01-01";
      default -> code + "@2000-01-01";
    };
  }

  private static void add(List<Row> rows, int year, String version, Object[][] units) {
    for (Object[] u : units) {
      double pct = (Double) u[1];
      rows.add(
          RowFactory.create(
              year,
              u[0],
              key(u[0]),
              "Đơn vị " + u[0],
              "SO",
              version,
              0.0,
              0.0,
              0.0,
              0.0,
              0.0,
              pct,
              100.0,
              pct,
              pct,
              u[2],
              units.length,
              null,
              null,
              100.0,
              false));
    }
  }

  @Test
  void asIsRestatesAMergerChainThroughComposedShares() {
    Row fin2024 = trends.get("AS_IS|FIN|2024");
    // 0.7 × (0.4 × 72 + 0.6 × 82) + 0.3 × 64
    assertThat(fin2024.<Double>getAs("index_pct")).isCloseTo(73.8, within(EPS));
    assertThat(fin2024.<Boolean>getAs("restated")).isTrue();
    assertThat(fin2024.<Boolean>getAs("partial")).isFalse();
    assertThat(fin2024.<String>getAs("restated_from"))
        .isEqualTo("KH@2000-01-01:0.2800;TC@2000-01-01:0.4200;X@2000-01-01:0.3000");
    assertThat(fin2024.<String>getAs("unit_key")).isEqualTo("FIN@2025-07-01");
    assertThat(trends.get("AS_IS|FIN|2023").<Double>getAs("index_pct"))
        .isCloseTo(71.2, within(EPS));
    Row fin2025 = trends.get("AS_IS|FIN|2025");
    assertThat(fin2025.<Boolean>getAs("restated")).isFalse();
    assertThat(fin2025.<Double>getAs("previous_index_pct")).isCloseTo(73.8, within(EPS));
    assertThat(fin2025.<Double>getAs("change_pp")).isCloseTo(11.2, within(EPS));
    assertThat(fin2025.<Boolean>getAs("comparable")).isTrue();
    // AS_IS 2024 ranks: Y 74, FIN 73.8, Q 55; 2025: FIN first
    assertThat(fin2025.<Integer>getAs("previous_rank")).isEqualTo(2);
    assertThat(fin2025.<Integer>getAs("rank_change")).isEqualTo(1);
  }

  @Test
  void predecessorWithoutDataIsLeftOutAndMarkedPartial() {
    Row q2024 = trends.get("AS_IS|Q|2024");
    assertThat(q2024.<Double>getAs("index_pct")).isEqualTo(55.0);
    assertThat(q2024.<Boolean>getAs("partial")).isTrue();
    // P1's share 0.5 renormalised over the predecessors with data: the weight actually applied is 1
    assertThat(q2024.<String>getAs("restated_from")).isEqualTo("P1@2000-01-01:1.0000");
    assertThat(trends).doesNotContainKey("AS_IS|N|2024");
  }

  @Test
  void methodologyChangeIsMarkedNotComparable() {
    Row y2024 = trends.get("AS_WAS|Y|2024");
    assertThat(y2024.<Double>getAs("change_pp")).isEqualTo(-1.0);
    assertThat(y2024.<Boolean>getAs("comparable")).isFalse();
    assertThat(y2024.<String>getAs("comparability_reason")).isEqualTo("METHODOLOGY_CHANGED");
    Row fin2024 = trends.get("AS_IS|FIN|2024");
    assertThat(fin2024.<Boolean>getAs("comparable")).isFalse();
    assertThat(fin2024.<String>getAs("comparability_reason")).isEqualTo("METHODOLOGY_CHANGED");
    Row y2025 = trends.get("AS_WAS|Y|2025");
    assertThat(y2025.<Boolean>getAs("comparable")).isTrue();
    assertThat(y2025.<String>getAs("comparability_reason")).isNull();
    assertThat(y2025.<Double>getAs("change_pp")).isEqualTo(6.0);
    assertThat(y2025.<Integer>getAs("rank_change")).isZero();
  }

  @Test
  void asWasNamesTheRestructuringThatBreaksTheSeries() {
    assertThat(trends.get("AS_WAS|FIN|2025").<String>getAs("comparability_reason"))
        .isEqualTo("UNIT_MERGED");
    assertThat(trends.get("AS_WAS|FIN|2025").<Double>getAs("previous_index_pct")).isNull();
    assertThat(trends.get("AS_WAS|N|2025").<String>getAs("comparability_reason"))
        .isEqualTo("UNIT_CREATED");
    assertThat(trends.get("AS_WAS|KH|2023").<String>getAs("comparability_reason"))
        .isEqualTo("NO_PREVIOUS_VALUE");
    assertThat(trends.get("AS_WAS|KH|2023").<Boolean>getAs("restated")).isFalse();
  }

  @Test
  void summariesGiveTheReportedFigures() {
    Row s = summaries.get("AS_WAS|SO|2025");
    assertThat(s.<Integer>getAs("units")).isEqualTo(4);
    assertThat(s.<Double>getAs("average_pct")).isCloseTo(75.25, within(EPS));
    assertThat(s.<Double>getAs("previous_average_pct")).isCloseTo(69.4, within(EPS));
    assertThat(s.<Double>getAs("change_pp")).isCloseTo(5.85, within(EPS));
    assertThat(s.<Integer>getAs("units_above_average")).isEqualTo(2);
    assertThat(s.<Integer>getAs("units_up")).isEqualTo(1);
    assertThat(s.<Integer>getAs("units_down")).isZero();
    assertThat(s.<String>getAs("largest_rise_unit")).isEqualTo("Y@2000-01-01");
    assertThat(s.<Double>getAs("largest_rise_pp")).isEqualTo(6.0);
    assertThat(s.<String>getAs("largest_fall_unit")).isNull();
    Row is2025 = summaries.get("AS_IS|SO|2025");
    assertThat(is2025.<Integer>getAs("units_up")).isEqualTo(3); // FIN +11.2, Y +6, Q +15
    assertThat(is2025.<String>getAs("largest_rise_unit")).isEqualTo("Q@2025-03-01");
    Row was2024 = summaries.get("AS_WAS|SO|2024");
    assertThat(was2024.<String>getAs("largest_fall_unit")).isEqualTo("Y@2000-01-01");
    assertThat(was2024.<Double>getAs("largest_fall_pp")).isEqualTo(-1.0);
  }

  @Test
  void hasTheDeclaredSchema() {
    assertThat(Rows.shape(trendFrame.schema()))
        .isEqualTo(Rows.shape(SparkSchemas.structType(MartTables.INDEX_TRENDS)));
  }
}
