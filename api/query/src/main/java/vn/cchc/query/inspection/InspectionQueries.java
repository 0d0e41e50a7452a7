package vn.cchc.query.inspection;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;
import vn.cchc.query.SqlOrder;
import vn.cchc.query.UnitSql;

/**
 * Reform inspections: outcomes per field, the findings and their remediation as of the release
 * date, and the units proposed for next year's plan.
 */
public final class InspectionQueries {
  public static final String STATUS_OPEN = "OPEN";
  public static final String STATUS_REMEDIATED = "REMEDIATED";

  /**
   * Inspections with their unit version: the version of the code valid on the inspection's start
   * date (a code reused after the 2025 restructuring names the old unit for an inspection of 2024).
   */
  static final String INSPECTIONS =
      """
      (SELECT i.*, u.unit_key, u.name AS unit_name, u.bloc, coalesce(u.label, i.unit_code) AS unit_label
       FROM raw_inspections i LEFT JOIN %s u ON u.unit_code = i.unit_code AND %s)"""
          .formatted(UnitSql.VERSIONS, UnitSql.validOn("u", "i.start_date"));

  /** A finding's status as of the release date; the same rules as the inspection_outcomes mart. */
  static final String FINDINGS =
      """
      SELECT f.finding_id, i.inspection_id, i.year, i.unit_code, i.unit_key, i.unit_name, i.bloc, i.form,
             i.start_date, i.end_date, f.field_code, f.criterion_code, f.severity, f.description, f.recommendation,
             f.due_date, f.remediated_on,
             CASE WHEN f.remediated_on IS NULL THEN '%2$s' ELSE '%3$s' END AS status,
             (f.remediated_on IS NULL AND f.due_date < r.as_of_date) AS overdue,
             CASE WHEN f.remediated_on IS NULL AND f.due_date < r.as_of_date
                  THEN date_diff('day', f.due_date, r.as_of_date) END AS days_overdue,
             r.as_of_date, i.unit_label
      FROM raw_findings f
      JOIN %1$s i ON i.inspection_id = f.inspection_id
      CROSS JOIN release_info r"""
          .formatted(INSPECTIONS, STATUS_OPEN, STATUS_REMEDIATED);

  private final QueryExecutor q;

  public InspectionQueries(QueryExecutor q) {
    this.q = q;
  }

  /** Per unit and field (or topic) of a year; all blocs when bloc is null. */
  public QueryResult outcomes(int year, Bloc bloc) {
    StringBuilder sql =
        new StringBuilder(
            """
        SELECT o.unit_code, o.unit_key, u.name AS unit_name, u.bloc, o.field_code, o.findings, o.remediated_on_time,
               o.remediated_late, o.open_findings, o.overdue, o.median_days_to_remediate, o.as_of_date,
               coalesce(u.label, o.unit_code) AS unit_label
        FROM inspection_outcomes o LEFT JOIN %s u ON u.unit_key = o.unit_key WHERE o.year = ?"""
                .formatted(UnitSql.VERSIONS));
    List<Object> params = new ArrayList<>(List.of(year));
    if (bloc != null) {
      sql.append(" AND u.bloc = ?");
      params.add(bloc.name());
    }
    sql.append(" ORDER BY o.unit_code, o.unit_key, ").append(SqlOrder.code("o.field_code"));
    return q.query(sql.toString(), params);
  }

  /** Outcomes of a year summed per field or topic: the "findings per field" statistic. */
  public QueryResult outcomesByField(int year) {
    return q.query(
        """
        SELECT field_code, count(DISTINCT unit_key) AS units, sum(findings) AS findings,
               sum(remediated_on_time) AS remediated_on_time, sum(remediated_late) AS remediated_late,
               sum(open_findings) AS open_findings, sum(overdue) AS overdue,
               100.0 * sum(remediated_on_time) / nullif(sum(findings), 0) AS on_time_pct
        FROM inspection_outcomes WHERE year = ? GROUP BY field_code ORDER BY %s"""
            .formatted(SqlOrder.code("field_code")),
        year);
  }

  /** Inspections of a year (or of a unit version, by key, over all years). */
  public QueryResult inspections(Integer year, String unitKey) {
    StringBuilder sql =
        new StringBuilder(
            """
        SELECT i.inspection_id, i.year, i.unit_code, i.unit_key, i.unit_name, i.bloc, i.form, i.start_date,
               i.end_date, i.lead_agency, coalesce(f.findings, 0) AS findings, i.unit_label
        FROM %s i
        LEFT JOIN (SELECT inspection_id, count(*) AS findings FROM raw_findings GROUP BY inspection_id) f
          ON f.inspection_id = i.inspection_id
        WHERE true"""
                .formatted(INSPECTIONS));
    List<Object> params = new ArrayList<>();
    if (year != null) {
      sql.append(" AND i.year = ?");
      params.add(year);
    }
    if (unitKey != null) {
      sql.append(" AND i.unit_key = ?");
      params.add(unitKey);
    }
    sql.append(" ORDER BY i.start_date, i.inspection_id");
    return q.query(sql.toString(), params);
  }

  /**
   * Findings filtered by year, unit version (its key), status (OPEN/REMEDIATED), field, and overdue
   * only; null = any.
   */
  public QueryResult findings(
      Integer year, String unitKey, String status, String fieldCode, boolean overdueOnly) {
    StringBuilder sql = new StringBuilder("SELECT * FROM (" + FINDINGS + ") WHERE true");
    List<Object> params = new ArrayList<>();
    if (year != null) {
      sql.append(" AND year = ?");
      params.add(year);
    }
    if (unitKey != null) {
      sql.append(" AND unit_key = ?");
      params.add(unitKey);
    }
    if (status != null) {
      sql.append(" AND status = ?");
      params.add(status);
    }
    if (fieldCode != null) {
      sql.append(" AND field_code = ?");
      params.add(fieldCode);
    }
    if (overdueOnly) {
      sql.append(" AND overdue");
    }
    sql.append(" ORDER BY overdue DESC, days_overdue DESC NULLS LAST, due_date, finding_id");
    return q.query(sql.toString(), params);
  }

  /** Units proposed for the plan year (the latest plan when null), highest priority first. */
  public QueryResult targets(Integer planYear) {
    return q.query(
        """
        SELECT t.priority_rank, t.plan_year, t.unit_code, t.unit_key, t.unit_name, t.bloc, t.index_year, t.index_pct,
               t.total_score, t.score_low_index, t.score_failing_criteria, t.score_low_satisfaction, t.score_findings,
               t.score_since_inspection, t.reasons_vi, coalesce(u.label, t.unit_name) AS unit_label
        FROM inspection_targets t LEFT JOIN %s u ON u.unit_key = t.unit_key
        WHERE t.plan_year = coalesce(?, (SELECT max(plan_year) FROM inspection_targets))
        ORDER BY t.priority_rank, t.unit_code"""
            .formatted(UnitSql.VERSIONS),
        planYear);
  }
}
