package vn.cchc.transforms.trend;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.rank;
import static org.apache.spark.sql.functions.sort_array;
import static vn.cchc.transforms.StableAggregates.sum;
import static org.apache.spark.sql.functions.when;
import static vn.cchc.transforms.Frames.using;

import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.cchc.model.mart.MartTables;
import vn.cchc.transforms.PublishedRounding;
import vn.cchc.transforms.SparkSchemas;
import vn.cchc.transforms.TransformInputs;

/**
 * Mart {@code index_trends}. AS_WAS pairs each unit's index with the same code's previous year; AS_IS
 * restates every year onto the units of the latest year through {@link UnitLineage}, renormalising over
 * the predecessors that have an index (and marking the value partial when some have none).
 */
public final class IndexTrends {
  private IndexTrends() {}

  public static final String AS_WAS = "AS_WAS";
  public static final String AS_IS = "AS_IS";

  public static Dataset<Row> compute(Dataset<Row> indexScores, TransformInputs in) {
    Dataset<Row> asWas = withPrevious(indexScores.select(lit(AS_WAS).as("basis"), col("unit_code"), col("year"),
            col("bloc"), col("version"), col("index_pct"), col("rank_in_bloc"),
            lit(false).as("restated"), lit(false).as("partial"), lit(null).cast("string").as("restated_from")))
        .join(lineageReasons(in), using("unit_code", "year"), "left")
        .join(in.units().select(col("unit_code"), col("valid_from")), "unit_code");
    Column noPrevious = col("previous_index_pct").isNull();
    Column created = col("valid_from").gt(make_date(col("year").minus(1), lit(12), lit(31)));
    Column wasReason = when(col("lineage_reason").isNotNull(), col("lineage_reason"))
        .when(noPrevious.and(created), lit("UNIT_CREATED"))
        .when(noPrevious, lit("NO_PREVIOUS_VALUE"))
        .when(col("previous_version").notEqual(col("version")), lit("METHODOLOGY_CHANGED"));
    Dataset<Row> wasOut = asWas.withColumn("comparability_reason", wasReason);

    Dataset<Row> isOut = withPrevious(asIs(indexScores, in))
        .withColumn("comparability_reason", when(col("previous_index_pct").isNull(), lit("NO_PREVIOUS_VALUE"))
            .when(col("previous_version").notEqual(col("version")), lit("METHODOLOGY_CHANGED")));

    Dataset<Row> both = wasOut.unionByName(isOut, true)
        .withColumn("comparable", col("comparability_reason").isNull());
    return SparkSchemas.conform(both, MartTables.INDEX_TRENDS);
  }

  /** Adds previous_index_pct, previous_rank, previous_version, change_pp, rank_change from year − 1. */
  private static Dataset<Row> withPrevious(Dataset<Row> rows) {
    Dataset<Row> previous = rows.select(col("basis"), col("unit_code"), col("year").plus(1).as("year"),
        col("index_pct").as("previous_index_pct"), col("rank_in_bloc").as("previous_rank"),
        col("version").as("previous_version"));
    return rows.join(previous, using("basis", "unit_code", "year"), "left")
        .withColumn("change_pp", col("index_pct").minus(col("previous_index_pct")))
        .withColumn("rank_change", col("previous_rank").minus(col("rank_in_bloc")));
  }

  /**
   * unit_code, year, lineage_reason: the unit took over predecessors between 31 December of the previous
   * year and 31 December of this one, i.e. its link is effective in this year.
   */
  private static Dataset<Row> lineageReasons(TransformInputs in) {
    return in.lineage()
        .groupBy(col("to_code").as("unit_code"), expr("year(effective_date)").as("year"))
        .agg(max(when(col("kind").equalTo("MERGE"), lit(3)).when(col("kind").equalTo("SPLIT"), lit(2))
            .otherwise(lit(1))).as("kind_rank"))
        .withColumn("lineage_reason", when(col("kind_rank").equalTo(3), lit("UNIT_MERGED"))
            .when(col("kind_rank").equalTo(2), lit("UNIT_SPLIT")).otherwise(lit("UNIT_RENAMED")))
        .select("unit_code", "year", "lineage_reason");
  }

