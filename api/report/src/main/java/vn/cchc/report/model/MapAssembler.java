package vn.cchc.report.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.UnitSql;
import vn.cchc.query.map.CommuneMapQueries;
import vn.cchc.report.model.MapFigure.CommuneValue;
import vn.cchc.report.model.MapFigure.ScaleBand;

/**
 * The values of the commune map, from the query layer's map query (the same the dashboard's map
 * draws): today's communes, each with its own index and band of the year where it has one, else its
 * index restated as-is from its predecessors and banded with the year's scale. The report's own SQL
 * here reads the registry and the methodology only: which versions are valid on the boundaries'
 * date, and the year's band scale for the legend (the map query gives only the bands that occur).
 */
final class MapAssembler {
  private static final String COMMUNES = Bloc.XA.name();

  private final QueryExecutor q;
  private final LocalDate mapDate;

  MapAssembler(QueryExecutor q, LocalDate mapDate) {
    this.q = q;
    this.mapDate = mapDate;
  }

  /** The map of the year, or empty when the release ranks no commune in the year. */
  Optional<MapFigure> assemble(int year) {
    Optional<String> version =
        q.query(
                "SELECT min(version) AS v FROM index_scores WHERE year = ? AND bloc = ?",
                year,
                COMMUNES)
            .first()
            .map(r -> ResultRow.of(r).string("v"));
    if (version.isEmpty()) {
      return Optional.empty();
    }
    Set<String> onMapDate = validOnMapDate();
    List<CommuneValue> values = new ArrayList<>();
    boolean restated = false;
    Integer communesYear = null;
    for (ResultRow r : ResultRow.of(new CommuneMapQueries(q).communes(year))) {
      communesYear = r.integerOrNull("communes_year");
      String source = r.string("value_source");
      if (source == null) {
        continue;
      }
      restated |= CommuneMapQueries.SOURCE_AS_IS.equals(source);
      UnitRef unit = UnitRef.of(r);
      values.add(
          new CommuneValue(
              unit,
              r.decimal("index_pct_rounded"),
              r.string("band"),
              r.string("band_label"),
              onMapDate.contains(unit.key())));
    }
    if (communesYear == null) {
      return Optional.empty();
    }
    return Optional.of(
        new MapFigure(year, restated, communesYear, mapDate, scale(version.get()), values));
  }

  /**
   * The commune versions valid on the boundaries' date: only their codes name the shapes drawn (a
   * version that began later, after another change of the commune, would be drawn on a shape not
   * its own).
   */
  private Set<String> validOnMapDate() {
    Set<String> keys = new HashSet<>();
    for (ResultRow r :
        ResultRow.of(
            q.query(
                "SELECT unit_key FROM "
                    + UnitSql.VERSIONS
                    + " u WHERE u.bloc = ? AND "
                    + UnitSql.validOn("u", "CAST(? AS DATE)"),
                COMMUNES,
                mapDate.toString()))) {
      keys.add(r.string("unit_key"));
    }
    return keys;
  }

  /** The communes' bands of a methodology version, best first. */
  private List<ScaleBand> scale(String version) {
    List<ScaleBand> out = new ArrayList<>();
    for (ResultRow r :
        ResultRow.of(
            q.query(
                """
        SELECT band, min_pct, coalesce(label, band) AS label FROM raw_bands
        WHERE version = ? AND bloc = ? ORDER BY min_pct DESC, band""",
                version,
                COMMUNES))) {
      out.add(new ScaleBand(r.string("band"), r.string("label"), r.decimal("min_pct")));
    }
    return out;
  }
}
