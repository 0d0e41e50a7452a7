package vn.cchc.transforms.trend;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;
import static vn.cchc.transforms.Frames.using;
import static vn.cchc.transforms.StableAggregates.avg;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import vn.cchc.model.mart.MartTables;
import vn.cchc.transforms.SparkSchemas;

/**
 * Mart {@code trend_summaries}: per basis, bloc and year the mean index, its change, units above
 * the mean, units up and down (among units with a previous value), and the largest rise and fall.
 */
public final class TrendSummaries {
  private TrendSummaries() {}

  public static Dataset<Row> compute(Dataset<Row> indexTrends) {
    Dataset<Row> means =
        indexTrends.groupBy("basis", "year", "bloc").agg(avg("index_pct").as("average_pct"));
    Dataset<Row> withMean = indexTrends.join(means, using("basis", "year", "bloc"));
    Dataset<Row> counts =
        withMean
            .groupBy("basis", "year", "bloc", "average_pct")
            .agg(
                count(lit(1)).cast("int").as("units"),
                count(when(col("index_pct").gt(col("average_pct")), lit(1)))
                    .cast("int")
                    .as("units_above_average"),
                count(when(col("change_pp").gt(0), lit(1))).cast("int").as("units_up"),
                count(when(col("change_pp").lt(0), lit(1))).cast("int").as("units_down"));
    Dataset<Row> rise = extreme(indexTrends.filter(col("change_pp").gt(0)), true, "largest_rise");
    Dataset<Row> fall = extreme(indexTrends.filter(col("change_pp").lt(0)), false, "largest_fall");
    Dataset<Row> previous =
        counts.select(
            col("basis"),
            col("year").plus(1).as("year"),
            col("bloc"),
            col("average_pct").as("previous_average_pct"));
    Dataset<Row> out =
        counts
            .join(previous, using("basis", "year", "bloc"), "left")
            .withColumn("change_pp", col("average_pct").minus(col("previous_average_pct")))
            .join(rise, using("basis", "year", "bloc"), "left")
            .join(fall, using("basis", "year", "bloc"), "left");
    return SparkSchemas.conform(out, MartTables.TREND_SUMMARIES);
  }

  private static Dataset<Row> extreme(Dataset<Row> rows, boolean largest, String prefix) {
    var order =
        Window.partitionBy("basis", "year", "bloc")
            .orderBy(
                largest ? col("change_pp").desc() : col("change_pp").asc(), col("unit_key").asc());
    return rows.withColumn("pick", row_number().over(order))
        .filter(col("pick").equalTo(1))
        .select(
            col("basis"),
            col("year"),
            col("bloc"),
            col("unit_key").as(prefix + "_unit"),
            col("change_pp").as(prefix + "_pp"));
  }
}
