package vn.cchc.report.chart;

import org.jfree.chart.JFreeChart;

/**
 * A chart of the report: its file name stem (ASCII, stable across runs), its caption, the chart, and its
 * size in points (1/72 inch) as laid out on the page.
 */
public record ChartSpec(String id, String caption, JFreeChart chart, double width, double height) {}
