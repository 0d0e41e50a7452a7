package vn.cchc.transforms.trend;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static vn.cchc.transforms.Frames.using;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.trend.Basis;
import vn.cchc.model.trend.ComparabilityReason;
import vn.cchc.model.unit.LineageKind;
import vn.cchc.model.unit.UnitKey;
import vn.cchc.transforms.PublishedRounding;
import vn.cchc.transforms.SparkSchemas;
import vn.cchc.transforms.TransformInputs;
import vn.cchc.transforms.unit.UnitVersions;

/**
 * Mart {@code index_trends}. AS_WAS pairs each unit version's index with the same version's
 * previous year (a code reused by a new unit is another unit: no previous value, the lineage names
 * why). AS_IS restates every year onto the unit versions of the latest index year through {@link
 * UnitLineage}, renormalising over the predecessors that have an index (and marking the value
 * partial when some have none).
 */
public final class IndexTrends {
  private IndexTrends() {}

  /**
   * Composed weights below 1 by more than this mean links were set aside: the restatement is
   * partial.
   */
  static final double WEIGHT_TOLERANCE = 1e-6;

  public static Dataset<Row> compute(Dataset<Row> indexScores, TransformInputs in) {
    UnitLineage lineage = UnitLineage.of(UnitVersions.registry(in));
    Dataset<Row> asWas =
        withPrevious(
                indexScores.select(
                    lit(Basis.AS_WAS.name()).as("basis"),
                    col("unit_code"),
                    col("unit_key"),
                    col("year"),
                    col("bloc"),
                    col("version"),
                    col("index_pct"),
                    col("rank_in_bloc"),
                    lit(false).as("restated"),
                    lit(false).as("partial"),
                    lit(null).cast("string").as("restated_from")))
            .join(
                lineageReasons(indexScores.sparkSession(), lineage),
                using("unit_key", "year"),
                "left")
            .join(
                UnitVersions.versions(in).select("unit_key", "valid_from"),
                using("unit_key"),
                "left");
    Column noPrevious = col("previous_index_pct").isNull();
    Column created = col("valid_from").gt(make_date(col("year").minus(1), lit(12), lit(31)));
    Column wasReason =
        when(col("lineage_reason").isNotNull(), col("lineage_reason"))
            .when(noPrevious.and(created), lit(ComparabilityReason.UNIT_CREATED.name()))
            .when(noPrevious, lit(ComparabilityReason.NO_PREVIOUS_VALUE.name()))
            .when(
                col("previous_version").notEqual(col("version")),
                lit(ComparabilityReason.METHODOLOGY_CHANGED.name()));
    Dataset<Row> wasOut = asWas.withColumn("comparability_reason", wasReason);

    Dataset<Row> isOut =
        withPrevious(asIs(indexScores, lineage))
            .withColumn(
                "comparability_reason",
                when(
                        col("previous_index_pct").isNull(),
                        lit(ComparabilityReason.NO_PREVIOUS_VALUE.name()))
                    .when(
                        col("previous_version").notEqual(col("version")),
                        lit(ComparabilityReason.METHODOLOGY_CHANGED.name()))
                    .when(
                        col("partial").or(col("previous_partial")),
                        lit(ComparabilityReason.RESTATED_PARTIAL.name())));

    Dataset<Row> both =
        wasOut
            .unionByName(isOut, true)
            .withColumn("comparable", col("comparability_reason").isNull());
    return SparkSchemas.conform(both, MartTables.INDEX_TRENDS);
  }

  /**
   * Adds previous_index_pct, previous_rank, previous_version, previous_partial, change_pp,
   * rank_change.
   */
  private static Dataset<Row> withPrevious(Dataset<Row> rows) {
    Dataset<Row> previous =
        rows.select(
            col("basis"),
            col("unit_key"),
            col("year").plus(1).as("year"),
            col("index_pct").as("previous_index_pct"),
            col("rank_in_bloc").as("previous_rank"),
            col("version").as("previous_version"),
            col("partial").as("previous_partial"));
    return rows.join(previous, using("basis", "unit_key", "year"), "left")
        .withColumn("change_pp", col("index_pct").minus(col("previous_index_pct")))
        .withColumn("rank_change", col("previous_rank").minus(col("rank_in_bloc")));
  }

