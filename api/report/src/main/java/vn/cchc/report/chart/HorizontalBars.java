package vn.cchc.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.DefaultCategoryDataset;
import vn.cchc.report.text.Formats;

/**
 * One horizontal bar per unit (or per field), a colour per bar, optional error bars and a reference
 * line: the shape of the ranking, gap and satisfaction charts. Labels are made unique so that two
 * units with the same name keep two bars.
 */
final class HorizontalBars {
  /** Height of one bar row in points; the chart grows with the number of bars. */
  static final double ROW = 11.5;

  static final double WIDTH = 500;

  record Bar(String label, double value, Paint paint, Double low, Double high) {}

  private HorizontalBars() {}

  static double height(int bars) {
    return Math.max(160, 70 + ROW * bars);
  }

  static JFreeChart build(
      ChartStyle style,
      String title,
      String valueLabel,
      List<Bar> bars,
      double lower,
      double upper,
      Double reference,
      String referenceLabel,
      LegendItemCollection legend) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    IntervalBarRenderer renderer = new IntervalBarRenderer();
    Set<String> seen = new HashSet<>();
    List<String> labels = new ArrayList<>();
    for (Bar b : bars) {
      String label = b.label();
      while (!seen.add(label)) {
        label = label + " ";
      }
      labels.add(label);
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      data.addValue(b.value(), "v", labels.get(i));
      renderer.paint(0, i, b.paint());
      if (b.low() != null && b.high() != null) {
        renderer.interval(0, i, b.low(), b.high());
      }
    }
    CategoryAxis domain = new CategoryAxis(null);
    domain.setMaximumCategoryLabelWidthRatio(0.42f);
    domain.setCategoryMargin(0.25);
    domain.setLowerMargin(0.01);
    domain.setUpperMargin(0.01);
    NumberAxis range = new NumberAxis(valueLabel);
    range.setRange(lower, upper);
    range.setNumberFormatOverride(Formats.axis("0"));
    CategoryPlot plot = new CategoryPlot(data, domain, range, renderer);
    plot.setOrientation(PlotOrientation.HORIZONTAL);
    plot.setRangeAxisLocation(org.jfree.chart.axis.AxisLocation.BOTTOM_OR_LEFT);
    renderer.setMaximumBarWidth(0.9);
    renderer.setDrawBarOutline(false);
    renderer.setDefaultItemLabelGenerator(
        new StandardCategoryItemLabelGenerator("{2}", Formats.axis("0.00")));
    // with error bars the value would sit on the whisker; the tables give the values
    renderer.setDefaultItemLabelsVisible(bars.stream().noneMatch(b -> b.low() != null));
    renderer.setDefaultPositiveItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
    renderer.setDefaultNegativeItemLabelPosition(
        new ItemLabelPosition(ItemLabelAnchor.OUTSIDE9, TextAnchor.CENTER_RIGHT));
    renderer.setItemLabelAnchorOffset(3);
    if (reference != null) {
      ValueMarker marker =
          new ValueMarker(
              reference,
              ChartStyle.AVERAGE,
              new BasicStroke(
                  1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[] {4f, 3f}, 0f));
      plot.addRangeMarker(marker, org.jfree.chart.ui.Layer.FOREGROUND);
      if (legend != null) {
        LegendItem item =
            new LegendItem(
                referenceLabel,
                null,
                null,
                null,
                new java.awt.geom.Line2D.Double(-7, 0, 7, 0),
                marker.getStroke(),
                ChartStyle.AVERAGE);
        item.setLabelFont(style.regular(8f));
        legend.add(item);
      }
    }
    plot.setFixedLegendItems(legend);
    JFreeChart chart =
        new JFreeChart(title, null, plot, legend != null && legend.getItemCount() > 0);
    ChartStyle.styleLegend(chart);
    style.apply(chart);
    domain.setTickLabelFont(style.regular(7f));
    range.setTickLabelFont(style.regular(7f));
    range.setLabelFont(style.regular(8f));
    renderer.setDefaultItemLabelFont(style.regular(6.5f));
    return chart;
  }

  static LegendItemCollection legend(ChartStyle style, List<String> labels, List<Color> colours) {
    LegendItemCollection items = new LegendItemCollection();
    for (int i = 0; i < labels.size(); i++) {
      LegendItem item = new LegendItem(labels.get(i), colours.get(i));
      item.setLabelFont(style.regular(8f));
      items.add(item);
    }
    return items;
  }
}
