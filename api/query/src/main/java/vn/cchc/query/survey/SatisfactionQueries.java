package vn.cchc.query.survey;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;
import vn.cchc.query.SqlOrder;
import vn.cchc.query.UnitSql;

/** SIPAS satisfaction per unit and component, with its Wilson interval and design breaks. */
public final class SatisfactionQueries {
  /**
   * The components of the mart as declared: OVERALL first, then the SIPAS components in the model's
   * order.
   */
  public static final List<String> COMPONENTS =
      MartTables.SATISFACTION.column("component").codes().orElseThrow().values();

  private final QueryExecutor q;

  public SatisfactionQueries(QueryExecutor q) {
    this.q = q;
  }

  /** Filter by year, bloc, unit version (its key) and component; null means any. */
  public QueryResult satisfaction(Integer year, Bloc bloc, String unitKey, String component) {
    StringBuilder sql =
        new StringBuilder(
            """
        SELECT s.year, s.unit_code, s.unit_key, u.name AS unit_name, u.bloc, s.survey_code, s.component, s.respondents,
               s.answers, s.satisfied_pct, s.mean_score, s.wilson_low_pct, s.wilson_high_pct, s.small_sample,
               s.design_break, coalesce(u.label, s.unit_code) AS unit_label
        FROM satisfaction s LEFT JOIN %s u ON u.unit_key = s.unit_key WHERE true"""
                .formatted(UnitSql.VERSIONS));
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
    sql.append(" ORDER BY s.year, s.unit_code, s.unit_key, ")
        .append(SqlOrder.listed("s.component", COMPONENTS));
    return q.query(sql.toString(), params);
  }
}
