package vn.cchc.report.chart;

import java.awt.Color;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.StackedBarRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.cchc.report.model.AnnualReport;
import vn.cchc.report.model.InspectionSection.FieldOutcome;
import vn.cchc.report.text.Formats;

/** Findings of the year's inspections per field or topic, stacked by remediation status. */
final class InspectionChart {
  private InspectionChart() {}

  static List<ChartSpec> build(ChartStyle style, AnnualReport report) {
    List<FieldOutcome> fields = report.inspections().byField();
    if (fields.isEmpty()) {
      return List.of();
    }
    String title =
        "Tồn tại, hạn chế phát hiện qua kiểm tra năm "
            + report.year()
            + " và tình trạng khắc phục (đến "
            + Formats.date(report.asOfDate())
            + ")";
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (FieldOutcome f : fields) {
      data.addValue(f.remediatedOnTime(), "Khắc phục đúng hạn", f.fieldLabelVi());
      data.addValue(f.remediatedLate(), "Khắc phục trễ hạn", f.fieldLabelVi());
      data.addValue(f.openNotOverdue(), "Chưa khắc phục, còn hạn", f.fieldLabelVi());
      data.addValue(f.overdue(), "Quá hạn chưa khắc phục", f.fieldLabelVi());
    }
    StackedBarRenderer renderer = new StackedBarRenderer();
    renderer.setDrawBarOutline(false);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", Formats.axis("0")) {
          private static final long serialVersionUID = 1L;

          @Override
          public String generateLabel(
              org.jfree.data.category.CategoryDataset dataset, int row, int column) {
            Number v = dataset.getValue(row, column);
            return v == null || v.intValue() == 0
                ? null
                : super.generateLabel(dataset, row, column);
          }
        });
    renderer.setDefaultItemLabelsVisible(true);
    CategoryAxis domain = new CategoryAxis(null);
    domain.setMaximumCategoryLabelWidthRatio(0.45f);
    domain.setMaximumCategoryLabelLines(2);
    NumberAxis range = new NumberAxis("Số tồn tại, hạn chế");
    range.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    range.setNumberFormatOverride(Formats.axis("0"));
    CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    JFreeChart chart = new JFreeChart(title, null, plot, true);
    ChartStyle.styleLegend(chart);
    style.apply(chart);
    domain.setTickLabelFont(style.regular(7.5f));
    range.setTickLabelFont(style.regular(7f));
    range.setLabelFont(style.regular(8f));
    renderer.setDefaultItemLabelFont(style.regular(6.5f));
    // after the theme, which resets series colours to its palette
    renderer.setSeriesPaint(0, new Color(0x2E, 0x8B, 0x57));
    renderer.setSeriesPaint(1, new Color(0xA9, 0xDF, 0xBF));
    renderer.setSeriesPaint(2, new Color(0xF4, 0xD0, 0x3F));
    renderer.setSeriesPaint(3, new Color(0xC0, 0x39, 0x2B));
    return List.of(
        new ChartSpec("kiem-tra-linh-vuc", title, chart, 500, 100 + fields.size() * 22.0));
  }
}
