package vn.cchc.transforms.inspection;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.translate;
import static org.apache.spark.sql.functions.when;
import static vn.cchc.transforms.Frames.using;

import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import vn.cchc.model.mart.MartTables;
import vn.cchc.transforms.SparkSchemas;
import vn.cchc.transforms.TransformConfig;
import vn.cchc.transforms.TransformInputs;
import vn.cchc.transforms.survey.Satisfaction;
import vn.cchc.transforms.unit.UnitVersions;

/**
 * Mart {@code inspection_targets}: the units of the latest index year ranked for next year's
 * inspection plan by a score anyone can recompute by hand (the weights below), each with its
 * reasons in Vietnamese. Satisfaction, findings and the last inspection are those of the same unit
 * version: a new unit that took an old unit's code inherits none of them.
 */
public final class InspectionTargets {
  private InspectionTargets() {}

  public static final double LOW_INDEX_POINTS = 30;
  public static final double PER_WEAK_CRITERION = 5;
  public static final double WEAK_CRITERIA_CAP = 25;
  public static final double LOW_SATISFACTION_POINTS = 20;
  public static final double PER_OPEN_FINDING = 3;
  public static final double PER_OVERDUE_FINDING = 5;
  public static final double FINDINGS_CAP = 25;
  public static final double PER_YEAR_UNINSPECTED = 5;
  public static final double UNINSPECTED_CAP = 20;

  public static Dataset<Row> compute(
      Dataset<Row> indexScores,
      Dataset<Row> heatmap,
      Dataset<Row> satisfaction,
      TransformInputs in,
      TransformConfig config) {
    LocalDate asOf = config.asOf();
    Dataset<Row> latest =
        indexScores
            .join(
                indexScores.agg(max("year").as("index_year")),
                col("year").equalTo(col("index_year")))
            .select(
                "index_year",
                "unit_code",
                "unit_key",
                "unit_name",
                "bloc",
                "index_pct",
                "index_pct_rounded",
                "rank_in_bloc",
                "units_ranked");

    Dataset<Row> weak =
        heatmap
            .filter(col("weak"))
            .groupBy(col("year").as("index_year"), col("unit_key"))
            .agg(
                count(lit(1)).as("weak_criteria"),
                concat_ws(", ", sort_array(collect_list("criterion_code"))).as("weak_codes"));

    Dataset<Row> overall =
        satisfaction
            .filter(col("component").equalTo(Satisfaction.OVERALL))
            .withColumn(
                "pick",
                row_number().over(Window.partitionBy("unit_key").orderBy(col("year").desc())))
            .filter(col("pick").equalTo(1))
            .select(col("unit_key"), col("year").as("sat_year"), col("satisfied_pct"));

    Dataset<Row> findings =
        InspectionOutcomes.statusAsOf(in, asOf)
            .groupBy("unit_key")
            .agg(
                count(when(col("open").and(col("overdue").unary_$bang()), lit(1)))
                    .as("open_not_due"),
                count(when(col("overdue"), lit(1))).as("overdue_findings"));
    Dataset<Row> lastInspection =
        UnitVersions.inspections(in).groupBy("unit_key").agg(max("year").as("last_inspected"));

    Dataset<Row> joined =
        latest
            .join(weak, using("index_year", "unit_key"), "left")
            .join(overall, using("unit_key"), "left")
            .join(findings, using("unit_key"), "left")
            .join(lastInspection, using("unit_key"), "left")
            .withColumn("plan_year", col("index_year").plus(1))
            .withColumn("weak_criteria", coalesce(col("weak_criteria"), lit(0L)))
            .withColumn("open_not_due", coalesce(col("open_not_due"), lit(0L)))
            .withColumn("overdue_findings", coalesce(col("overdue_findings"), lit(0L)));

    Column bottomQuarter = col("rank_in_bloc").multiply(4).gt(col("units_ranked").multiply(3));
    Column yearsSince = col("plan_year").minus(col("last_inspected"));
    Dataset<Row> scored =
        joined
            .withColumn(
                "score_low_index", when(bottomQuarter, lit(LOW_INDEX_POINTS)).otherwise(lit(0.0)))
            .withColumn(
                "score_failing_criteria",
                least(lit(WEAK_CRITERIA_CAP), col("weak_criteria").multiply(PER_WEAK_CRITERION))
                    .cast("double"))
            .withColumn(
                "score_low_satisfaction",
                when(
                        col("satisfied_pct").lt(config.lowSatisfactionPct()),
                        lit(LOW_SATISFACTION_POINTS))
                    .otherwise(lit(0.0)))
            .withColumn(
                "score_findings",
                least(
                        lit(FINDINGS_CAP),
                        col("open_not_due")
                            .multiply(PER_OPEN_FINDING)
                            .plus(col("overdue_findings").multiply(PER_OVERDUE_FINDING)))
                    .cast("double"))
            .withColumn(
                "score_since_inspection",
                when(col("last_inspected").isNull(), lit(UNINSPECTED_CAP))
                    .otherwise(
                        least(lit(UNINSPECTED_CAP), yearsSince.multiply(PER_YEAR_UNINSPECTED)))
                    .cast("double"))
            .withColumn(
                "total_score",
                col("score_low_index")
                    .plus(col("score_failing_criteria"))
                    .plus(col("score_low_satisfaction"))
                    .plus(col("score_findings"))
                    .plus(col("score_since_inspection")))
            .withColumn(
                "priority_rank",
                rank().over(Window.partitionBy("plan_year").orderBy(col("total_score").desc())))
            .withColumn("reasons_vi", reasons(config));
    return SparkSchemas.conform(scored, MartTables.INSPECTION_TARGETS);
  }

