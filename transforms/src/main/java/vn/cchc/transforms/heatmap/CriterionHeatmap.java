package vn.cchc.transforms.heatmap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.methodology.MethodologyItem.Level;
import vn.cchc.transforms.SparkSchemas;

/**
 * Mart {@code criterion_heatmap}: the criterion rows of {@code component_scores}, flagged weak
 * below the threshold.
 */
public final class CriterionHeatmap {
  private CriterionHeatmap() {}

  public static Dataset<Row> compute(Dataset<Row> componentScores, double weaknessThresholdPct) {
    Dataset<Row> rows =
        componentScores
            .filter(col("level").equalTo(Level.CRITERION.name()).and(col("pct").isNotNull()))
            .withColumn("criterion_name", col("name"))
            .withColumn("attainment_pct", col("pct"))
            .withColumn("weak", col("pct").lt(lit(weaknessThresholdPct)));
    return SparkSchemas.conform(rows, MartTables.CRITERION_HEATMAP);
  }
}
