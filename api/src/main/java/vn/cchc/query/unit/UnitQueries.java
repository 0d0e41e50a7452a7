package vn.cchc.query.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.query.Basis;
import vn.cchc.query.Dimensions;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.SqlOrder;
import vn.cchc.query.Table;
import vn.cchc.query.appraisal.AppraisalQueries;
import vn.cchc.query.inspection.InspectionQueries;
import vn.cchc.query.ranking.RankingQueries;
import vn.cchc.query.survey.SatisfactionQueries;
import vn.cchc.query.trend.TrendQueries;

/** The unit registry with its lineage, and one unit's profile. */
public final class UnitQueries {
  public static final int WEAKEST_CRITERIA = 5;

  private final QueryExecutor q;
  private final Dimensions dimensions;

  public UnitQueries(QueryExecutor q) {
    this.q = q;
    this.dimensions = new Dimensions(q);
  }

  /** Units of the registry (provinces excluded), optionally only those of a bloc or existing in a year. */
  public Table units(Integer year, Bloc bloc) {
    StringBuilder sql = new StringBuilder("""
        SELECT u.unit_code, u.name, u.bloc, u.parent_code, u.valid_from, u.valid_to,
               (SELECT count(*) FROM raw_unit_lineage l WHERE l.to_code = u.unit_code) AS predecessors,
               (SELECT count(*) FROM raw_unit_lineage l WHERE l.from_code = u.unit_code) AS successors
        FROM raw_units u WHERE u.bloc <> 'TINH'""");
    List<Object> params = new ArrayList<>();
    if (year != null) {
      sql.append(" AND year(u.valid_from) <= ? AND (u.valid_to IS NULL OR year(u.valid_to) >= ?)");
      params.add(year);
      params.add(year);
    }
    if (bloc != null) {
      sql.append(" AND u.bloc = ?");
      params.add(bloc.name());
    }
    sql.append(" ORDER BY CASE u.bloc WHEN 'SO' THEN 1 WHEN 'HUYEN' THEN 2 ELSE 3 END, u.unit_code");
    return q.query(sql.toString(), params);
  }

  /** The merges, splits and renames a unit took part in, as predecessor or successor. */
  public Table lineage(String unitCode) {
    return q.query("""
        SELECT CASE WHEN l.to_code = ? THEN 'PREDECESSOR' ELSE 'SUCCESSOR' END AS relation,
               l.from_code, f.name AS from_name, l.to_code, t.name AS to_name, l.effective_date, l.kind, l.share
        FROM raw_unit_lineage l
        LEFT JOIN raw_units f ON f.unit_code = l.from_code LEFT JOIN raw_units t ON t.unit_code = l.to_code
        WHERE l.to_code = ? OR l.from_code = ? ORDER BY l.effective_date, l.from_code, l.to_code""",
        unitCode, unitCode, unitCode);
  }

  /** A unit's registry entry and lineage. */
  public UnitDetail unit(String unitCode) {
    return new UnitDetail(dimensions.unit(unitCode), lineage(unitCode).records());
  }

  /** The latest year in which the unit has an index, or none. */
  Integer latestIndexYear(String unitCode) {
    return q.query("SELECT max(year) AS y FROM index_scores WHERE unit_code = ?", unitCode)
        .first().map(r -> (Integer) r.get("y")).orElse(null);
  }

  /** Everything the profile page shows for a unit in a year (the latest year with an index when null). */
  public UnitProfile profile(String unitCode, Integer requestedYear) {
    Map<String, Object> unit = dimensions.unit(unitCode);
    Integer latest = latestIndexYear(unitCode);
    int year = requestedYear != null ? dimensions.year(requestedYear) : latest != null ? latest : dimensions.year(null);
    Map<String, Object> index = q.query("SELECT * FROM index_scores WHERE year = ? AND unit_code = ?", year, unitCode)
        .first().orElse(null);
    Bloc bloc = Bloc.valueOf((String) unit.get("bloc"));
    String best = index == null ? null : new RankingQueries(q).bestUnit(year, bloc);
    Table components = q.query("""
        WITH c AS (
          SELECT *, avg(pct) OVER (PARTITION BY field_code) AS bloc_average_pct,
                 max(CASE WHEN unit_code = ? THEN pct END) OVER (PARTITION BY field_code) AS best_unit_pct
          FROM component_scores WHERE year = ? AND bloc = ? AND level = 'FIELD')
        SELECT field_code, name, points, max_points, pct, rank_in_bloc, bloc_average_pct, best_unit_pct
        FROM c WHERE unit_code = ? ORDER BY %s""".formatted(SqlOrder.code("field_code")),
        best, year, bloc.name(), unitCode);
    Table weakest = q.query("""
        SELECT field_code, criterion_code, criterion_name, points, max_points, attainment_pct, weak
        FROM criterion_heatmap WHERE year = ? AND unit_code = ?
        ORDER BY attainment_pct, %s LIMIT %d""".formatted(SqlOrder.code("criterion_code"), WEAKEST_CRITERIA),
        year, unitCode);
    TrendQueries trends = new TrendQueries(q);
    InspectionQueries inspections = new InspectionQueries(q);
    return new UnitProfile(unit, year, index, best,
        components.records(),
        trends.unitTrends(Basis.AS_WAS, null, unitCode).records(),
        trends.unitTrends(Basis.AS_IS, null, unitCode).records(),
        weakest.records(),
        new AppraisalQueries(q).unitGaps(year, unitCode).records(),
        new SatisfactionQueries(q).satisfaction(null, null, unitCode, null).records(),
        inspections.inspections(null, unitCode).records(),
        inspections.findings(null, unitCode, null, null, false).records(),
        lineage(unitCode).records());
  }

  public record UnitDetail(Map<String, Object> unit, List<Map<String, Object>> lineage) {}

  /**
   * One unit's page. {@code index} is null when the unit has no index in the year; {@code satisfaction}
   * covers every year, so the page can draw its history.
   */
  public record UnitProfile(Map<String, Object> unit, int year, Map<String, Object> index, String bestUnitCode,
      List<Map<String, Object>> components, List<Map<String, Object>> trendAsWas,
      List<Map<String, Object>> trendAsIs, List<Map<String, Object>> weakestCriteria,
      List<Map<String, Object>> selfVsAppraised, List<Map<String, Object>> satisfaction,
      List<Map<String, Object>> inspections, List<Map<String, Object>> findings,
      List<Map<String, Object>> lineage) {}
}