  /** The AS_IS rows: every index year restated onto the units of the latest index year. */
  static Dataset<Row> asIs(Dataset<Row> indexScores, TransformInputs in) {
    UnitLineage lineage = lineageOf(in);
    List<Row> years = indexScores.select("year").distinct().collectAsList();
    List<Row> current = indexScores
        .filter(col("year").equalTo(indexScores.agg(max("year")).first().<Integer>getAs(0)))
        .select("unit_code", "bloc").collectAsList();
    List<Row> leaves = new ArrayList<>();
    for (Row unit : current) {
      for (Row y : years) {
        int year = y.getInt(0);
        for (UnitLineage.Leaf leaf : lineage.leaves(unit.getString(0), year)) {
          leaves.add(RowFactory.create(unit.getString(0), unit.getString(1), year, leaf.unitCode(), leaf.weight()));
        }
      }
    }
    StructType schema = new StructType()
        .add("unit_code", DataTypes.StringType).add("bloc", DataTypes.StringType)
        .add("year", DataTypes.IntegerType).add("leaf_code", DataTypes.StringType)
        .add("weight", DataTypes.DoubleType);
    Dataset<Row> closure = indexScores.sparkSession().createDataFrame(leaves, schema);
    Dataset<Row> values = indexScores.select(col("year"), col("unit_code").as("leaf_code"), col("index_pct").as("v"));
    Column hasValue = col("v").isNotNull();
    Dataset<Row> restated = closure.join(values, using("year", "leaf_code"), "left")
        .groupBy("unit_code", "bloc", "year")
        .agg(sum(when(hasValue, col("weight").multiply(col("v")))).as("weighted"),
            sum(when(hasValue, col("weight"))).as("covered"),
            count(when(hasValue.unary_$bang(), lit(1))).as("missing"),
            count(when(col("leaf_code").notEqual(col("unit_code")), lit(1))).as("foreign"),
            sort_array(collect_list(when(hasValue, concat(col("leaf_code"), lit(":"),
                expr("format_string('%.4f', weight)"))))).as("parts"))
        .filter(col("covered").gt(0))
        .withColumn("index_pct", col("weighted").divide(col("covered")))
        .withColumn("restated", col("foreign").gt(0))
        .withColumn("partial", col("missing").gt(0))
        .withColumn("restated_from", when(col("restated"), concat_ws(";", col("parts"))))
        .withColumn("basis", lit(AS_IS));
    Dataset<Row> versions = in.methodologyVersions().select(col("version"), col("from_year"), col("to_year"));
    Dataset<Row> versioned = restated.join(versions, col("year").geq(col("from_year"))
        .and(col("to_year").isNull().or(col("year").leq(col("to_year")))));
    return versioned
        .withColumn("rank_in_bloc", rank().over(Window.partitionBy("year", "bloc")
            .orderBy(PublishedRounding.publishedPercent(col("index_pct")).desc())))
        .select("basis", "unit_code", "year", "bloc", "version", "index_pct", "rank_in_bloc", "restated", "partial",
            "restated_from");
  }

  static UnitLineage lineageOf(TransformInputs in) {
    Map<String, UnitLineage.Validity> units = new HashMap<>();
    for (Row r : in.units().select("unit_code", "valid_from", "valid_to").collectAsList()) {
      units.put(r.getString(0), new UnitLineage.Validity(((Date) r.get(1)).toLocalDate(),
          r.isNullAt(2) ? null : ((Date) r.get(2)).toLocalDate()));
    }
    List<UnitLineage.Link> links = new ArrayList<>();
    for (Row r : in.lineage().select("from_code", "to_code", "effective_date", "share").collectAsList()) {
      links.add(new UnitLineage.Link(r.getString(0), r.getString(1), ((Date) r.get(2)).toLocalDate(),
          r.isNullAt(3) ? 1.0 : r.getDouble(3)));
    }
    return new UnitLineage(units, links);
  }
}
