package vn.cchc.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.SymbolAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.LookupPaintScale;
import org.jfree.chart.renderer.xy.XYBlockRenderer;
import org.jfree.chart.title.PaintScaleLegend;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.DefaultXYZDataset;
import vn.cchc.report.model.BlocReport;
import vn.cchc.report.model.BlocReport.FieldAverage;
import vn.cchc.report.model.BlocReport.HeatmapRow;
import vn.cchc.report.text.Formats;

/**
 * Units (rows, in rank order) × fields (columns): the share of the field's points each unit
 * obtained, with the value printed in every cell so that the chart reads in black and white too.
 */
final class HeatmapChart {
  static final double ROW = 11;

  private HeatmapChart() {}

  static LookupPaintScale scale() {
    LookupPaintScale s = new LookupPaintScale(0, 100.0001, new Color(0xC0, 0x39, 0x2B));
    s.add(50, new Color(0xE6, 0x7E, 0x22));
    s.add(70, new Color(0xF4, 0xD0, 0x3F));
    s.add(85, new Color(0xA9, 0xDF, 0xBF));
    s.add(95, new Color(0x2E, 0x8B, 0x57));
    return s;
  }

  static List<ChartSpec> build(ChartStyle style, int year, BlocReport bloc) {
    List<ChartSpec> out = new ArrayList<>();
    if (bloc.heatmap().isEmpty() || bloc.fields().isEmpty()) {
      return out;
    }
    List<List<HeatmapRow>> parts = ReportCharts.parts(bloc.heatmap());
    int from = 1;
    for (int p = 0; p < parts.size(); p++) {
      List<HeatmapRow> rows = parts.get(p);
      String title =
          "Tỷ lệ điểm đạt được theo lĩnh vực năm "
              + year
              + " – "
              + bloc.labelVi()
              + (parts.size() > 1 ? " (hạng " + from + "–" + (from + rows.size() - 1) + ")" : "");
      from += rows.size();
      String id =
          ChartSpec.blocId("ban-do-nhiet", bloc.bloc()) + (parts.size() > 1 ? "-" + (p + 1) : "");
      out.add(
          new ChartSpec(
              id, title, chart(style, title, bloc.fields(), rows), 500, 110 + ROW * rows.size()));
    }
    return out;
  }

  private static JFreeChart chart(
      ChartStyle style, String title, List<FieldAverage> fields, List<HeatmapRow> rows) {
    int n = rows.size();
    List<double[]> cells = new ArrayList<>();
    for (int r = 0; r < n; r++) {
      List<Double> pcts = rows.get(r).fieldPcts();
      for (int c = 0; c < fields.size(); c++) {
        if (c < pcts.size() && pcts.get(c) != null) {
          // row 0 at the top: y counts down from the first-ranked unit
          cells.add(new double[] {c, n - 1 - r, pcts.get(c)});
        }
      }
    }
    double[][] series = new double[3][cells.size()];
    for (int i = 0; i < cells.size(); i++) {
      series[0][i] = cells.get(i)[0];
      series[1][i] = cells.get(i)[1];
      series[2][i] = cells.get(i)[2];
    }
    DefaultXYZDataset data = new DefaultXYZDataset();
    data.addSeries("pct", series);
    String[] fieldLabels = fields.stream().map(f -> "LV " + f.fieldCode()).toArray(String[]::new);
    String[] unitLabels = new String[n];
    for (int r = 0; r < n; r++) {
      HeatmapRow row = rows.get(n - 1 - r);
      unitLabels[r] = row.rank() + ". " + row.unit().name();
    }
    SymbolAxis x = new SymbolAxis(null, fieldLabels);
    x.setGridBandsVisible(false);
    SymbolAxis y = new SymbolAxis(null, unitLabels);
    y.setGridBandsVisible(false);
    XYBlockRenderer renderer = new XYBlockRenderer();
    LookupPaintScale scale = scale();
    renderer.setPaintScale(scale);
    XYPlot plot = new XYPlot(data, x, y, renderer);
    plot.setDomainAxisLocation(AxisLocation.TOP_OR_LEFT);
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinesVisible(false);
    plot.setOutlineVisible(false);
    JFreeChart chart = new JFreeChart(title, null, plot, false);
    NumberAxis legendAxis = new NumberAxis("Tỷ lệ điểm đạt (%)");
    legendAxis.setRange(0, 100);
    legendAxis.setNumberFormatOverride(Formats.axis("0"));
    PaintScaleLegend legend = new PaintScaleLegend(scale, legendAxis);
    legend.setPosition(RectangleEdge.BOTTOM);
    legend.setMargin(new RectangleInsets(4, 60, 2, 60));
    legend.setStripWidth(8);
    chart.addSubtitle(legend);
    style.apply(chart);
    x.setTickLabelFont(style.bold(7.5f));
    y.setTickLabelFont(style.regular(7f));
    legendAxis.setTickLabelFont(style.regular(7f));
    legendAxis.setLabelFont(style.regular(7.5f));
    // after the theme, which repaints annotations in its text colour
    for (double[] c : cells) {
      XYTextAnnotation label = new XYTextAnnotation(Formats.decimal(c[2], 1), c[0], c[1]);
      label.setFont(style.regular(6.5f));
      label.setPaint(c[2] >= 95 || c[2] < 50 ? Color.WHITE : Color.BLACK);
      plot.addAnnotation(label, false);
    }
    return chart;
  }
}
