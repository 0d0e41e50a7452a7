package vn.cchc.query.trend;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.trend.Basis;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;
import vn.cchc.query.UnitSql;

/** The index over the years, as-was or restated as-is, per unit and per bloc. */
public final class TrendQueries {
  private final QueryExecutor q;

  public TrendQueries(QueryExecutor q) {
    this.q = q;
  }

  /**
   * Units' yearly values on the basis; filter by bloc and/or unit version (its key; null = all). A
   * unit's rows are those of its version only: AS_WAS the years it was assessed itself, AS_IS the
   * years restated onto it.
   */
  public QueryResult unitTrends(Basis basis, Bloc bloc, String unitKey) {
    StringBuilder sql =
        new StringBuilder(
            """
        SELECT t.basis, t.unit_code, t.unit_key, coalesce(u.name, t.unit_code) AS unit_name, t.year, t.bloc, t.version,
               t.index_pct, t.rank_in_bloc, t.previous_index_pct, t.change_pp, t.previous_rank, t.rank_change,
               t.comparable, t.comparability_reason, t.restated, t.partial, t.restated_from,
               coalesce(u.label, t.unit_code) AS unit_label
        FROM index_trends t LEFT JOIN %s u ON u.unit_key = t.unit_key WHERE t.basis = ?"""
                .formatted(UnitSql.VERSIONS));
    List<Object> params = new ArrayList<>(List.of(basis.name()));
    if (bloc != null) {
      sql.append(" AND t.bloc = ?");
      params.add(bloc.name());
    }
    if (unitKey != null) {
      sql.append(" AND t.unit_key = ?");
      params.add(unitKey);
    }
    sql.append(" ORDER BY t.bloc, t.unit_code, t.unit_key, t.year");
    return q.query(sql.toString(), params);
  }

  /** Province-level figures per bloc and year on the basis. */
  public QueryResult summaries(Basis basis, Bloc bloc) {
    if (bloc == null) {
      return q.query(
          "SELECT * FROM trend_summaries WHERE basis = ? ORDER BY bloc, year", basis.name());
    }
    return q.query(
        "SELECT * FROM trend_summaries WHERE basis = ? AND bloc = ? ORDER BY year",
        basis.name(),
        bloc.name());
  }
}
