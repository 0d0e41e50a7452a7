package vn.cchc.query.ranking;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.trend.Basis;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;
import vn.cchc.query.SqlOrder;
import vn.cchc.query.UnitSql;

/**
 * The index ranking and the province-level figures of a year, read from {@code index_scores} and
 * trends.
 */
public final class RankingQueries {
  public static final int MOVERS = 5;

  private final QueryExecutor q;

  public RankingQueries(QueryExecutor q) {
    this.q = q;
  }

  /** Every year and bloc of the release with its methodology version, units and mean index. */
  public QueryResult yearsAndBlocs() {
    return q.query(
        """
        SELECT year, bloc, version, count(*) AS units, avg(index_pct) AS average_pct
        FROM index_scores GROUP BY year, bloc, version ORDER BY year, bloc""");
  }

  /** The ranking of a bloc in a year, rank first; ties share a rank and are ordered by code. */
  public QueryResult ranking(int year, Bloc bloc) {
    return q.query(
        """
        SELECT i.rank_in_bloc, i.units_ranked, i.unit_code, i.unit_key, i.unit_name, i.index_pct, i.index_pct_rounded,
               i.band, i.band_label, i.total_points, i.applicable_max, i.self_total, i.appraised_total, i.survey_total,
               i.bonus_points, i.penalty_points, i.completeness_pct, i.provisional, i.version,
               coalesce(u.label, i.unit_name) AS unit_label
        FROM index_scores i LEFT JOIN %s u ON u.unit_key = i.unit_key
        WHERE i.year = ? AND i.bloc = ? ORDER BY i.rank_in_bloc, i.unit_code"""
            .formatted(UnitSql.VERSIONS),
        year,
        bloc.name());
  }

  /**
   * Key figures of every bloc in the year, with the change against the previous year on the basis.
   * The largest rise and fall name their unit version by key ({@code largest_rise_unit}) and by
   * label.
   */
  public QueryResult keyFigures(int year, Basis basis) {
    return q.query(
        """
        SELECT s.bloc, s.units, s.average_pct, s.previous_average_pct, s.change_pp, s.units_above_average,
               s.units_up, s.units_down, s.largest_rise_unit, s.largest_rise_pp, s.largest_fall_unit,
               s.largest_fall_pp, b.best_pct, b.worst_pct,
               r.unit_code AS largest_rise_code, r.label AS largest_rise_label,
               f.unit_code AS largest_fall_code, f.label AS largest_fall_label
        FROM trend_summaries s
        LEFT JOIN (SELECT bloc, max(index_pct) AS best_pct, min(index_pct) AS worst_pct
                   FROM index_scores WHERE year = ? GROUP BY bloc) b ON b.bloc = s.bloc
        LEFT JOIN %1$s r ON r.unit_key = s.largest_rise_unit
        LEFT JOIN %1$s f ON f.unit_key = s.largest_fall_unit
        WHERE s.year = ? AND s.basis = ?
        ORDER BY %2$s"""
            .formatted(UnitSql.VERSIONS, SqlOrder.bloc("s.bloc")),
        year,
        year,
        basis.name());
  }

  /** Units per band of a bloc in a year; units below every band count under an empty band. */
  public QueryResult bandDistribution(int year, Bloc bloc) {
    return q.query(
        """
        SELECT coalesce(band, '') AS band, coalesce(max(band_label), 'Dưới mức xếp loại') AS band_label,
               count(*) AS units, min(index_pct_rounded) AS min_pct, max(index_pct_rounded) AS max_pct
        FROM index_scores WHERE year = ? AND bloc = ? GROUP BY coalesce(band, '') ORDER BY min(index_pct) DESC""",
        year,
        bloc.name());
  }

  /**
   * The units that rose (or fell) most against the previous year, only where the values compare.
   */
  public QueryResult moversUp(int year, Bloc bloc, Basis basis) {
    return movers(year, bloc, basis, "DESC");
  }

  public QueryResult moversDown(int year, Bloc bloc, Basis basis) {
    return movers(year, bloc, basis, "ASC");
  }

  private QueryResult movers(int year, Bloc bloc, Basis basis, String direction) {
    String sign = direction.equals("DESC") ? "> 0" : "< 0";
    return q.query(
        """
        SELECT t.unit_code, t.unit_key, coalesce(i.unit_name, u.name) AS unit_name, t.index_pct, t.previous_index_pct,
               t.change_pp, t.rank_in_bloc, t.previous_rank, t.rank_change, t.comparable, t.comparability_reason,
               coalesce(u.label, i.unit_name, t.unit_code) AS unit_label
        FROM index_trends t
        LEFT JOIN index_scores i ON i.year = t.year AND i.unit_key = t.unit_key
        LEFT JOIN %s u ON u.unit_key = t.unit_key
        WHERE t.year = ? AND t.bloc = ? AND t.basis = ? AND t.change_pp %s
        ORDER BY t.change_pp %s, t.unit_key LIMIT %d"""
            .formatted(UnitSql.VERSIONS, sign, direction, MOVERS),
        year,
        bloc.name(),
        basis.name());
  }

  /** The code of the top-ranked unit (lowest code among ties). */
  public String bestUnit(int year, Bloc bloc) {
    return best(year, bloc).map(r -> (String) r.get("unit_code")).orElse(null);
  }

  /** The top-ranked unit (lowest code among ties): unit_code, unit_key, unit_name, unit_label. */
  public Optional<Map<String, Object>> best(int year, Bloc bloc) {
    return q.query(
            """
        SELECT i.unit_code, i.unit_key, i.unit_name, coalesce(u.label, i.unit_name) AS unit_label
        FROM index_scores i LEFT JOIN %s u ON u.unit_key = i.unit_key
        WHERE i.year = ? AND i.bloc = ? ORDER BY i.rank_in_bloc, i.unit_code LIMIT 1"""
                .formatted(UnitSql.VERSIONS),
            year,
            bloc.name())
        .first();
  }

  /** The overview page in one call. */
  public Overview overview(int year, Bloc bloc, Basis basis) {
    return new Overview(
        year,
        bloc.name(),
        basis.name(),
        keyFigures(year, basis).records(),
        bandDistribution(year, bloc).records(),
        moversUp(year, bloc, basis).records(),
        moversDown(year, bloc, basis).records());
  }

  public record Overview(
      int year,
      String bloc,
      String basis,
      List<Map<String, Object>> keyFigures,
      List<Map<String, Object>> bands,
      List<Map<String, Object>> moversUp,
      List<Map<String, Object>> moversDown) {}
}
