package vn.cchc.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.report.chart.HorizontalBars.Bar;
import vn.cchc.report.geo.CommuneBoundaries;
import vn.cchc.report.model.AnnualReport;
import vn.cchc.report.model.BlocReport;
import vn.cchc.report.model.BlocReport.AppraisalGap;
import vn.cchc.report.model.BlocReport.RankedUnit;
import vn.cchc.report.model.MapFigure;
import vn.cchc.report.model.SatisfactionSection.UnitResult;
import vn.cchc.report.text.Formats;

/**
 * Every chart of the report, built from the report model, in the order the PDF shows them. Long
 * blocs are split into parts of at most {@link #PER_CHART} units so that every name stays readable.
 */
public final class ReportCharts {
  public static final int PER_CHART = 55;

  private final ChartStyle style;
  private final CommuneBoundaries boundaries;

  public ReportCharts(ChartStyle style) {
    this(style, CommuneBoundaries.load());
  }

  public ReportCharts(ChartStyle style, CommuneBoundaries boundaries) {
    this.style = style;
    this.boundaries = boundaries;
  }

  /**
   * The bloc's ranking, coloured by band, with the bloc average as a dashed line; one chart per
   * part.
   */
  public List<ChartSpec> ranking(int year, BlocReport bloc) {
    List<ChartSpec> out = new ArrayList<>();
    List<List<RankedUnit>> parts = parts(bloc.ranking());
    List<String> bandLabels = new ArrayList<>();
    List<Color> bandColours = new ArrayList<>();
    bloc.bands().stream()
        .sorted(Comparator.comparing(b -> b.band().isEmpty() ? "Z" : b.band()))
        .forEach(
            b -> {
              bandLabels.add((b.band().isEmpty() ? "" : "Loại " + b.band() + ": ") + b.labelVi());
              bandColours.add(ChartStyle.band(b.band().isEmpty() ? null : b.band()));
            });
    for (int p = 0; p < parts.size(); p++) {
      List<Bar> bars = new ArrayList<>();
      for (RankedUnit u : parts.get(p)) {
        bars.add(
            new Bar(
                u.rank() + ". " + u.unit().name(),
                u.indexPctRounded(),
                ChartStyle.band(u.band()),
                null,
                null));
      }
      String title =
          "Chỉ số CCHC năm " + year + " – " + bloc.labelVi() + partLabel(parts, p, "hạng");
      out.add(
          new ChartSpec(
              id("xep-hang", bloc.bloc(), parts, p),
              title,
              HorizontalBars.build(
                  style,
                  title,
                  "Chỉ số CCHC (%)",
                  bars,
                  0,
                  105,
                  bloc.keyFigures().averagePct(),
                  "Trung bình " + Formats.pct(bloc.keyFigures().averagePct()),
                  HorizontalBars.legend(style, bandLabels, bandColours)),
              HorizontalBars.WIDTH,
              HorizontalBars.height(bars.size())));
    }
    return out;
  }

  /** Self-assessed minus appraised points as a share of the self score, outliers in red. */
  public List<ChartSpec> gaps(int year, BlocReport bloc) {
    List<ChartSpec> out = new ArrayList<>();
    List<AppraisalGap> gaps = bloc.gaps().stream().filter(g -> g.gapPct() != null).toList();
    if (gaps.isEmpty()) {
      return out;
    }
    double max = gaps.stream().mapToDouble(AppraisalGap::gapPct).max().orElse(0);
    double min = gaps.stream().mapToDouble(AppraisalGap::gapPct).min().orElse(0);
    List<List<AppraisalGap>> parts = parts(gaps);
    for (int p = 0; p < parts.size(); p++) {
      List<Bar> bars = new ArrayList<>();
      for (AppraisalGap g : parts.get(p)) {
        bars.add(
            new Bar(
                g.unit().name(),
                g.gapPct(),
                g.outlier() ? ChartStyle.OUTLIER : ChartStyle.THIS_YEAR,
                null,
                null));
      }
      String title =
          "Chênh lệch điểm tự đánh giá và điểm thẩm định năm "
              + year
              + " – "
              + bloc.labelVi()
              + partLabel(parts, p, "đơn vị");
      out.add(
          new ChartSpec(
              id("chenh-lech", bloc.bloc(), parts, p),
              title,
              HorizontalBars.build(
                  style,
                  title,
                  "Chênh lệch (% điểm tự đánh giá)",
                  bars,
                  Math.min(0, Math.floor(min) - 1),
                  Math.ceil(max * 1.15) + 1,
                  null,
                  null,
                  HorizontalBars.legend(
                      style,
                      List.of("Trong phạm vi thông thường", "Bất thường (ngoại lai)"),
                      List.of(ChartStyle.THIS_YEAR, ChartStyle.OUTLIER))),
              HorizontalBars.WIDTH,
              HorizontalBars.height(bars.size())));
    }
    return out;
  }

