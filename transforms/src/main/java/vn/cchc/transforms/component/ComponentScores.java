package vn.cchc.transforms.component;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.when;
import static vn.cchc.transforms.Frames.using;
import static vn.cchc.transforms.StableAggregates.sum;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.methodology.MethodologyItem.Level;
import vn.cchc.transforms.PublishedRounding;
import vn.cchc.transforms.SparkSchemas;
import vn.cchc.transforms.TransformInputs;

/**
 * Mart {@code component_scores}: the index ratio per field and per criterion, ranked within the
 * bloc.
 */
public final class ComponentScores {
  private ComponentScores() {}

  public static Dataset<Row> compute(
      Dataset<Row> scoreFacts, Dataset<Row> indexScores, TransformInputs in) {
    // only units that got an index are ranked on their components
    Dataset<Row> facts =
        scoreFacts.join(
            indexScores.select("year", "unit_key"), using("year", "unit_key"), "left_semi");
    Dataset<Row> applicable = facts.filter(col("applicable"));
    Dataset<Row> byField =
        applicable
            .groupBy("year", "unit_code", "unit_key", "bloc", "version", "field_code")
            .agg(sum("final_points").as("points"), sum("max_points").as("max_points"))
            .withColumn("level", lit(Level.FIELD.name()))
            .withColumn("criterion_code", lit(null).cast("string"))
            .withColumn("code", col("field_code"));
    Dataset<Row> byCriterion =
        applicable
            .groupBy(
                "year", "unit_code", "unit_key", "bloc", "version", "field_code", "criterion_code")
            .agg(sum("final_points").as("points"), sum("max_points").as("max_points"))
            .withColumn("level", lit(Level.CRITERION.name()))
            .withColumn("code", col("criterion_code"));
    Dataset<Row> both = byField.unionByName(byCriterion);

    Dataset<Row> names =
        in.criteria()
            .filter(col("sub_criterion_code").isNull())
            .select(
                col("version").as("n_version"),
                col("bloc").as("n_bloc"),
                coalesce(col("criterion_code"), col("field_code")).as("n_code"),
                col("name").as("n_name"));
    Dataset<Row> named =
        both.join(
                names,
                col("version")
                    .equalTo(col("n_version"))
                    .and(col("bloc").equalTo(col("n_bloc")))
                    .and(col("code").equalTo(col("n_code"))),
                "left")
            .withColumn("name", coalesce(col("n_name"), col("code")))
            .withColumn(
                "pct",
                when(
                    col("max_points").gt(0),
                    col("points").divide(col("max_points")).multiply(100)));

    var peers = Window.partitionBy("year", "bloc", "level", "code");
    Dataset<Row> ranked =
        named
            .filter(col("pct").isNotNull())
            .withColumn(
                "rank_in_bloc",
                rank().over(peers.orderBy(PublishedRounding.publishedPercent(col("pct")).desc())));
    Dataset<Row> unranked =
        named.filter(col("pct").isNull()).withColumn("rank_in_bloc", lit(null).cast("int"));
    return SparkSchemas.conform(ranked.unionByName(unranked), MartTables.COMPONENT_SCORES);
  }
}
