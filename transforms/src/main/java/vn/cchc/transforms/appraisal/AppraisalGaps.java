package vn.cchc.transforms.appraisal;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;
import static vn.cchc.transforms.Frames.using;
import static vn.cchc.transforms.StableAggregates.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.cchc.model.appraisal.GapLevel;
import vn.cchc.model.appraisal.OutlierReason;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.methodology.Assessment;
import vn.cchc.transforms.SparkSchemas;

/**
 * Mart {@code appraisal_gaps}: how far the council cut a unit's self-assessment, overall and per
 * field, and whether the cut is an outlier among the bloc: modified z-score (Iglewicz–Hoaglin,
 * 0.6745 × (x − median) ÷ MAD) beyond 3.5, or outside Tukey's fences (1.5 × IQR, quartiles by
 * linear interpolation).
 */
public final class AppraisalGaps {
  private AppraisalGaps() {}

  public static final double MODIFIED_Z_LIMIT = 3.5;
  public static final double IQR_FENCE = 1.5;
  static final String ALL_FIELDS = "*";

  public static Dataset<Row> compute(Dataset<Row> scoreFacts) {
    Dataset<Row> items =
        scoreFacts.filter(
            col("applicable")
                .and(col("assessment").equalTo(Assessment.SELF.name()))
                .and(col("self_points").isNotNull()));
    Dataset<Row> byUnit =
        items
            .groupBy("year", "unit_code", "unit_key", "bloc")
            .agg(sum("self_points").as("self_points"), sum("final_points").as("appraised_points"))
            .withColumn("level", lit(GapLevel.UNIT.name()))
            .withColumn("field_code", lit(ALL_FIELDS));
    Dataset<Row> byField =
        items
            .groupBy("year", "unit_code", "unit_key", "bloc", "field_code")
            .agg(sum("self_points").as("self_points"), sum("final_points").as("appraised_points"))
            .withColumn("level", lit(GapLevel.FIELD.name()));
    Dataset<Row> gaps =
        byUnit
            .unionByName(byField)
            .withColumn("gap_points", col("self_points").minus(col("appraised_points")))
            .withColumn(
                "gap_pct",
                when(
                    col("self_points").gt(0),
                    col("gap_points").divide(col("self_points")).multiply(100)));

    String[] peers = {"year", "bloc", "level", "field_code"};
    Dataset<Row> quartiles =
        gaps.filter(col("gap_pct").isNotNull())
            .groupBy(peers[0], peers[1], peers[2], peers[3])
            .agg(
                expr("percentile(gap_pct, 0.5)").as("median_pct"),
                expr("percentile(gap_pct, 0.25)").as("q1_pct"),
                expr("percentile(gap_pct, 0.75)").as("q3_pct"));
    Dataset<Row> withMedian = gaps.join(quartiles, using(peers), "left");
    Dataset<Row> mad =
        withMedian
            .filter(col("gap_pct").isNotNull())
            .groupBy(peers[0], peers[1], peers[2], peers[3])
            .agg(expr("percentile(abs(gap_pct - median_pct), 0.5)").as("mad"));
    Dataset<Row> scored =
        withMedian
            .join(mad, using(peers), "left")
            .withColumn(
                "modified_z",
                when(
                    col("mad").gt(0).and(col("gap_pct").isNotNull()),
                    lit(0.6745)
                        .multiply(col("gap_pct").minus(col("median_pct")))
                        .divide(col("mad"))));
    Column iqr = col("q3_pct").minus(col("q1_pct"));
    Column zOut = abs(col("modified_z")).gt(MODIFIED_Z_LIMIT);
    Column iqrOut =
        col("gap_pct")
            .lt(col("q1_pct").minus(iqr.multiply(IQR_FENCE)))
            .or(col("gap_pct").gt(col("q3_pct").plus(iqr.multiply(IQR_FENCE))));
    Dataset<Row> flagged =
        scored
            .withColumn("z_out", when(zOut, lit(OutlierReason.MODIFIED_Z.code())))
            .withColumn("iqr_out", when(iqrOut, lit(OutlierReason.IQR.code())))
            .withColumn(
                "outlier_reason",
                when(
                    col("z_out").isNotNull().or(col("iqr_out").isNotNull()),
                    concat_ws(OutlierReason.SEPARATOR, col("z_out"), col("iqr_out"))))
            .withColumn("outlier", col("outlier_reason").isNotNull());
    return SparkSchemas.conform(flagged, MartTables.APPRAISAL_GAPS);
  }
}
