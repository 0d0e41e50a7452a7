package vn.cchc.query.heatmap;

import java.util.ArrayList;
import java.util.List;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.methodology.MethodologyItem.Level;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;
import vn.cchc.query.SqlOrder;
import vn.cchc.query.UnitSql;

/** Units × fields or criteria attainment, and the criteria where a bloc is weak. */
public final class HeatmapQueries {
  /**
   * The levels of the mart component_scores the heatmap draws, as declared: FIELD, then CRITERION.
   */
  public static final List<String> LEVELS =
      MartTables.COMPONENT_SCORES.column("level").codes().orElseThrow().values();

  private final QueryExecutor q;

  public HeatmapQueries(QueryExecutor q) {
    this.q = q;
  }

  /** Field-level cells: one row per unit and field, units in rank order. */
  public QueryResult fields(int year, Bloc bloc) {
    return q.query(
        """
        SELECT c.unit_code, c.unit_key, i.unit_name, i.rank_in_bloc AS unit_rank, c.field_code, c.name AS field_name,
               c.points, c.max_points, c.pct, c.rank_in_bloc, coalesce(u.label, i.unit_name) AS unit_label
        FROM component_scores c JOIN index_scores i ON i.year = c.year AND i.unit_key = c.unit_key
        LEFT JOIN %s u ON u.unit_key = c.unit_key
        WHERE c.year = ? AND c.bloc = ? AND c.level = ?
        ORDER BY i.rank_in_bloc, c.unit_code, %s"""
            .formatted(UnitSql.VERSIONS, SqlOrder.code("c.field_code")),
        year,
        bloc.name(),
        Level.FIELD.name());
  }

  /** Criterion-level cells, optionally of one field (the drill-down). */
  public QueryResult criteria(int year, Bloc bloc, String fieldCode) {
    StringBuilder sql =
        new StringBuilder(
            """
        SELECT h.unit_code, h.unit_key, i.unit_name, i.rank_in_bloc AS unit_rank, h.field_code, h.criterion_code,
               h.criterion_name, h.points, h.max_points, h.attainment_pct, h.weak,
               coalesce(u.label, i.unit_name) AS unit_label
        FROM criterion_heatmap h JOIN index_scores i ON i.year = h.year AND i.unit_key = h.unit_key
        LEFT JOIN %s u ON u.unit_key = h.unit_key
        WHERE h.year = ? AND h.bloc = ?"""
                .formatted(UnitSql.VERSIONS));
    List<Object> params = new ArrayList<>(List.of(year, bloc.name()));
    if (fieldCode != null) {
      sql.append(" AND h.field_code = ?");
      params.add(fieldCode);
    }
    sql.append(" ORDER BY i.rank_in_bloc, h.unit_code, ").append(SqlOrder.code("h.criterion_code"));
    return q.query(sql.toString(), params);
  }

  /** Criteria of a bloc by weakness: most units below the threshold first. */
  public QueryResult weaknesses(int year, Bloc bloc) {
    return q.query(
        """
        SELECT criterion_code, criterion_name, units, mean_attainment_pct, threshold_pct, units_below,
               share_below_pct, persistent_units, persistent_unit_codes, version
        FROM criterion_weakness WHERE year = ? AND bloc = ?
        ORDER BY share_below_pct DESC, mean_attainment_pct, %s"""
            .formatted(SqlOrder.code("criterion_code")),
        year,
        bloc.name());
  }
}
