package vn.cchc.report.chart;

import java.util.Locale;
import org.jfree.chart.JFreeChart;

/**
 * A chart of the report: its file name stem (ASCII, stable across runs), its caption, the chart,
 * and its size in points (1/72 inch) as laid out on the page.
 */
public record ChartSpec(String id, String caption, JFreeChart chart, double width, double height) {

  /**
   * The id of a bloc's chart of one kind, e.g. {@code xep-hang-so}; a long bloc's parts add {@code
   * -N}.
   */
  public static String blocId(String kind, String bloc) {
    return kind + "-" + bloc.toLowerCase(Locale.ROOT);
  }
}
