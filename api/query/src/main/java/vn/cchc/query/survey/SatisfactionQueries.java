package vn.cchc.query.survey;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;
import vn.cchc.query.UnitSql;

/** SIPAS satisfaction per unit and component, with its Wilson interval and design breaks. */
public final class SatisfactionQueries {
  public static final List<String> COMPONENTS =
      List.of("OVERALL", "TIEP_CAN", "THU_TUC", "CONG_CHUC", "KET_QUA", "GOP_Y");

  private final QueryExecutor q;

  public SatisfactionQueries(QueryExecutor q) {
    this.q = q;
  }

  /** Filter by year, bloc, unit version (its key) and component; null means any. */
  public QueryResult satisfaction(Integer year, Bloc bloc, String unitKey, String component) {
    StringBuilder sql = new StringBuilder("""
        SELECT s.year, s.unit_code, s.unit_key, u.name AS unit_name, u.bloc, s.survey_code, s.component, s.respondents,
               s.answers, s.satisfied_pct, s.mean_score, s.wilson_low_pct, s.wilson_high_pct, s.small_sample,
               s.design_break, coalesce(u.label, s.unit_code) AS unit_label
        FROM satisfaction s LEFT JOIN %s u ON u.unit_key = s.unit_key WHERE true""".formatted(UnitSql.VERSIONS));
    List<Object> params = new ArrayList<>();
    if (year != null) {
      sql.append(" AND s.year = ?");
      params.add(year);
    }
    if (bloc != null) {
      sql.append(" AND u.bloc = ?");
      params.add(bloc.name());
    }
    if (unitKey != null) {
      sql.append(" AND s.unit_key = ?");
      params.add(unitKey);
    }
    if (component != null) {
      sql.append(" AND s.component = ?");
      params.add(component);
    }
    sql.append(" ORDER BY s.year, s.unit_code, s.unit_key, CASE s.component WHEN 'OVERALL' THEN 0 WHEN 'TIEP_CAN' THEN 1"
        + " WHEN 'THU_TUC' THEN 2 WHEN 'CONG_CHUC' THEN 3 WHEN 'KET_QUA' THEN 4 ELSE 5 END");
    return q.query(sql.toString(), params);
  }
}
