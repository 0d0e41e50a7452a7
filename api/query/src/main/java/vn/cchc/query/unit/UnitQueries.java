package vn.cchc.query.unit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.methodology.MethodologyItem.Level;
import vn.cchc.model.trend.Basis;
import vn.cchc.query.Dimensions;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;
import vn.cchc.query.SqlOrder;
import vn.cchc.query.UnitSql;
import vn.cchc.query.appraisal.AppraisalQueries;
import vn.cchc.query.inspection.InspectionQueries;
import vn.cchc.query.ranking.RankingQueries;
import vn.cchc.query.survey.SatisfactionQueries;
import vn.cchc.query.trend.TrendQueries;

/**
 * The unit registry as versions (an official code over a period) with their lineage, and one
 * version's profile. Methods that take a unit take its key {@code code@valid_from}; {@link
 * Dimensions#unit} turns what a user typed (a key, or a bare code meaning its newest version) into
 * one.
 */
public final class UnitQueries {
  public static final int WEAKEST_CRITERIA = 5;

  private final QueryExecutor q;
  private final Dimensions dimensions;

  public UnitQueries(QueryExecutor q) {
    this.q = q;
    this.dimensions = new Dimensions(q);
  }

  /**
   * Unit versions of the registry (provinces excluded), optionally only those of a bloc, existing
   * on some day of a year, or of one official code; with how many lineage links lead into and out
   * of each version.
   */
  public QueryResult units(Integer year, Bloc bloc, String code) {
    StringBuilder sql =
        new StringBuilder(
            """
        WITH l AS %s
        SELECT u.unit_key, u.unit_code, u.name, u.bloc, u.parent_code, u.valid_from, u.valid_to,
               (SELECT count(*) FROM l WHERE l.to_key = u.unit_key) AS predecessors,
               (SELECT count(*) FROM l WHERE l.from_key = u.unit_key) AS successors,
               u.code_versions, u.label AS unit_label
        FROM %s u WHERE u.bloc <> '%s'"""
                .formatted(UnitSql.RESOLVED_LINEAGE, UnitSql.VERSIONS, Bloc.TINH.name()));
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
    if (code != null) {
      sql.append(" AND u.unit_code = ?");
      params.add(code);
    }
    sql.append(" ORDER BY ").append(SqlOrder.bloc("u.bloc")).append(", u.unit_code, u.valid_from");
    return q.query(sql.toString(), params);
  }

  /** {@link #units(Integer, Bloc, String)} of every code. */
  public QueryResult units(Integer year, Bloc bloc) {
    return units(year, bloc, null);
  }

  /**
   * The merges, splits and renames a unit version took part in. Each row names the version on the
   * other side ({@code relation} PREDECESSOR: it became this unit; SUCCESSOR: this unit became it)
   * with its key, code, name, period and label, the link's date, kind and share (the predecessor's
   * weight in that successor), and both ends as the link names them.
   */
  public QueryResult lineage(String unitKey) {
    return q.query(
        """
        WITH l AS %s
        SELECT CASE WHEN l.to_key = ? THEN 'PREDECESSOR' ELSE 'SUCCESSOR' END AS relation,
               CASE WHEN l.to_key = ? THEN l.from_key ELSE l.to_key END AS unit_key,
               CASE WHEN l.to_key = ? THEN l.from_code ELSE l.to_code END AS unit_code,
               CASE WHEN l.to_key = ? THEN l.from_name ELSE l.to_name END AS unit_name,
               CASE WHEN l.to_key = ? THEN l.from_valid_from ELSE l.to_valid_from END AS valid_from,
               CASE WHEN l.to_key = ? THEN l.from_valid_to ELSE l.to_valid_to END AS valid_to,
               CASE WHEN l.to_key = ? THEN l.from_label ELSE l.to_label END AS unit_label,
               l.effective_date, l.kind, l.share,
               l.from_key, l.from_code, l.from_name, l.to_key, l.to_code, l.to_name
        FROM l WHERE l.to_key = ? OR l.from_key = ?
        ORDER BY l.effective_date, relation, l.from_code, l.to_code"""
            .formatted(UnitSql.RESOLVED_LINEAGE),
        unitKey,
        unitKey,
        unitKey,
        unitKey,
        unitKey,
        unitKey,
        unitKey,
        unitKey,
        unitKey);
  }

  /** The other versions of the version's code (empty when the code was never reused). */
  List<Map<String, Object>> otherVersions(Map<String, Object> unit) {
    return dimensions.versions((String) unit.get("unit_code")).stream()
        .filter(v -> !v.get("unit_key").equals(unit.get("unit_key")))
        .toList();
  }

