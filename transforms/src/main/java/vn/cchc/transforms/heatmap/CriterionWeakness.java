package vn.cchc.transforms.heatmap;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.when;
import static vn.cchc.transforms.Frames.using;
import static vn.cchc.transforms.StableAggregates.avg;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.cchc.model.mart.MartTables;
import vn.cchc.transforms.SparkSchemas;

/**
 * Mart {@code criterion_weakness}: per year, bloc and criterion the mean attainment, the units
 * below the threshold, and those weak in it this year and the year before.
 */
public final class CriterionWeakness {
  private CriterionWeakness() {}

  public static Dataset<Row> compute(Dataset<Row> heatmap, double weaknessThresholdPct) {
    Dataset<Row> stats =
        heatmap
            .groupBy("year", "bloc", "version", "criterion_code")
            .agg(
                min("criterion_name").as("criterion_name"),
                count(lit(1)).cast("int").as("units"),
                avg("attainment_pct").as("mean_attainment_pct"),
                count(when(col("weak"), lit(1))).cast("int").as("units_below"));
    Dataset<Row> weak =
        heatmap
            .filter(col("weak"))
            .select("year", "bloc", "unit_code", "unit_key", "criterion_code");
    // the same unit version both years: a code reused by a new unit does not carry the old unit's
    // weakness
    Dataset<Row> weakBefore =
        weak.select(col("year").plus(1).as("year"), col("unit_key"), col("criterion_code"));
    Dataset<Row> persistent =
        weak.join(weakBefore, using("year", "unit_key", "criterion_code"))
            .groupBy("year", "bloc", "criterion_code")
            .agg(
                count(lit(1)).cast("int").as("persistent_units"),
                concat_ws(",", sort_array(collect_list("unit_code"))).as("persistent_unit_codes"));
    Dataset<Row> out =
        stats
            .join(persistent, using("year", "bloc", "criterion_code"), "left")
            .withColumn("persistent_units", coalesce(col("persistent_units"), lit(0)))
            .withColumn("threshold_pct", lit(weaknessThresholdPct))
            .withColumn("share_below_pct", col("units_below").divide(col("units")).multiply(100));
    return SparkSchemas.conform(out, MartTables.CRITERION_WEAKNESS);
  }
}
