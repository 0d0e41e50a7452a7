package vn.cchc.report.chart;

import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.report.model.AnnualReport;
import vn.cchc.report.model.SatisfactionSection.ComponentResult;
import vn.cchc.report.text.Formats;

/**
 * Satisfaction per SIPAS component and bloc, pooled over the bloc's respondents, with 95 %
 * intervals.
 */
final class SatisfactionCharts {
  private SatisfactionCharts() {}

  static List<ChartSpec> components(ChartStyle style, AnnualReport report) {
    List<ComponentResult> results = report.satisfaction().components();
    if (results.isEmpty()) {
      return List.of();
    }
    String title = "Tỷ lệ hài lòng theo thành phần năm " + report.year() + " (khoảng tin cậy 95%)";
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    IntervalBarRenderer renderer = new IntervalBarRenderer();
    for (ComponentResult r : results) {
      data.addValue(r.satisfiedPct(), Bloc.valueOf(r.bloc()).labelVi(), r.componentLabelVi());
    }
    for (ComponentResult r : results) {
      renderer.interval(
          data.getRowIndex(Bloc.valueOf(r.bloc()).labelVi()),
          data.getColumnIndex(r.componentLabelVi()),
          r.lowPct(),
          r.highPct());
    }
    CategoryAxis domain = new CategoryAxis(null);
    domain.setMaximumCategoryLabelWidthRatio(0.35f);
    domain.setMaximumCategoryLabelLines(3);
    NumberAxis range = new NumberAxis("Tỷ lệ người trả lời hài lòng, rất hài lòng (%)");
    range.setRange(0, 108);
    range.setNumberFormatOverride(Formats.axis("0"));
    renderer.setDrawBarOutline(false);
    renderer.setItemMargin(0.05);
    CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart(title, null, plot, true);
    ChartStyle.styleLegend(chart);
    style.apply(chart);
    renderer.setSeriesPaint(0, ChartStyle.THIS_YEAR);
    renderer.setSeriesPaint(1, new java.awt.Color(0xE6, 0x7E, 0x22));
    renderer.setSeriesPaint(2, new java.awt.Color(0x27, 0xAE, 0x60));
    domain.setTickLabelFont(style.regular(7.5f));
    range.setTickLabelFont(style.regular(7f));
    range.setLabelFont(style.regular(8f));
    double height = 90 + data.getColumnCount() * data.getRowCount() * 14.0;
    return List.of(new ChartSpec("hai-long-thanh-phan", title, chart, 500, height));
  }
}