  /**
   * A unit version (a key, or a bare code for its newest version) with the other versions of its
   * code and its lineage.
   */
  public UnitDetail unit(String ref) {
    Map<String, Object> unit = dimensions.unit(ref);
    return new UnitDetail(
        unit, otherVersions(unit), lineage((String) unit.get("unit_key")).records());
  }

  /** The latest year in which the unit version has an index, or none. */
  Integer latestIndexYear(String unitKey) {
    return q.query("SELECT max(year) AS y FROM index_scores WHERE unit_key = ?", unitKey)
        .first()
        .map(r -> (Integer) r.get("y"))
        .orElse(null);
  }

  /**
   * Everything the profile page shows for a unit version (a key, or a bare code for its newest
   * version) in a year (the latest year with an index when null). Values of other years — trends,
   * satisfaction, inspections, findings — are those of this version only, never of another unit
   * with the same code.
   */
  public UnitProfile profile(String ref, Integer requestedYear) {
    Map<String, Object> unit = dimensions.unit(ref);
    String key = (String) unit.get("unit_key");
    Integer latest = latestIndexYear(key);
    int year =
        requestedYear != null
            ? dimensions.year(requestedYear)
            : latest != null ? latest : dimensions.year(null);
    Map<String, Object> index =
        q.query("SELECT * FROM index_scores WHERE year = ? AND unit_key = ?", year, key)
            .first()
            .orElse(null);
    Bloc bloc = Bloc.valueOf((String) unit.get("bloc"));
    Map<String, Object> best =
        index == null ? null : new RankingQueries(q).best(year, bloc).orElse(null);
    String bestKey = best == null ? null : (String) best.get("unit_key");
    QueryResult components =
        q.query(
            """
        WITH c AS (
          SELECT *, avg(pct) OVER (PARTITION BY field_code) AS bloc_average_pct,
                 max(CASE WHEN unit_key = ? THEN pct END) OVER (PARTITION BY field_code) AS best_unit_pct
          FROM component_scores WHERE year = ? AND bloc = ? AND level = ?)
        SELECT field_code, name, points, max_points, pct, rank_in_bloc, bloc_average_pct, best_unit_pct
        FROM c WHERE unit_key = ? ORDER BY %s"""
                .formatted(SqlOrder.code("field_code")),
            bestKey,
            year,
            bloc.name(),
            Level.FIELD.name(),
            key);
    QueryResult weakest =
        q.query(
            """
        SELECT field_code, criterion_code, criterion_name, points, max_points, attainment_pct, weak
        FROM criterion_heatmap WHERE year = ? AND unit_key = ?
        ORDER BY attainment_pct, %s LIMIT %d"""
                .formatted(SqlOrder.code("criterion_code"), WEAKEST_CRITERIA),
            year,
            key);
    TrendQueries trends = new TrendQueries(q);
    InspectionQueries inspections = new InspectionQueries(q);
    return new UnitProfile(
        unit,
        otherVersions(unit),
        year,
        index,
        best == null ? null : (String) best.get("unit_code"),
        bestKey,
        best == null ? null : (String) best.get("unit_label"),
        components.records(),
        trends.unitTrends(Basis.AS_WAS, null, key).records(),
        trends.unitTrends(Basis.AS_IS, null, key).records(),
        weakest.records(),
        new AppraisalQueries(q).unitGaps(year, key).records(),
        new SatisfactionQueries(q).satisfaction(null, null, key, null).records(),
        inspections.inspections(null, key).records(),
        inspections.findings(null, key, null, null, false).records(),
        lineage(key).records());
  }

  /** A unit version, the other versions of its code, and its lineage. */
  public record UnitDetail(
      Map<String, Object> unit,
      List<Map<String, Object>> otherVersions,
      List<Map<String, Object>> lineage) {}

  /**
   * One unit version's page. {@code index} is null when the unit has no index in the year; {@code
   * satisfaction} covers every year, so the page can draw its history.
   */
  public record UnitProfile(
      Map<String, Object> unit,
      List<Map<String, Object>> otherVersions,
      int year,
      Map<String, Object> index,
      String bestUnitCode,
      String bestUnitKey,
      String bestUnitLabel,
      List<Map<String, Object>> components,
      List<Map<String, Object>> trendAsWas,
      List<Map<String, Object>> trendAsIs,
      List<Map<String, Object>> weakestCriteria,
      List<Map<String, Object>> selfVsAppraised,
      List<Map<String, Object>> satisfaction,
      List<Map<String, Object>> inspections,
      List<Map<String, Object>> findings,
      List<Map<String, Object>> lineage) {}
}