  private static Column reasons(TransformConfig config) {
    Column lowIndex =
        when(
            col("score_low_index").gt(0),
            format_string(
                "Chỉ số CCHC năm %d đạt %s%%, xếp hạng %d/%d trong khối (thuộc nhóm 25%% thấp nhất)",
                col("index_year"),
                decimalComma(col("index_pct_rounded")),
                col("rank_in_bloc"),
                col("units_ranked")));
    Column failing =
        when(
            col("weak_criteria").gt(0),
            format_string(
                "%d tiêu chí đạt dưới %s%% số điểm: %s",
                col("weak_criteria"),
                lit(formatThreshold(config.weaknessThresholdPct())),
                col("weak_codes")));
    Column lowSat =
        when(
            col("score_low_satisfaction").gt(0),
            format_string(
                "Tỷ lệ hài lòng năm %d chỉ đạt %s%% (ngưỡng %s%%)",
                col("sat_year"),
                decimalComma(col("satisfied_pct")),
                lit(formatThreshold(config.lowSatisfactionPct()))));
    Column open =
        when(
            col("score_findings").gt(0),
            format_string(
                "Còn %d tồn tại chưa khắc phục, trong đó %d quá hạn",
                col("open_not_due").plus(col("overdue_findings")), col("overdue_findings")));
    Column since =
        when(col("last_inspected").isNull(), lit("Chưa được kiểm tra lần nào"))
            .otherwise(format_string("Lần kiểm tra gần nhất năm %d", col("last_inspected")));
    return concat_ws("; ", lowIndex, failing, lowSat, open, since);
  }

  /** A threshold as Vietnamese text writes it: 50, 79,5. */
  public static String formatThreshold(double pct) {
    return (pct == Math.rint(pct) ? String.valueOf((long) pct) : String.valueOf(pct))
        .replace('.', ',');
  }

  /** Two decimals with a decimal comma (87,12), as the reasons are read in Vietnamese. */
  private static Column decimalComma(Column pct) {
    return translate(format_string("%.2f", pct), ".", ",");
  }
}
