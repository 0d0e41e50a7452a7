package vn.cchc.transforms.unit;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.make_date;
import static vn.cchc.transforms.Frames.using;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.unit.LineageKind;
import vn.cchc.model.unit.LineageLink;
import vn.cchc.model.unit.Unit;
import vn.cchc.model.unit.UnitKey;
import vn.cchc.model.unit.UnitRegistry;
import vn.cchc.transforms.TransformInputs;

/**
 * The one place where the transforms resolve an official code to a unit version ({@code unit_key},
 * {@code code@valid_from}), by the rules of {@link UnitRegistry}: a self score, appraisal,
 * adjustment or survey answer of year Y at 31 December of Y; an inspection at its start date; a
 * finding through its inspection. Lineage links are resolved on the driver by the model's {@link
 * UnitRegistry} itself ({@link #registry}). The resolved frames keep only rows that resolve; {@link
 * #unresolved} counts the others, so that none is dropped without a {@code data_quality} row.
 */
public final class UnitVersions {
  private UnitVersions() {}

  public static final String SELF_SCORES = "self_scores";
  public static final String APPRAISALS = "appraisals";
  public static final String ADJUSTMENTS = "adjustments";
  public static final String SURVEY_RESPONSES = "survey_responses";
  public static final String INSPECTIONS = "inspections";
  public static final String FINDINGS = "findings";

  /** The key of a version, {@code code@valid_from}, as {@link UnitKey#of} writes it. */
  public static Column key(Column code, Column validFrom) {
    return concat(code, lit(String.valueOf(UnitKey.SEPARATOR)), validFrom.cast("string"));
  }

  /**
   * unit_key, unit_code, unit_name, bloc, parent_code, valid_from, valid_to: one row per version.
   */
  public static Dataset<Row> versions(TransformInputs in) {
    return in.units()
        .select(
            key(col("unit_code"), col("valid_from")).as("unit_key"),
            col("unit_code"),
            col("name").as("unit_name"),
            col("bloc"),
            col("parent_code"),
            col("valid_from"),
            col("valid_to"));
  }

  /** Adds unit_key: the version of {@code unit_code} valid on {@code day}; null when none is. */
  static Dataset<Row> withKeyOn(Dataset<Row> rows, Column day, TransformInputs in) {
    Dataset<Row> versions =
        in.units()
            .select(
                col("unit_code").as("uv_code"),
                key(col("unit_code"), col("valid_from")).as("unit_key"),
                col("valid_from").as("uv_from"),
                col("valid_to").as("uv_to"));
    Column valid =
        col("unit_code")
            .equalTo(col("uv_code"))
            .and(col("uv_from").leq(day))
            .and(col("uv_to").isNull().or(col("uv_to").geq(day)));
    return rows.join(broadcast(versions), valid, "left").drop("uv_code", "uv_from", "uv_to");
  }

  /**
   * The rows (with year and unit_code) with unit_key at 31 December of their year; null when
   * unresolved.
   */
  public static Dataset<Row> atYearEnd(Dataset<Row> rows, TransformInputs in) {
    return withKeyOn(rows, make_date(col("year"), lit(12), lit(31)), in);
  }

  private static Dataset<Row> resolvedAtYearEnd(Dataset<Row> rows, TransformInputs in) {
    return atYearEnd(rows, in).filter(col("unit_key").isNotNull());
  }

  public static Dataset<Row> selfScores(TransformInputs in) {
    return resolvedAtYearEnd(in.selfScores(), in);
  }

  public static Dataset<Row> appraisals(TransformInputs in) {
    return resolvedAtYearEnd(in.appraisals(), in);
  }

  public static Dataset<Row> adjustments(TransformInputs in) {
    return resolvedAtYearEnd(in.adjustments(), in);
  }

  public static Dataset<Row> surveyResponses(TransformInputs in) {
    return resolvedAtYearEnd(in.surveyResponses(), in);
  }

  /** Inspections with unit_key at their start date; null when unresolved. */
  public static Dataset<Row> inspectionsWithKey(TransformInputs in) {
    return withKeyOn(in.inspections(), col("start_date"), in);
  }

  /** Inspections whose unit resolves at their start date. */
  public static Dataset<Row> inspections(TransformInputs in) {
    return inspectionsWithKey(in).filter(col("unit_key").isNotNull());
  }

  /**
   * Findings with their inspection's year, unit_code, unit_key, start_date and end_date (prefixed
   * {@code inspection_}); unit_key null when the inspection's unit does not resolve.
   */
  public static Dataset<Row> findingsWithKey(TransformInputs in) {
    Dataset<Row> inspections =
        inspectionsWithKey(in)
            .select(
                col("inspection_id"),
                col("year"),
                col("unit_code"),
                col("unit_key"),
                col("start_date").as("inspection_start"),
                col("end_date").as("inspection_end"));
    return in.findings().join(inspections, using("inspection_id"));
  }

  /** table, year, unit_code, rows: how many rows of each fact table do not resolve to a version. */
  public static Dataset<Row> unresolved(TransformInputs in) {
    Dataset<Row> out = null;
    List<Dataset<Row>> parts =
        List.of(
            counted(SELF_SCORES, atYearEnd(in.selfScores(), in)),
            counted(APPRAISALS, atYearEnd(in.appraisals(), in)),
            counted(ADJUSTMENTS, atYearEnd(in.adjustments(), in)),
            counted(SURVEY_RESPONSES, atYearEnd(in.surveyResponses(), in)),
            counted(INSPECTIONS, inspectionsWithKey(in)),
            counted(FINDINGS, findingsWithKey(in)));
    for (Dataset<Row> p : parts) {
      out = out == null ? p : out.unionByName(p);
    }
    return out;
  }

  private static Dataset<Row> counted(String table, Dataset<Row> withKey) {
    return withKey
        .filter(col("unit_key").isNull())
        .groupBy(col("year"), col("unit_code"))
        .count()
        .select(lit(table).as("table"), col("year"), col("unit_code"), col("count").as("rows"));
  }

  /** The registry and lineage, collected to the driver (both are small), for lineage work. */
  public static UnitRegistry registry(TransformInputs in) {
    List<Unit> units = new ArrayList<>();
    for (Row r :
        in.units()
            .select("unit_code", "name", "bloc", "parent_code", "valid_from", "valid_to")
            .collectAsList()) {
      Bloc bloc =
          Bloc.parse(r.getString(2))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "Cannot read unit " + r.getString(0) + ": bloc " + r.getString(2)));
      units.add(
          new Unit(
              r.getString(0),
              r.getString(1),
              bloc,
              r.getString(3),
              ((Date) r.get(4)).toLocalDate(),
              r.isNullAt(5) ? null : ((Date) r.get(5)).toLocalDate()));
    }
    List<LineageLink> links = new ArrayList<>();
    for (Row r :
        in.lineage()
            .select("from_code", "to_code", "effective_date", "kind", "share")
            .collectAsList()) {
      LineageKind kind =
          LineageKind.parse(r.getString(3))
              .orElseThrow(
                  () ->
                      new IllegalStateException(
                          "Cannot read lineage "
                              + r.getString(0)
                              + " → "
                              + r.getString(1)
                              + ": kind "
                              + r.getString(3)));
      links.add(
          new LineageLink(
              r.getString(0),
              r.getString(1),
              ((Date) r.get(2)).toLocalDate(),
              kind,
              r.isNullAt(4) ? 1.0 : r.getDouble(4)));
    }
    return new UnitRegistry(units, links);
  }
}
