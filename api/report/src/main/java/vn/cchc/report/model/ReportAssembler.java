package vn.cchc.report.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.model.appraisal.GapLevel;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.trend.Basis;
import vn.cchc.query.Dimensions;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;
import vn.cchc.query.appraisal.AppraisalQueries;
import vn.cchc.query.heatmap.HeatmapQueries;
import vn.cchc.query.ranking.RankingQueries;
import vn.cchc.report.geo.CommuneBoundaries;
import vn.cchc.report.model.AnnualReport.AbsentBloc;
import vn.cchc.report.model.BlocReport.AppraisalGap;
import vn.cchc.report.model.BlocReport.BandCount;
import vn.cchc.report.model.BlocReport.FieldAverage;
import vn.cchc.report.model.BlocReport.HeatmapRow;
import vn.cchc.report.model.BlocReport.KeyFigures;
import vn.cchc.report.model.BlocReport.Mover;
import vn.cchc.report.model.BlocReport.RankedUnit;
import vn.cchc.report.model.BlocReport.WeakCriterion;

/**
 * Reads the annual report's figures through the query layer ({@code vn.cchc.query}), the same
 * classes the JSON API calls: the report holds no SQL of its own over the marts (the commune map
 * reads the registry and the band scale beside the map query, see {@link MapAssembler}). Units are
 * grouped and joined by {@code unit_key}, the version, never by the code alone.
 */
public final class ReportAssembler {
  /** Weak criteria listed per bloc. */
  public static final int WEAK_CRITERIA = 8;

  private final QueryExecutor q;
  private final Dimensions dimensions;
  private final RankingQueries ranking;

  public ReportAssembler(QueryExecutor q) {
    this.q = q;
    this.dimensions = new Dimensions(q);
    this.ranking = new RankingQueries(q);
  }

  /**
   * The report of a year (the latest when null); a year the release does not hold is a NOT_FOUND
   * error naming the years it has.
   */
  public AnnualReport assemble(Integer requestedYear, String releaseId, LocalDate asOfDate) {
    int year = dimensions.year(requestedYear);
    Integer previous =
        dimensions.years().stream().filter(y -> y < year).reduce((a, b) -> b).orElse(null);

    Map<String, String> versionByBloc = new LinkedHashMap<>();
    Map<String, Integer> lastYearByBloc = new LinkedHashMap<>();
    for (ResultRow r : ResultRow.of(ranking.yearsAndBlocs())) {
      int y = r.integer("year");
      String bloc = r.string("bloc");
      lastYearByBloc.merge(bloc, y, Math::max);
      if (y == year) {
        versionByBloc.put(bloc, r.string("version"));
      }
    }
    List<BlocReport> blocs = new ArrayList<>();
    List<AbsentBloc> absent = new ArrayList<>();
    for (Bloc bloc : Bloc.rankedBlocs()) {
      if (versionByBloc.containsKey(bloc.name())) {
        blocs.add(bloc(year, previous, bloc, versionByBloc.get(bloc.name())));
      } else if (lastYearByBloc.containsKey(bloc.name())) {
        absent.add(new AbsentBloc(bloc.name(), bloc.labelVi(), lastYearByBloc.get(bloc.name())));
      }
    }
    return new AnnualReport(
        year,
        previous,
        releaseId,
        asOfDate,
        blocs,
        absent,
        new SatisfactionAssembler(q).assemble(year),
        new InspectionAssembler(q).assemble(year, blocs),
        new MethodologyAssembler(q).assemble(year, previous, blocs),
        new MapAssembler(q, CommuneBoundaries.VALID_ON).assemble(year).orElse(null));
  }

  private BlocReport bloc(int year, Integer previous, Bloc bloc, String version) {
    List<RankedUnit> units = ranking(year, bloc);
    ResultRow asWas = keyRow(year, bloc, Basis.AS_WAS);
    ResultRow asIs = keyRow(year, bloc, Basis.AS_IS);
    Basis basis = changeBasis(previous, asWas, asIs);
    ResultRow change = basis == Basis.AS_WAS ? asWas : asIs;
    KeyFigures key = keyFigures(units, asWas, previous == null ? null : change);
    return new BlocReport(
        bloc.name(),
        bloc.labelVi(),
        version,
        key,
        basis.name(),
        bands(year, bloc),
        units,
        previous == null ? List.of() : movers(ranking.moversUp(year, bloc, basis)),
        previous == null ? List.of() : movers(ranking.moversDown(year, bloc, basis)),
        fieldAverages(year, previous, bloc),
        heatmap(year, bloc),
        weakCriteria(year, bloc, units),
        gaps(year, bloc));
  }

