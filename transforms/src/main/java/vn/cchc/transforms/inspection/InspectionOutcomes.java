package vn.cchc.transforms.inspection;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.cchc.model.mart.MartTables;
import vn.cchc.transforms.SparkSchemas;
import vn.cchc.transforms.TransformInputs;
import vn.cchc.transforms.unit.UnitVersions;

/**
 * Mart {@code inspection_outcomes}: findings per inspected unit, year and field with their
 * remediation status as of the release date (a remediation reported after that date does not count
 * yet).
 */
public final class InspectionOutcomes {
  private InspectionOutcomes() {}

  public static Dataset<Row> compute(TransformInputs in, LocalDate asOf) {
    return SparkSchemas.conform(
        statusAsOf(in, asOf)
            .groupBy("year", "unit_code", "unit_key", "field_code")
            .agg(
                count(lit(1)).cast("int").as("findings"),
                count(when(col("on_time"), lit(1))).cast("int").as("remediated_on_time"),
                count(when(col("late"), lit(1))).cast("int").as("remediated_late"),
                count(when(col("open"), lit(1))).cast("int").as("open_findings"),
                count(when(col("overdue"), lit(1))).cast("int").as("overdue"),
                expr("percentile(days_to_remediate, 0.5)").as("median_days_to_remediate"))
            .withColumn("as_of_date", lit(Date.valueOf(asOf))),
        MartTables.INSPECTION_OUTCOMES);
  }

  /**
   * Each finding with its inspection's year, unit (the version valid on the inspection's start
   * date) and status flags as of {@code asOf}; findings of an inspection whose unit does not
   * resolve are left to {@code data_quality}.
   */
  public static Dataset<Row> statusAsOf(TransformInputs in, LocalDate asOf) {
    Column day = lit(Date.valueOf(asOf));
    Column remediated = when(col("remediated_on").leq(day), col("remediated_on"));
    return UnitVersions.findingsWithKey(in)
        .filter(col("unit_key").isNotNull())
        .select(
            col("finding_id"),
            col("inspection_id"),
            col("field_code"),
            col("criterion_code"),
            col("due_date"),
            col("remediated_on"),
            col("year"),
            col("unit_code"),
            col("unit_key"),
            coalesce(col("inspection_end"), col("inspection_start")).as("closed_on"))
        .withColumn("remediated", remediated)
        .withColumn(
            "on_time", col("remediated").isNotNull().and(col("remediated").leq(col("due_date"))))
        .withColumn(
            "late", col("remediated").isNotNull().and(col("remediated").gt(col("due_date"))))
        .withColumn("open", col("remediated").isNull())
        .withColumn("overdue", col("remediated").isNull().and(col("due_date").lt(day)))
        // remediated on the spot, before the inspection closed, counts as 0 days
        .withColumn(
            "days_to_remediate",
            when(
                    col("remediated").isNotNull(),
                    greatest(lit(0), datediff(col("remediated"), col("closed_on"))))
                .cast("double"));
  }
}
