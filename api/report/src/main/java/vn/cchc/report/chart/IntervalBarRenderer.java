package vn.cchc.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.CategoryItemRendererState;
import org.jfree.data.category.CategoryDataset;

/**
 * Bars with a colour per item and, where an interval is given, an error bar (a 95 % interval) drawn
 * over the bar: the asymmetric Wilson intervals of the satisfaction charts, which JFreeChart's
 * statistical renderer (mean ± deviation) cannot draw.
 */
final class IntervalBarRenderer extends BarRenderer {
  private static final long serialVersionUID = 1L;
  private final Map<String, Paint> itemPaints = new HashMap<>();
  private final Map<String, double[]> intervals = new HashMap<>();

  void paint(int row, int column, Paint paint) {
    itemPaints.put(row + ":" + column, paint);
  }

  void interval(int row, int column, double low, double high) {
    intervals.put(row + ":" + column, new double[] {low, high});
  }

  @Override
  public Paint getItemPaint(int row, int column) {
    Paint p = itemPaints.get(row + ":" + column);
    return p != null ? p : super.getItemPaint(row, column);
  }

  @Override
  public void drawItem(
      Graphics2D g2,
      CategoryItemRendererState state,
      Rectangle2D dataArea,
      CategoryPlot plot,
      CategoryAxis domainAxis,
      ValueAxis rangeAxis,
      CategoryDataset dataset,
      int row,
      int column,
      int pass) {
    super.drawItem(g2, state, dataArea, plot, domainAxis, rangeAxis, dataset, row, column, pass);
    double[] interval = intervals.get(row + ":" + column);
    if (interval == null || pass != 0) {
      return;
    }
    PlotOrientation orientation = plot.getOrientation();
    double w0 = calculateBarW0(plot, orientation, dataArea, domainAxis, state, row, column);
    double middle = w0 + state.getBarWidth() / 2.0;
    double cap = Math.min(3.0, state.getBarWidth() / 3.0);
    double lo = rangeAxis.valueToJava2D(interval[0], dataArea, plot.getRangeAxisEdge());
    double hi = rangeAxis.valueToJava2D(interval[1], dataArea, plot.getRangeAxisEdge());
    g2.setPaint(Color.BLACK);
    g2.setStroke(new BasicStroke(0.8f));
    if (orientation == PlotOrientation.HORIZONTAL) {
      g2.draw(new Line2D.Double(lo, middle, hi, middle));
      g2.draw(new Line2D.Double(lo, middle - cap, lo, middle + cap));
      g2.draw(new Line2D.Double(hi, middle - cap, hi, middle + cap));
    } else {
      g2.draw(new Line2D.Double(middle, lo, middle, hi));
      g2.draw(new Line2D.Double(middle - cap, lo, middle + cap, lo));
      g2.draw(new Line2D.Double(middle - cap, hi, middle + cap, hi));
    }
  }
}
