package vn.cchc.report.publish;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.report.chart.ChartSpec;
import vn.cchc.report.chart.ReportCharts;
import vn.cchc.report.model.AnnualReport;
import vn.cchc.report.model.BlocReport;

/**
 * The annual report's charts that the site shows, drawn by the report's own chart code: each bloc's
 * ranking (in parts for a long bloc) and field indices, the commune map, SIPAS per component.
 */
record SiteCharts(
    Map<String, List<ChartSpec>> rankings,
    Map<String, List<ChartSpec>> fields,
    ChartSpec communeMap,
    List<ChartSpec> satisfaction) {

  /** Where the charts go, relative to the site's root. */
  static final String DIR = "assets/bieu-do";

  SiteCharts {
    rankings = Map.copyOf(rankings);
    fields = Map.copyOf(fields);
    satisfaction = List.copyOf(satisfaction);
  }

  static SiteCharts of(ReportCharts charts, AnnualReport report) {
    Map<String, List<ChartSpec>> rankings = new LinkedHashMap<>();
    Map<String, List<ChartSpec>> fields = new LinkedHashMap<>();
    ChartSpec map = null;
    for (BlocReport b : report.blocs()) {
      rankings.put(b.bloc(), charts.ranking(report.year(), b));
      fields.put(b.bloc(), charts.fields(report, b));
      if (Bloc.XA.name().equals(b.bloc()) && report.communeMap() != null) {
        map = charts.communeMap(report.communeMap());
      }
    }
    return new SiteCharts(rankings, fields, map, charts.satisfactionComponents(report));
  }

  List<ChartSpec> ranking(String bloc) {
    return rankings.getOrDefault(bloc, List.of());
  }

  List<ChartSpec> fields(String bloc) {
    return fields.getOrDefault(bloc, List.of());
  }

  /** Every chart, in the order of the pages. */
  List<ChartSpec> all() {
    List<ChartSpec> out = new ArrayList<>();
    rankings.keySet().stream()
        .sorted(SiteCharts::byBloc)
        .forEach(
            b -> {
              out.addAll(ranking(b));
              if (Bloc.XA.name().equals(b) && communeMap != null) {
                out.add(communeMap);
              }
              out.addAll(fields(b));
            });
    out.addAll(satisfaction);
    return out;
  }

  /** The chart's address from a page at the site's root. */
  static String src(ChartSpec spec) {
    return DIR + "/" + spec.id() + ".svg";
  }

  private static int byBloc(String a, String b) {
    return Integer.compare(Bloc.valueOf(a).ordinal(), Bloc.valueOf(b).ordinal());
  }
}
