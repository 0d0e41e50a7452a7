package vn.cchc.query.quality;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.model.mart.MartTables;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;
import vn.cchc.query.UnitSql;

/** What the transform found wrong or provisional in the data. */
public final class DataQualityQueries {
  /** The severities of the mart data_quality, as declared: ERROR, then WARNING. */
  public static final List<String> SEVERITIES =
      MartTables.DATA_QUALITY.column("severity").codes().orElseThrow().values();

  private final QueryExecutor q;

  public DataQualityQueries(QueryExecutor q) {
    this.q = q;
  }

  public QueryResult issues(String severity, String rule, Integer year) {
    StringBuilder sql =
        new StringBuilder(
            """
        SELECT d.rule, d.severity, d.year, d.unit_code, d.unit_key, u.name AS unit_name, d.sub_criterion_code,
               d.detail_vi, coalesce(u.label, d.unit_code) AS unit_label
        FROM data_quality d LEFT JOIN %s u ON u.unit_key = d.unit_key WHERE true"""
                .formatted(UnitSql.VERSIONS));
    List<Object> params = new ArrayList<>();
    if (severity != null) {
      sql.append(" AND d.severity = ?");
      params.add(severity);
    }
    if (rule != null) {
      sql.append(" AND d.rule = ?");
      params.add(rule);
    }
    if (year != null) {
      sql.append(" AND d.year = ?");
      params.add(year);
    }
    sql.append(
        " ORDER BY d.severity, d.rule, d.year, d.unit_code, d.unit_key, d.sub_criterion_code");
    return q.query(sql.toString(), params);
  }

  public QueryResult summary() {
    return q.query(
        "SELECT rule, severity, count(*) AS issues, count(DISTINCT coalesce(unit_key, unit_code)) AS units"
            + " FROM data_quality GROUP BY rule, severity ORDER BY severity, rule");
  }
}
