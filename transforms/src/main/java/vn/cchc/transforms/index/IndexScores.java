package vn.cchc.transforms.index;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.when;
import static vn.cchc.transforms.Frames.using;
import static vn.cchc.transforms.StableAggregates.sum;

import java.util.Arrays;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.methodology.AdjustmentKind;
import vn.cchc.model.methodology.Assessment;
import vn.cchc.model.methodology.ScoreSource;
import vn.cchc.transforms.PublishedRounding;
import vn.cchc.transforms.SparkSchemas;
import vn.cchc.transforms.TransformInputs;
import vn.cchc.transforms.unit.UnitVersions;

/**
 * Mart {@code index_scores}: (appraised + survey + bonus − penalty) ÷ applicable maximum × 100,
 * ranked within the bloc on the published (rounded) value, banded by the version's scale for the
 * bloc.
 */
public final class IndexScores {
  private IndexScores() {}

  private static final Object[] FINAL_SOURCES =
      Arrays.stream(ScoreSource.values())
          .filter(ScoreSource::isFinal)
          .map(ScoreSource::name)
          .toArray();

  public static Dataset<Row> compute(Dataset<Row> scoreFacts, TransformInputs in) {
    Column app = col("applicable");
    Column isSelf = col("assessment").equalTo(Assessment.SELF.name());
    Dataset<Row> totals =
        scoreFacts
            .groupBy("year", "unit_code", "unit_key", "bloc", "version")
            .agg(
                sum(when(app.and(isSelf), coalesce(col("self_points"), lit(0.0)))
                        .otherwise(lit(0.0)))
                    .as("self_total"),
                sum(when(app.and(isSelf), col("final_points")).otherwise(lit(0.0)))
                    .as("appraised_total"),
                sum(when(app.and(isSelf.unary_$bang()), col("final_points")).otherwise(lit(0.0)))
                    .as("survey_total"),
                sum(when(app, col("max_points")).otherwise(lit(0.0))).as("applicable_max"),
                count(when(app, lit(1))).as("n_applicable"),
                count(when(app.and(col("score_source").isin(FINAL_SOURCES)), lit(1))).as("n_final"),
                max(col("provisional")).as("provisional"))
            .filter(col("applicable_max").gt(0));

    Dataset<Row> adjustments =
        UnitVersions.adjustments(in)
            .groupBy("year", "unit_key")
            .agg(
                sum(when(col("kind").equalTo(AdjustmentKind.BONUS.name()), col("points"))
                        .otherwise(lit(0.0)))
                    .as("bonus_points"),
                sum(when(col("kind").equalTo(AdjustmentKind.PENALTY.name()), col("points"))
                        .otherwise(lit(0.0)))
                    .as("penalty_points"));
    Dataset<Row> names = UnitVersions.versions(in).select("unit_key", "unit_name");

    Dataset<Row> scored =
        totals
            .join(adjustments, using("year", "unit_key"), "left")
            .join(names, using("unit_key"))
            .withColumn("bonus_points", coalesce(col("bonus_points"), lit(0.0)))
            .withColumn("penalty_points", coalesce(col("penalty_points"), lit(0.0)))
            .withColumn(
                "total_points",
                col("appraised_total")
                    .plus(col("survey_total"))
                    .plus(col("bonus_points"))
                    .minus(col("penalty_points")))
            .withColumn(
                "index_pct", col("total_points").divide(col("applicable_max")).multiply(100))
            .withColumn("index_pct_rounded", PublishedRounding.publishedPercent(col("index_pct")))
            .withColumn(
                "completeness_pct", col("n_final").divide(col("n_applicable")).multiply(100));

    var bloc = Window.partitionBy("year", "bloc");
    Dataset<Row> ranked =
        scored
            .withColumn("rank_in_bloc", rank().over(bloc.orderBy(col("index_pct_rounded").desc())))
            .withColumn("units_ranked", count(lit(1)).over(bloc));
    return SparkSchemas.conform(withBands(ranked, in.bands()), MartTables.INDEX_SCORES);
  }

  /**
   * Adds band and band_label: the band of the version and bloc with the highest min_pct not above
   * the rounded index.
   */
  static Dataset<Row> withBands(Dataset<Row> ranked, Dataset<Row> bands) {
    Dataset<Row> scale =
        bands.select(
            col("version").as("b_version"),
            col("bloc").as("b_bloc"),
            col("band").as("b_band"),
            col("min_pct").as("b_min_pct"),
            col("label").as("b_label"));
    Dataset<Row> candidates =
        ranked.join(
            scale,
            col("version")
                .equalTo(col("b_version"))
                .and(col("bloc").equalTo(col("b_bloc")))
                .and(col("b_min_pct").leq(col("index_pct_rounded"))),
            "left");
    var best = Window.partitionBy("year", "unit_key").orderBy(col("b_min_pct").desc_nulls_last());
    return candidates
        .withColumn("band_pick", row_number().over(best))
        .filter(col("band_pick").equalTo(1))
        .withColumn("band", col("b_band"))
        .withColumn("band_label", col("b_label"));
  }
}
