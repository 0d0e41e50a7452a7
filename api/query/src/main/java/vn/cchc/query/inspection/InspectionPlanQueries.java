package vn.cchc.query.inspection;

import java.util.Arrays;
import java.util.stream.Collectors;
import vn.cchc.model.inspection.InspectionTopic;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;
import vn.cchc.query.SqlOrder;
import vn.cchc.query.UnitSql;

/**
 * What next year's inspection plan and an inspection's conclusion notice are drafted from: the
 * ranked candidates with the figures behind each reason, their weak criteria, low satisfaction and
 * open findings, the fields of the methodology in force, and one inspection with its findings.
 * Every finding's status is as of the release date, by the same rules as {@link
 * InspectionQueries#findings}.
 */
public final class InspectionPlanQueries {
  /**
   * Names of every field of every methodology version and of the inspection topics (MOT_CUA, ISO,
   * …): one row per code, the latest version's name when versions differ.
   */
  public static final String FIELD_NAMES =
      """
      (SELECT field_code, arg_max(name, version) AS field_name FROM raw_criteria
       WHERE criterion_code IS NULL AND sub_criterion_code IS NULL GROUP BY field_code
       UNION ALL SELECT * FROM (VALUES %s) t(field_code, field_name))"""
          .formatted(
              Arrays.stream(InspectionTopic.values())
                  .map(t -> "('" + t.name() + "', '" + t.labelVi().replace("'", "''") + "')")
                  .collect(Collectors.joining(", ")));

  /** Findings with their status as of the release date and the field's name. */
  private static final String FINDINGS =
      """
      (SELECT f.*, coalesce(n.field_name, f.field_code) AS field_name FROM (%s) f
       LEFT JOIN %s n ON n.field_code = f.field_code)"""
          .formatted(InspectionQueries.FINDINGS, FIELD_NAMES);

  private final QueryExecutor q;

  public InspectionPlanQueries(QueryExecutor q) {
    this.q = q;
  }

  /** Plan years the release proposes units for, latest first. */
  public QueryResult planYears() {
    return q.query("SELECT DISTINCT plan_year FROM inspection_targets ORDER BY plan_year DESC");
  }

  /** Years the release has an index for, latest first. */
  public QueryResult indexYears() {
    return q.query("SELECT DISTINCT year FROM index_scores ORDER BY year DESC");
  }

  /**
   * Every unit ranked for {@code planYear} ({@code inspection_targets}), highest priority first,
   * with what the plan's rules read: its rank in the bloc that year, how many findings are open
   * (all, overdue, and those of inspections of the index year), and the last inspection's year and
   * form.
   */
  public QueryResult candidates(int planYear) {
    return q.query(
        """
        WITH f AS (SELECT unit_key, count(*) FILTER (WHERE status = '%2$s') AS open_findings,
                          count(*) FILTER (WHERE overdue) AS overdue_findings,
                          count(DISTINCT inspection_id) FILTER (WHERE overdue) AS inspections_overdue,
                          max(days_overdue) AS max_days_overdue,
                          count(*) FILTER (WHERE status = '%2$s' AND year = ? - 1) AS open_from_last_year
                   FROM (%3$s) GROUP BY unit_key),
             last AS (SELECT unit_key, arg_max(form, start_date) AS last_form, max(year) AS last_inspected
                      FROM (%4$s) GROUP BY unit_key)
        SELECT t.priority_rank, t.plan_year, t.unit_code, t.unit_key, t.unit_name, t.bloc, t.index_year,
               t.index_pct, s.index_pct_rounded, s.rank_in_bloc, s.units_ranked, s.band_label,
               t.total_score, t.score_low_index, t.score_failing_criteria, t.score_low_satisfaction,
               t.score_findings, t.score_since_inspection, t.reasons_vi,
               coalesce(f.open_findings, 0) AS open_findings, coalesce(f.overdue_findings, 0) AS overdue_findings,
               coalesce(f.inspections_overdue, 0) AS inspections_overdue, f.max_days_overdue,
               coalesce(f.open_from_last_year, 0) AS open_from_last_year, last.last_inspected, last.last_form,
               coalesce(u.label, t.unit_name) AS unit_label
        FROM inspection_targets t
        LEFT JOIN index_scores s ON s.unit_key = t.unit_key AND s.year = t.index_year
        LEFT JOIN f ON f.unit_key = t.unit_key
        LEFT JOIN last ON last.unit_key = t.unit_key
        LEFT JOIN %1$s u ON u.unit_key = t.unit_key
        WHERE t.plan_year = ?
        ORDER BY t.priority_rank, t.index_pct NULLS FIRST, t.unit_code, t.unit_key"""
            .formatted(
                UnitSql.VERSIONS,
                InspectionQueries.STATUS_OPEN,
                InspectionQueries.FINDINGS,
                InspectionQueries.INSPECTIONS),
        planYear,
        planYear);
  }

