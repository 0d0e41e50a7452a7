package vn.cchc.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Paint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.plot.DefaultDrawingSupplier;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.RectangleInsets;
import vn.cchc.report.font.ReportFonts;

/**
 * One look for every chart: DejaVu Sans on every text element (never a logical font), flat bars,
 * white background, the band colours.
 */
public final class ChartStyle {
  public static final Color GRID = new Color(0xDD, 0xDD, 0xDD);
  public static final Color TEXT = new Color(0x22, 0x22, 0x22);
  public static final Color THIS_YEAR = new Color(0x1F, 0x5F, 0xA8);
  public static final Color LAST_YEAR = new Color(0xA9, 0xC4, 0xE4);
  public static final Color OUTLIER = new Color(0xC0, 0x39, 0x2B);
  public static final Color NEUTRAL = new Color(0x7F, 0x8C, 0x8D);
  public static final Color AVERAGE = new Color(0x44, 0x44, 0x44);
  static final Paint[] SERIES = {
    THIS_YEAR, new Color(0xE6, 0x7E, 0x22), new Color(0x27, 0xAE, 0x60), LAST_YEAR
  };

  private final ReportFonts fonts;
  private final StandardChartTheme theme;

  public ChartStyle(ReportFonts fonts) {
    this.fonts = fonts;
    StandardChartTheme t = new StandardChartTheme("cchc");
    t.setExtraLargeFont(fonts.bold(11f));
    t.setLargeFont(fonts.bold(9f));
    t.setRegularFont(fonts.regular(8f));
    t.setSmallFont(fonts.regular(7f));
    t.setChartBackgroundPaint(Color.WHITE);
    t.setPlotBackgroundPaint(Color.WHITE);
    t.setDomainGridlinePaint(GRID);
    t.setRangeGridlinePaint(GRID);
    t.setAxisLabelPaint(TEXT);
    t.setTickLabelPaint(TEXT);
    t.setItemLabelPaint(TEXT);
    t.setLegendItemPaint(TEXT);
    t.setTitlePaint(TEXT);
    t.setBarPainter(new StandardBarPainter());
    t.setXYBarPainter(new StandardXYBarPainter());
    t.setShadowVisible(false);
    t.setAxisOffset(RectangleInsets.ZERO_INSETS);
    t.setDrawingSupplier(
        new DefaultDrawingSupplier(
            SERIES,
            DefaultDrawingSupplier.DEFAULT_FILL_PAINT_SEQUENCE,
            DefaultDrawingSupplier.DEFAULT_OUTLINE_PAINT_SEQUENCE,
            new java.awt.Stroke[] {new BasicStroke(1.5f)},
            DefaultDrawingSupplier.DEFAULT_OUTLINE_STROKE_SEQUENCE,
            DefaultDrawingSupplier.DEFAULT_SHAPE_SEQUENCE));
    this.theme = t;
  }

  public Font regular(float size) {
    return fonts.regular(size);
  }

  public Font bold(float size) {
    return fonts.bold(size);
  }

  /** Applies the theme, then the fonts of the parts the theme does not reach. */
  JFreeChart apply(JFreeChart chart) {
    theme.apply(chart);
    chart.setAntiAlias(true);
    chart.setTextAntiAlias(true);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(4, 4, 4, 8));
    TextTitle title = chart.getTitle();
    if (title != null) {
      title.setFont(fonts.bold(10f));
    }
    for (int i = 0; i < chart.getSubtitleCount(); i++) {
      if (chart.getSubtitle(i) instanceof LegendTitle legend) {
        legend.setItemFont(fonts.regular(8f));
        legend.setFrame(org.jfree.chart.block.BlockBorder.NONE);
      } else if (chart.getSubtitle(i) instanceof TextTitle t) {
        t.setFont(fonts.regular(8f));
      }
    }
    return chart;
  }

  /** Legends sit above the plot, so that a tall chart shows them next to its title. */
  static void styleLegend(JFreeChart chart) {
    LegendTitle legend = chart.getLegend();
    if (legend != null) {
      legend.setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
    }
  }

  /**
   * Band colours of the published charts: A green, B blue, C amber, D red, below every band grey.
   */
  public static Color band(String band) {
    if (band == null) {
      return NEUTRAL;
    }
    return switch (band) {
      case "A" -> new Color(0x2E, 0x8B, 0x57);
      case "B" -> new Color(0x2F, 0x6F, 0xB5);
      case "C" -> new Color(0xE0, 0x9F, 0x1F);
      case "D" -> new Color(0xC0, 0x39, 0x2B);
      default -> NEUTRAL;
    };
  }
}
