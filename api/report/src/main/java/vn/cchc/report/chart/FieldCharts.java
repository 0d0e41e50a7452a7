package vn.cchc.report.chart;

import java.awt.BasicStroke;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.SpiderWebPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.cchc.report.model.AnnualReport;
import vn.cchc.report.model.BlocReport;
import vn.cchc.report.model.BlocReport.FieldAverage;
import vn.cchc.report.text.Formats;

/**
 * The bloc's average component index per field: this year against last year as bars, and as a
 * radar.
 */
final class FieldCharts {
  private FieldCharts() {}

  static List<ChartSpec> build(ChartStyle style, AnnualReport report, BlocReport bloc) {
    if (bloc.fields().isEmpty()) {
      return List.of();
    }
    return List.of(bars(style, report, bloc), radar(style, report, bloc));
  }

  static String fieldLabel(FieldAverage f) {
    return f.fieldCode() + ". " + f.fieldName();
  }

  private static DefaultCategoryDataset dataset(
      AnnualReport report, BlocReport bloc, boolean shortLabels) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    String now = "Năm " + report.year();
    for (FieldAverage f : bloc.fields()) {
      data.addValue(f.averagePct(), now, shortLabels ? shortLabel(f) : fieldLabel(f));
    }
    if (report.hasPreviousYear()
        && bloc.fields().stream().anyMatch(f -> f.previousAveragePct() != null)) {
      String before = "Năm " + report.previousYear();
      for (FieldAverage f : bloc.fields()) {
        data.addValue(f.previousAveragePct(), before, shortLabels ? shortLabel(f) : fieldLabel(f));
      }
    }
    return data;
  }

  private static ChartSpec bars(ChartStyle style, AnnualReport report, BlocReport bloc) {
    String title = "Chỉ số thành phần bình quân theo lĩnh vực – " + bloc.labelVi();
    DefaultCategoryDataset data = dataset(report, bloc, false);
    CategoryAxis domain = new CategoryAxis(null);
    domain.setMaximumCategoryLabelWidthRatio(0.45f);
    domain.setMaximumCategoryLabelLines(2);
    NumberAxis range = new NumberAxis("Tỷ lệ điểm đạt được (%)");
    range.setRange(0, 108);
    range.setNumberFormatOverride(Formats.axis("0"));
    BarRenderer renderer = new BarRenderer();
    renderer.setSeriesPaint(0, ChartStyle.THIS_YEAR);
    renderer.setSeriesPaint(1, ChartStyle.LAST_YEAR);
    renderer.setItemMargin(0.05);
    renderer.setDrawBarOutline(false);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", Formats.axis("0.0")));
    renderer.setDefaultItemLabelsVisible(true);
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setItemLabelAnchorOffset(2);
    CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart(title, null, plot, true);
    ChartStyle.styleLegend(chart);
    style.apply(chart);
    domain.setTickLabelFont(style.regular(7.5f));
    range.setTickLabelFont(style.regular(7f));
    range.setLabelFont(style.regular(8f));
    renderer.setDefaultItemLabelFont(style.regular(6.5f));
    renderer.setSeriesPaint(0, ChartStyle.THIS_YEAR);
    renderer.setSeriesPaint(1, ChartStyle.LAST_YEAR);
    double height = 90 + bloc.fields().size() * data.getRowCount() * 14.0;
    return new ChartSpec(ChartSpec.blocId("linh-vuc", bloc.bloc()), title, chart, 500, height);
  }

  private static ChartSpec radar(ChartStyle style, AnnualReport report, BlocReport bloc) {
    String title = "Chỉ số thành phần bình quân (biểu đồ radar) – " + bloc.labelVi();
    SpiderWebPlot plot = new SpiderWebPlot(dataset(report, bloc, true));
    plot.setMaxValue(100);
    plot.setStartAngle(90);
    plot.setInteriorGap(0.30);
    plot.setSeriesPaint(0, ChartStyle.THIS_YEAR);
    plot.setSeriesPaint(1, ChartStyle.LAST_YEAR);
    plot.setSeriesOutlineStroke(0, new BasicStroke(2f));
    plot.setSeriesOutlineStroke(1, new BasicStroke(1.5f));
    plot.setWebFilled(false);
    JFreeChart chart = new JFreeChart(title, null, plot, true);
    ChartStyle.styleLegend(chart);
    style.apply(chart);
    plot.setLabelFont(style.regular(7.5f));
    plot.setSeriesPaint(0, ChartStyle.THIS_YEAR);
    plot.setSeriesPaint(1, ChartStyle.LAST_YEAR);
    plot.setOutlineVisible(false);
    return new ChartSpec(ChartSpec.blocId("radar", bloc.bloc()), title, chart, 500, 360);
  }

  /** Radar labels sit around the circle: the field code and the first words of its name. */
  static String shortLabel(FieldAverage f) {
    String name = f.fieldName() == null ? "" : f.fieldName();
    List<String> words = new ArrayList<>(List.of(name.split(" ")));
    StringBuilder s = new StringBuilder(f.fieldCode()).append(". ");
    for (String w : words) {
      if (s.length() + w.length() > 24) {
        s.append("…");
        break;
      }
      s.append(w).append(' ');
    }
    return s.toString().strip();
  }
}