  /**
   * unit_key, year, lineage_reason: the version took over predecessors between 31 December of the
   * previous year and 31 December of this one, i.e. one of its links is effective in this year.
   */
  private static Dataset<Row> lineageReasons(SparkSession spark, UnitLineage lineage) {
    List<Row> rows = new ArrayList<>();
    for (UnitLineage.VersionLink l : lineage.usable()) {
      rows.add(RowFactory.create(l.toKey(), l.effectiveDate().getYear(), l.kind().name()));
    }
    StructType schema =
        new StructType()
            .add("unit_key", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("kind", DataTypes.StringType);
    return spark
        .createDataFrame(rows, schema)
        .groupBy("unit_key", "year")
        .agg(
            max(when(col("kind").equalTo(LineageKind.MERGE.name()), lit(3))
                    .when(col("kind").equalTo(LineageKind.SPLIT.name()), lit(2))
                    .otherwise(lit(1)))
                .as("kind_rank"))
        .withColumn(
            "lineage_reason",
            when(col("kind_rank").equalTo(3), lit(ComparabilityReason.UNIT_MERGED.name()))
                .when(col("kind_rank").equalTo(2), lit(ComparabilityReason.UNIT_SPLIT.name()))
                .otherwise(lit(ComparabilityReason.UNIT_RENAMED.name())))
        .select("unit_key", "year", "lineage_reason");
  }

  /** The AS_IS rows: every index year restated onto the unit versions of the latest index year. */
  static Dataset<Row> asIs(Dataset<Row> indexScores, UnitLineage lineage) {
    SparkSession spark = indexScores.sparkSession();
    List<Row> years = indexScores.select("year").distinct().collectAsList();
    StructType schema =
        new StructType()
            .add("unit_key", DataTypes.StringType)
            .add("unit_code", DataTypes.StringType)
            .add("bloc", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("leaf_key", DataTypes.StringType)
            .add("weight", DataTypes.DoubleType);
    List<Row> leaves = new ArrayList<>();
    if (!years.isEmpty()) {
      int latest = indexScores.agg(max("year")).first().<Integer>getAs(0);
      List<Row> current =
          indexScores
              .filter(col("year").equalTo(latest))
              .select("unit_key", "unit_code", "bloc")
              .collectAsList();
      for (Row unit : current) {
        for (Row y : years) {
          int year = y.getInt(0);
          for (UnitLineage.Leaf leaf :
              lineage.leaves(unit.getString(0), year, UnitKey.assessmentDay(latest))) {
            leaves.add(
                RowFactory.create(
                    unit.getString(0),
                    unit.getString(1),
                    unit.getString(2),
                    year,
                    leaf.unitKey(),
                    leaf.weight()));
          }
        }
      }
    }
    Dataset<Row> closure = spark.createDataFrame(leaves, schema);
    Dataset<Row> values =
        indexScores.select(col("year"), col("unit_key").as("leaf_key"), col("index_pct").as("v"));
    // sums over the predecessors in key order: the same doubles on every run and in every engine,
    // with no
    // rounding step that a tie at the 10th decimal could tip either way
    Dataset<Row> restated =
        closure
            .join(values, using("year", "leaf_key"), "left")
            .groupBy("unit_key", "unit_code", "bloc", "year")
            .agg(
                array_sort(collect_list(struct(col("leaf_key"), col("weight"), col("v"))))
                    .as("leaves"))
            .withColumn("have", expr("filter(leaves, l -> l.v IS NOT NULL)"))
            .filter(size(col("have")).gt(0))
            .withColumn(
                "weighted",
                expr("aggregate(have, CAST(0 AS DOUBLE), (a, l) -> a + l.weight * l.v)"))
            .withColumn(
                "covered", expr("aggregate(have, CAST(0 AS DOUBLE), (a, l) -> a + l.weight)"))
            .withColumn(
                "total_weight",
                expr("aggregate(leaves, CAST(0 AS DOUBLE), (a, l) -> a + l.weight)"))
            .withColumn("index_pct", col("weighted").divide(col("covered")))
            .withColumn("restated", expr("exists(leaves, l -> l.leaf_key != unit_key)"))
            .withColumn(
                "partial",
                size(col("have"))
                    .lt(size(col("leaves")))
                    .or(col("total_weight").lt(1 - WEIGHT_TOLERANCE)))
            .withColumn(
                "restated_from",
                when(
                    col("restated"),
                    expr(
                        "array_join(transform(have, l -> concat(l.leaf_key,"
                            + " ':', "
                            + WEIGHT_TEXT.replace("%s", "l.weight / covered")
                            + ")), ';')")))
            .withColumn("basis", lit(Basis.AS_IS.name()));
    Dataset<Row> versions = indexScores.select("year", "version").distinct();
    return restated
        .join(versions, using("year"))
        .withColumn(
            "rank_in_bloc",
            rank()
                .over(
                    Window.partitionBy("year", "bloc")
                        .orderBy(PublishedRounding.publishedPercent(col("index_pct")).desc())))
        .select(
            "basis",
            "unit_code",
            "unit_key",
            "year",
            "bloc",
            "version",
            "index_pct",
            "rank_in_bloc",
            "restated",
            "partial",
            "restated_from");
  }

  /**
   * A weight as restated_from writes it, the weight applied (share renormalised over the
   * predecessors with data): cleaned to 9 decimals, then half-up to 4 on its decimal form, e.g.
   * {@code 0.2800}.
   */
  static final String WEIGHT_TEXT =
      "CAST(CAST(ROUND(CAST(ROUND(%s, 9) AS DECIMAL(38, 18)), 4) AS DECIMAL(38, 4)) AS STRING)";
}
