package vn.cchc.query.inspection;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.SqlOrder;
import vn.cchc.query.Table;

/**
 * Reform inspections: outcomes per field, the findings and their remediation as of the release date, and
 * the units proposed for next year's plan.
 */
public final class InspectionQueries {
  public static final String STATUS_OPEN = "OPEN";
  public static final String STATUS_REMEDIATED = "REMEDIATED";

  /** A finding's status as of the release date; the same rules as the inspection_outcomes mart. */
  private static final String FINDINGS = """
      SELECT f.finding_id, i.inspection_id, i.year, i.unit_code, u.name AS unit_name, u.bloc, i.form,
             i.start_date, i.end_date, f.field_code, f.criterion_code, f.severity, f.description, f.recommendation,
             f.due_date, f.remediated_on,
             CASE WHEN f.remediated_on IS NULL THEN 'OPEN' ELSE 'REMEDIATED' END AS status,
             (f.remediated_on IS NULL AND f.due_date < r.as_of_date) AS overdue,
             CASE WHEN f.remediated_on IS NULL AND f.due_date < r.as_of_date
                  THEN date_diff('day', f.due_date, r.as_of_date) END AS days_overdue,
             r.as_of_date
      FROM raw_findings f
      JOIN raw_inspections i ON i.inspection_id = f.inspection_id
      LEFT JOIN raw_units u ON u.unit_code = i.unit_code
      CROSS JOIN release_info r""";

  private final QueryExecutor q;

  public InspectionQueries(QueryExecutor q) {
    this.q = q;
  }

  /** Per unit and field (or topic) of a year; all blocs when bloc is null. */
  public Table outcomes(int year, Bloc bloc) {
    StringBuilder sql = new StringBuilder("""
        SELECT o.unit_code, u.name AS unit_name, u.bloc, o.field_code, o.findings, o.remediated_on_time,
               o.remediated_late, o.open_findings, o.overdue, o.median_days_to_remediate, o.as_of_date
        FROM inspection_outcomes o LEFT JOIN raw_units u ON u.unit_code = o.unit_code WHERE o.year = ?""");
    List<Object> params = new ArrayList<>(List.of(year));
    if (bloc != null) {
      sql.append(" AND u.bloc = ?");
      params.add(bloc.name());
    }
    sql.append(" ORDER BY o.unit_code, ").append(SqlOrder.code("o.field_code"));
    return q.query(sql.toString(), params);
  }

  /** Outcomes of a year summed per field or topic: the "findings per field" statistic. */
  public Table outcomesByField(int year) {
    return q.query("""
        SELECT field_code, count(DISTINCT unit_code) AS units, sum(findings) AS findings,
               sum(remediated_on_time) AS remediated_on_time, sum(remediated_late) AS remediated_late,
               sum(open_findings) AS open_findings, sum(overdue) AS overdue,
               100.0 * sum(remediated_on_time) / nullif(sum(findings), 0) AS on_time_pct
        FROM inspection_outcomes WHERE year = ? GROUP BY field_code ORDER BY %s"""
        .formatted(SqlOrder.code("field_code")), year);
  }

  /** Inspections of a year (or of a unit over all years). */
  public Table inspections(Integer year, String unitCode) {
    StringBuilder sql = new StringBuilder("""
        SELECT i.inspection_id, i.year, i.unit_code, u.name AS unit_name, u.bloc, i.form, i.start_date,
               i.end_date, i.lead_agency, coalesce(f.findings, 0) AS findings
        FROM raw_inspections i
        LEFT JOIN raw_units u ON u.unit_code = i.unit_code
        LEFT JOIN (SELECT inspection_id, count(*) AS findings FROM raw_findings GROUP BY inspection_id) f
          ON f.inspection_id = i.inspection_id
        WHERE true""");
    List<Object> params = new ArrayList<>();
    if (year != null) {
      sql.append(" AND i.year = ?");
      params.add(year);
    }
    if (unitCode != null) {
      sql.append(" AND i.unit_code = ?");
      params.add(unitCode);
    }
    sql.append(" ORDER BY i.start_date, i.inspection_id");
    return q.query(sql.toString(), params);
  }

  /** Findings filtered by year, unit, status (OPEN/REMEDIATED), field, and overdue only; null = any. */
  public Table findings(Integer year, String unitCode, String status, String fieldCode, boolean overdueOnly) {
    StringBuilder sql = new StringBuilder("SELECT * FROM (" + FINDINGS + ") WHERE true");
    List<Object> params = new ArrayList<>();
    if (year != null) {
      sql.append(" AND year = ?");
      params.add(year);
    }
    if (unitCode != null) {
      sql.append(" AND unit_code = ?");
      params.add(unitCode);
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
  public Table targets(Integer planYear) {
    return q.query("""
        SELECT priority_rank, plan_year, unit_code, unit_name, bloc, index_year, index_pct, total_score,
               score_low_index, score_failing_criteria, score_low_satisfaction, score_findings,
               score_since_inspection, reasons_vi
        FROM inspection_targets
        WHERE plan_year = coalesce(?, (SELECT max(plan_year) FROM inspection_targets))
        ORDER BY priority_rank, unit_code""", planYear);
  }
}