  /** Each unit's overall satisfaction with its 95 % interval; small samples grey. */
  public List<ChartSpec> satisfactionUnits(
      int year, String bloc, String blocLabel, List<UnitResult> units) {
    List<ChartSpec> out = new ArrayList<>();
    List<UnitResult> sorted =
        units.stream()
            .sorted(
                Comparator.comparingDouble(UnitResult::satisfiedPct)
                    .reversed()
                    .thenComparing(u -> u.unit().key()))
            .toList();
    List<List<UnitResult>> parts = parts(sorted);
    for (int p = 0; p < parts.size(); p++) {
      List<Bar> bars = new ArrayList<>();
      for (UnitResult u : parts.get(p)) {
        String name = u.unit().name();
        bars.add(
            new Bar(
                u.smallSample() ? name + " (*)" : name,
                u.satisfiedPct(),
                u.smallSample() ? ChartStyle.NEUTRAL : ChartStyle.THIS_YEAR,
                u.lowPct(),
                u.highPct()));
      }
      String title =
          "Tỷ lệ hài lòng chung năm " + year + " – " + blocLabel + partLabel(parts, p, "đơn vị");
      out.add(
          new ChartSpec(
              id("hai-long", bloc, parts, p),
              title,
              HorizontalBars.build(
                  style,
                  title,
                  "Tỷ lệ người dân hài lòng (%), khoảng tin cậy 95%",
                  bars,
                  0,
                  109,
                  null,
                  null,
                  HorizontalBars.legend(
                      style,
                      List.of("Đủ mẫu", "(*) Mẫu nhỏ: kết quả chỉ mang tính tham khảo"),
                      List.of(ChartStyle.THIS_YEAR, ChartStyle.NEUTRAL))),
              HorizontalBars.WIDTH,
              HorizontalBars.height(bars.size())));
    }
    return out;
  }

  /**
   * Today's communes coloured by the band of the year (restated as-is before the 2025
   * restructuring).
   */
  public ChartSpec communeMap(MapFigure map) {
    return CommuneMapChart.build(style, map, boundaries);
  }

  /**
   * The bloc's average component index per field against last year: bars, then the radar; none when
   * the bloc has no field.
   */
  public List<ChartSpec> fields(AnnualReport report, BlocReport bloc) {
    return FieldCharts.build(style, report, bloc);
  }

  /** Satisfaction per SIPAS component and bloc with 95 % intervals; none without a survey. */
  public List<ChartSpec> satisfactionComponents(AnnualReport report) {
    return SatisfactionCharts.components(style, report);
  }

  static <T> List<List<T>> parts(List<T> all) {
    List<List<T>> parts = new ArrayList<>();
    int n = (all.size() + PER_CHART - 1) / PER_CHART;
    if (n == 0) {
      return parts;
    }
    int size = (all.size() + n - 1) / n;
    for (int i = 0; i < all.size(); i += size) {
      parts.add(all.subList(i, Math.min(all.size(), i + size)));
    }
    return parts;
  }

  private static String partLabel(List<? extends List<?>> parts, int p, String what) {
    if (parts.size() == 1) {
      return "";
    }
    int from = 1;
    for (int i = 0; i < p; i++) {
      from += parts.get(i).size();
    }
    return " (" + what + " " + from + "–" + (from + parts.get(p).size() - 1) + ")";
  }

  private static String id(String kind, String bloc, List<? extends List<?>> parts, int p) {
    return ChartSpec.blocId(kind, bloc) + (parts.size() > 1 ? "-" + (p + 1) : "");
  }

  /** All charts of the report in PDF order. */
  public List<ChartSpec> all(AnnualReport report) {
    List<ChartSpec> out = new ArrayList<>();
    for (BlocReport b : report.blocs()) {
      out.addAll(ranking(report.year(), b));
      if (Bloc.XA.name().equals(b.bloc()) && report.communeMap() != null) {
        out.add(communeMap(report.communeMap()));
      }
      out.addAll(fields(report, b));
      out.addAll(HeatmapChart.build(style, report.year(), b));
      out.addAll(gaps(report.year(), b));
    }
    out.addAll(satisfactionComponents(report));
    for (BlocReport b : report.blocs()) {
      out.addAll(
          satisfactionUnits(
              report.year(),
              b.bloc(),
              b.labelVi(),
              report.satisfaction().units().stream()
                  .filter(u -> u.bloc().equals(b.bloc()))
                  .toList()));
    }
    out.addAll(InspectionChart.build(style, report));
    return out;
  }
}
