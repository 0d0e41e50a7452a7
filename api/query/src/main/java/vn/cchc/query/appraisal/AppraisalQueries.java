package vn.cchc.query.appraisal;

import java.util.List;
import vn.cchc.model.appraisal.GapLevel;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;
import vn.cchc.query.SqlOrder;
import vn.cchc.query.UnitSql;

/** Self-assessed against appraised points: where units over-scored themselves. */
public final class AppraisalQueries {
  /** The levels of the mart appraisal_gaps, as declared: UNIT, then FIELD. */
  public static final List<String> LEVELS =
      MartTables.APPRAISAL_GAPS.column("level").codes().orElseThrow().values();

  private final QueryExecutor q;

  public AppraisalQueries(QueryExecutor q) {
    this.q = q;
  }

  /** Gaps of a bloc at UNIT or FIELD level, largest gap first; only outliers when asked. */
  public QueryResult gaps(int year, Bloc bloc, GapLevel level, boolean outliersOnly) {
    return q.query(
        """
        SELECT g.unit_code, g.unit_key, coalesce(i.unit_name, u.name, g.unit_code) AS unit_name, g.level, g.field_code,
               g.self_points, g.appraised_points, g.gap_points, g.gap_pct, g.modified_z, g.q1_pct, g.q3_pct,
               g.outlier, g.outlier_reason, coalesce(u.label, i.unit_name, g.unit_code) AS unit_label
        FROM appraisal_gaps g LEFT JOIN index_scores i ON i.year = g.year AND i.unit_key = g.unit_key
        LEFT JOIN %s u ON u.unit_key = g.unit_key
        WHERE g.year = ? AND g.bloc = ? AND g.level = ? AND (g.outlier OR NOT ?)
        ORDER BY g.gap_pct DESC NULLS LAST, g.unit_code, %s"""
            .formatted(UnitSql.VERSIONS, SqlOrder.code("g.field_code")),
        year,
        bloc.name(),
        level.name(),
        outliersOnly);
  }

  /** One unit version's gaps in a year (by its key), overall and per field. */
  public QueryResult unitGaps(int year, String unitKey) {
    return q.query(
        """
        SELECT level, field_code, self_points, appraised_points, gap_points, gap_pct, outlier, outlier_reason
        FROM appraisal_gaps WHERE year = ? AND unit_key = ?
        ORDER BY level DESC, %s"""
            .formatted(SqlOrder.code("field_code")),
        year,
        unitKey);
  }
}
