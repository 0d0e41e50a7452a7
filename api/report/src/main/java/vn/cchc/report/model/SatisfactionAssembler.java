package vn.cchc.report.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.survey.SipasComponent;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.survey.SatisfactionQueries;
import vn.cchc.report.model.SatisfactionSection.ComponentResult;
import vn.cchc.report.model.SatisfactionSection.UnitResult;

/**
 * SIPAS results of a year, pooled per bloc and component from the units' rows of the query layer.
 */
final class SatisfactionAssembler {
  static final double Z95 = 1.959963984540054;

  private final QueryExecutor q;

  SatisfactionAssembler(QueryExecutor q) {
    this.q = q;
  }

  SatisfactionSection assemble(int year) {
    List<ResultRow> rows =
        ResultRow.of(new SatisfactionQueries(q).satisfaction(year, null, null, null));
    String survey =
        rows.stream()
            .map(r -> r.string("survey_code"))
            .distinct()
            .sorted()
            .reduce((a, b) -> a + ", " + b)
            .orElse(null);
    boolean designBreak = rows.stream().anyMatch(r -> r.flag("design_break"));
    // bloc → component → {units, respondents, satisfied respondents, small-sample units}
    Map<String, Map<String, double[]>> pooled = new LinkedHashMap<>();
    List<UnitResult> units = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (ResultRow r : rows) {
      UnitRef unit = UnitRef.of(r);
      String component = r.string("component");
      if (!seen.add(unit.key() + "|" + component)) {
        // the mart's key is (year, unit_key, component): a row twice would count its respondents
        // twice
        throw new IllegalStateException(
            "Cannot pool satisfaction: unit "
                + unit.key()
                + ", component "
                + component
                + " appears twice in year "
                + year);
      }
      String bloc = r.value("bloc") == null ? "?" : r.string("bloc");
      int n = r.integer("respondents");
      double pct = r.decimal("satisfied_pct");
      boolean small = r.flag("small_sample");
      double[] acc =
          pooled
              .computeIfAbsent(bloc, k -> new LinkedHashMap<>())
              .computeIfAbsent(component, k -> new double[4]);
      acc[0] += 1;
      acc[1] += n;
      acc[2] += pct / 100.0 * n;
      acc[3] += small ? 1 : 0;
      if (SipasComponent.OVERALL_CODE.equals(component)) {
        units.add(
            new UnitResult(
                bloc,
                unit,
                n,
                pct,
                r.decimal("wilson_low_pct"),
                r.decimal("wilson_high_pct"),
                small));
      }
    }
    List<ComponentResult> components = new ArrayList<>();
    for (Bloc ranked : Bloc.rankedBlocs()) {
      String bloc = ranked.name();
      Map<String, double[]> byComponent = pooled.getOrDefault(bloc, Map.of());
      for (String component : SatisfactionQueries.COMPONENTS) {
        double[] acc = byComponent.get(component);
        if (acc == null || acc[1] == 0) {
          continue;
        }
        double p = acc[2] / acc[1];
        double[] ci = wilson(p, acc[1]);
        components.add(
            new ComponentResult(
                bloc,
                component,
                label(component),
                (int) acc[0],
                (int) acc[1],
                100 * p,
                100 * ci[0],
                100 * ci[1],
                (int) acc[3]));
      }
    }
    return new SatisfactionSection(survey, designBreak, components, units);
  }

  static double[] wilson(double p, double n) {
    double z2 = Z95 * Z95;
    double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
    double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n);
    return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
  }

  static String label(String component) {
    if (SipasComponent.OVERALL_CODE.equals(component)) {
      return "Hài lòng chung";
    }
    return SipasComponent.valueOf(component).labelVi();
  }
}