  /**
   * The weak criteria of {@code year} ({@code criterion_heatmap.weak}), with their field's name and
   * attainment, per unit, weakest first.
   */
  public QueryResult weakCriteria(int year) {
    return q.query(
        """
        SELECT h.unit_key, h.field_code, coalesce(n.field_name, h.field_code) AS field_name,
               h.criterion_code, h.criterion_name, h.points, h.max_points, h.attainment_pct,
               c.pct AS field_pct
        FROM criterion_heatmap h
        LEFT JOIN %s n ON n.field_code = h.field_code
        LEFT JOIN component_scores c ON c.year = h.year AND c.unit_key = h.unit_key AND c.level = 'FIELD'
             AND c.code = h.field_code
        WHERE h.year = ? AND h.weak
        ORDER BY h.unit_key, h.attainment_pct, %s"""
            .formatted(FIELD_NAMES, SqlOrder.code("h.criterion_code")),
        year);
  }

  /**
   * Each unit's latest satisfaction per SIPAS component up to {@code year}, whose satisfied share
   * is below {@code thresholdPct} (unrounded, as the transform compares it).
   */
  public QueryResult lowSatisfaction(int year, double thresholdPct) {
    return q.query(
        """
        SELECT unit_key, year, component, respondents, satisfied_pct, wilson_low_pct, wilson_high_pct,
               small_sample
        FROM (SELECT s.*, max(year) OVER (PARTITION BY unit_key) AS latest FROM satisfaction s WHERE year <= ?)
        WHERE year = latest AND component <> 'OVERALL' AND satisfied_pct < ?
        ORDER BY unit_key, satisfied_pct""",
        year,
        thresholdPct);
  }

  /** Findings open on the release date, per unit version, overdue first, by field. */
  public QueryResult openFindings() {
    return q.query(
        "SELECT * FROM %s WHERE status = ? ORDER BY unit_key, overdue DESC, %s, due_date, finding_id"
            .formatted(FINDINGS, SqlOrder.code("field_code")),
        InspectionQueries.STATUS_OPEN);
  }

  /**
   * The fields of the methodology in force in {@code year}, per bloc, as the units were scored on
   * them: the chapters of the report outline (Phụ lục 2).
   */
  public QueryResult fields(int year) {
    return q.query(
        """
        SELECT bloc, field_code, any_value(name) AS field_name, any_value(version) AS version
        FROM component_scores WHERE year = ? AND level = 'FIELD'
        GROUP BY bloc, field_code ORDER BY %s, %s"""
            .formatted(SqlOrder.bloc("bloc"), SqlOrder.code("field_code")),
        year);
  }

  /**
   * The province as the registry names it on 1 January of {@code year}: the unit of bloc TINH valid
   * that day (the latest one when the registry holds several).
   */
  public QueryResult province(int year) {
    return q.query(
        """
        SELECT unit_code, name FROM raw_units
        WHERE bloc = 'TINH' AND make_date(?, 1, 1) BETWEEN valid_from AND coalesce(valid_to, DATE '9999-12-31')
        ORDER BY valid_from DESC, unit_code LIMIT 1""",
        year);
  }

  /** One inspection with its unit version, or no row when the id is unknown. */
  public QueryResult inspection(String inspectionId) {
    return q.query(
        """
        SELECT i.inspection_id, i.year, i.unit_code, i.unit_key, i.unit_name, i.bloc, i.form, i.start_date,
               i.end_date, i.lead_agency, i.unit_label
        FROM %s i WHERE i.inspection_id = ?"""
            .formatted(InspectionQueries.INSPECTIONS),
        inspectionId);
  }

  /** The findings of one inspection, by field, with their recommendation and deadline. */
  public QueryResult inspectionFindings(String inspectionId) {
    return q.query(
        "SELECT * FROM %s WHERE inspection_id = ? ORDER BY %s, due_date, finding_id"
            .formatted(FINDINGS, SqlOrder.code("field_code")),
        inspectionId);
  }
}