  /**
   * As-was unless it compares nothing: after a merger every unit is new, so the change is only
   * meaningful restated onto today's units.
   */
  static Basis changeBasis(Integer previous, ResultRow asWas, ResultRow asIs) {
    if (previous == null || asWas == null || asIs == null) {
      return Basis.AS_WAS;
    }
    int compared = asWas.integer("units_up") + asWas.integer("units_down");
    int comparedAsIs = asIs.integer("units_up") + asIs.integer("units_down");
    return compared == 0 && comparedAsIs > 0 ? Basis.AS_IS : Basis.AS_WAS;
  }

  private ResultRow keyRow(int year, Bloc bloc, Basis basis) {
    return ResultRow.of(ranking.keyFigures(year, basis)).stream()
        .filter(r -> bloc.name().equals(r.value("bloc")))
        .findFirst()
        .orElse(null);
  }

  private static KeyFigures keyFigures(List<RankedUnit> units, ResultRow asWas, ResultRow change) {
    double average =
        asWas != null
            ? asWas.decimal("average_pct")
            : units.stream().mapToDouble(RankedUnit::indexPct).average().orElse(0);
    int above =
        asWas != null
            ? asWas.integer("units_above_average")
            : (int) units.stream().filter(u -> u.indexPct() > average).count();
    if (change == null) {
      return new KeyFigures(units.size(), average, null, null, above, 0, 0, null, null, null, null);
    }
    return new KeyFigures(
        units.size(),
        average,
        change.decimalOrNull("previous_average_pct"),
        change.decimalOrNull("change_pp"),
        above,
        change.integer("units_up"),
        change.integer("units_down"),
        largest(change, "rise", units),
        change.decimalOrNull("largest_rise_pp"),
        largest(change, "fall", units),
        change.decimalOrNull("largest_fall_pp"));
  }

  /**
   * The unit of the largest rise or fall. trend_summaries names it by unit_key; it is one of the
   * year's ranked units (as-was and as-is alike compare this year's units), else the query layer's
   * label names it.
   */
  private static UnitRef largest(ResultRow change, String which, List<RankedUnit> units) {
    String key = change.string("largest_" + which + "_unit");
    if (key == null) {
      return null;
    }
    String code = change.string("largest_" + which + "_code");
    String label = change.string("largest_" + which + "_label");
    return units.stream()
        .map(RankedUnit::unit)
        .filter(u -> u.key().equals(key))
        .findFirst()
        .orElseGet(() -> new UnitRef(key, code, label, label));
  }

  private List<RankedUnit> ranking(int year, Bloc bloc) {
    List<RankedUnit> out = new ArrayList<>();
    for (ResultRow r : ResultRow.of(ranking.ranking(year, bloc))) {
      out.add(
          new RankedUnit(
              r.integer("rank_in_bloc"),
              UnitRef.of(r),
              r.decimal("index_pct"),
              r.decimal("index_pct_rounded"),
              r.string("band"),
              r.string("band_label"),
              r.decimal("total_points"),
              r.decimal("applicable_max"),
              r.decimal("self_total"),
              r.decimal("appraised_total"),
              r.decimal("survey_total"),
              r.flag("provisional")));
    }
    return out;
  }

  private List<BandCount> bands(int year, Bloc bloc) {
    List<BandCount> out = new ArrayList<>();
    for (ResultRow r : ResultRow.of(ranking.bandDistribution(year, bloc))) {
      out.add(
          new BandCount(
              r.string("band"),
              r.string("band_label"),
              r.integer("units"),
              r.decimalOrNull("min_pct"),
              r.decimalOrNull("max_pct")));
    }
    return out;
  }

  private static List<Mover> movers(QueryResult t) {
    List<Mover> out = new ArrayList<>();
    for (ResultRow r : ResultRow.of(t)) {
      out.add(
          new Mover(
              UnitRef.of(r),
              r.decimal("index_pct"),
              r.decimalOrNull("previous_index_pct"),
              r.decimalOrNull("change_pp"),
              r.integer("rank_in_bloc"),
              r.integerOrNull("previous_rank"),
              r.integerOrNull("rank_change"),
              r.flag("comparable"),
              r.string("comparability_reason")));
    }
    return out;
  }

  private List<FieldAverage> fieldAverages(int year, Integer previous, Bloc bloc) {
    Map<String, double[]> now = fieldSums(year, bloc);
    Map<String, double[]> before = previous == null ? Map.of() : fieldSums(previous, bloc);
    Map<String, String> names = fieldNames(year, bloc);
    List<FieldAverage> out = new ArrayList<>();
    for (Map.Entry<String, double[]> e : now.entrySet()) {
      double[] b = before.get(e.getKey());
      out.add(
          new FieldAverage(
              e.getKey(),
              names.get(e.getKey()),
              e.getValue()[0] / e.getValue()[1],
              b == null ? null : b[0] / b[1]));
    }
    return out;
  }

  /**
   * Sum and count of the units' field percentages, in field order; fields that apply to no unit are
   * left out.
   */
  private Map<String, double[]> fieldSums(int year, Bloc bloc) {
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (ResultRow r : ResultRow.of(new HeatmapQueries(q).fields(year, bloc))) {
      sums.computeIfAbsent(r.string("field_code"), k -> new double[2]);
      Double pct = r.decimalOrNull("pct");
      if (pct != null) {
        double[] s = sums.get(r.string("field_code"));
        s[0] += pct;
        s[1] += 1;
      }
    }
    sums.values().removeIf(s -> s[1] == 0);
    return sortedByCode(sums);
  }

  private Map<String, String> fieldNames(int year, Bloc bloc) {
    Map<String, String> names = new LinkedHashMap<>();
    for (ResultRow r : ResultRow.of(new HeatmapQueries(q).fields(year, bloc))) {
      names.putIfAbsent(r.string("field_code"), r.string("field_name"));
    }
    return names;
  }

  /**
   * One row per unit version (by key), in the query layer's rank order; cells in the order of the
   * bloc's {@link FieldAverage}s (a field that applies to no unit is in neither).
   */
  private List<HeatmapRow> heatmap(int year, Bloc bloc) {
    QueryResult cells = new HeatmapQueries(q).fields(year, bloc);
    List<String> fields = new ArrayList<>(fieldSums(year, bloc).keySet());
    Map<String, HeatmapRow> rows = new LinkedHashMap<>();
    Map<String, Double[]> values = new LinkedHashMap<>();
    for (ResultRow r : ResultRow.of(cells)) {
      UnitRef unit = UnitRef.of(r);
      values.computeIfAbsent(unit.key(), k -> new Double[fields.size()]);
      rows.putIfAbsent(unit.key(), new HeatmapRow(r.integer("unit_rank"), unit, List.of()));
      int field = fields.indexOf(r.string("field_code"));
      if (field >= 0) {
        values.get(unit.key())[field] = r.decimalOrNull("pct");
      }
    }
    List<HeatmapRow> out = new ArrayList<>();
    for (HeatmapRow row : rows.values()) {
      out.add(new HeatmapRow(row.rank(), row.unit(), Arrays.asList(values.get(row.unit().key()))));
    }
    return out;
  }

  private List<WeakCriterion> weakCriteria(int year, Bloc bloc, List<RankedUnit> units) {
    // the mart lists the units weak in both years by key (or, in older releases, by code: within
    // one year a
    // code names one version, so the year's ranking resolves either)
    Map<String, String> names = new LinkedHashMap<>();
    units.forEach(u -> names.put(u.unit().code(), u.unit().name()));
    units.forEach(u -> names.put(u.unit().key(), u.unit().name()));
    List<WeakCriterion> out = new ArrayList<>();
    for (ResultRow r : ResultRow.of(new HeatmapQueries(q).weaknesses(year, bloc))) {
      if (out.size() == WEAK_CRITERIA) {
        break;
      }
      List<String> persistent = new ArrayList<>();
      String codes = r.string("persistent_unit_codes");
      if (codes != null && !codes.isBlank()) {
        for (String c : codes.split(",")) {
          persistent.add(names.getOrDefault(c.strip(), c.strip()));
        }
      }
      out.add(
          new WeakCriterion(
              r.string("criterion_code"),
              r.string("criterion_name"),
              r.integer("units"),
              r.decimal("mean_attainment_pct"),
              r.decimal("threshold_pct"),
              r.integer("units_below"),
              r.decimal("share_below_pct"),
              persistent));
    }
    return out;
  }

  private List<AppraisalGap> gaps(int year, Bloc bloc) {
    List<AppraisalGap> out = new ArrayList<>();
    for (ResultRow r :
        ResultRow.of(new AppraisalQueries(q).gaps(year, bloc, GapLevel.UNIT, false))) {
      out.add(
          new AppraisalGap(
              UnitRef.of(r),
              r.decimal("self_points"),
              r.decimal("appraised_points"),
              r.decimal("gap_points"),
              r.decimalOrNull("gap_pct"),
              r.decimalOrNull("modified_z"),
              r.flag("outlier"),
              r.string("outlier_reason")));
    }
    return out;
  }

  /** Methodology codes in natural order (2 before 10), the order every chart and table uses. */
  static <V> Map<String, V> sortedByCode(Map<String, V> byCode) {
    Map<String, V> out = new LinkedHashMap<>();
    byCode.keySet().stream().sorted(Values::compareCodes).forEach(k -> out.put(k, byCode.get(k)));
    return out;
  }
}
