package vn.cchc.report.chart;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import vn.cchc.report.geo.CommuneBoundaries;
import vn.cchc.report.geo.CommuneBoundaries.Commune;
import vn.cchc.report.model.MapFigure;
import vn.cchc.report.model.MapFigure.CommuneValue;
import vn.cchc.report.model.MapFigure.ScaleBand;
import vn.cchc.report.text.Formats;

/**
 * The communes of today's province coloured by the band of the report year, with the band legend
 * (units counted per band) and the source of the boundaries. A commune is coloured when a unit with
 * its code is valid on the boundaries' date and has a value; the others are light grey and counted
 * in the caption, and values the map cannot place are counted too.
 */
public final class CommuneMapChart {
  public static final String ID = "ban-do-xep-loai-xa";

  /** Prefix of each commune's SVG id; the GSO code follows. */
  public static final String AREA_ID_PREFIX = "xa-";

  /** Communes without a value: lighter than the grey of units below every band. */
  public static final Color NO_VALUE = new Color(0xE3, 0xE3, 0xE3);

  static final double WIDTH = 500;
  static final double HEIGHT = 480;

  private CommuneMapChart() {}

  /** What the map shows, counted: the caption's numbers. */
  public record Counts(int communes, int coloured, int withoutValue, int valuesOffMap) {}

  public static ChartSpec build(ChartStyle style, MapFigure map, CommuneBoundaries boundaries) {
    Map<String, CommuneValue> byCode = drawable(map);
    Map<String, Integer> perBand = new LinkedHashMap<>();
    List<ChoroplethPlot.Area> areas = new ArrayList<>();
    int coloured = 0;
    int below = 0;
    for (Commune c : boundaries.communes()) {
      CommuneValue v = byCode.get(c.wardCode());
      Color fill;
      String title;
      if (v == null) {
        fill = NO_VALUE;
        title = c.name() + " (" + c.wardCode() + "): không có số liệu";
      } else {
        coloured++;
        fill = ChartStyle.band(v.band());
        if (v.band() == null) {
          below++;
        } else {
          perBand.merge(v.band(), 1, Integer::sum);
        }
        title =
            c.name()
                + " ("
                + c.wardCode()
                + "): "
                + Formats.pct(v.indexPct())
                + ", "
                + (v.band() == null
                    ? "dưới mức xếp loại"
                    : "loại " + v.band() + " – " + v.bandLabel());
      }
      areas.add(new ChoroplethPlot.Area(c.wardCode(), title, c.outline(), fill));
    }
    int matched = coloured;
    Counts counts =
        new Counts(
            boundaries.size(),
            coloured,
            boundaries.size() - coloured,
            map.values().size() - matched);

    List<String> labels = new ArrayList<>();
    List<Color> colours = new ArrayList<>();
    for (ScaleBand b : map.scale()) {
      labels.add(
          "Loại " + b.band() + ": " + b.label() + " (" + perBand.getOrDefault(b.band(), 0) + ")");
      colours.add(ChartStyle.band(b.band()));
    }
    if (below > 0) {
      labels.add("Dưới mức xếp loại (" + below + ")");
      colours.add(ChartStyle.band(null));
    }
    if (counts.withoutValue() > 0) {
      labels.add("Không có số liệu (" + counts.withoutValue() + ")");
      colours.add(NO_VALUE);
    }
    LegendItemCollection legend = HorizontalBars.legend(style, labels, colours);
    ChoroplethPlot plot = new ChoroplethPlot(areas, AREA_ID_PREFIX, legend);
    plot.setInsets(new RectangleInsets(4, 4, 4, 4));
    String title = title(map);
    JFreeChart chart = new JFreeChart(title, null, plot, true);
    ChartStyle.styleLegend(chart);
    TextTitle source = new TextTitle(CommuneBoundaries.SOURCE_VI);
    source.setPosition(RectangleEdge.BOTTOM);
    source.setHorizontalAlignment(HorizontalAlignment.LEFT);
    chart.addSubtitle(source);
    style.apply(chart);
    source.setFont(style.regular(6f));
    source.setPaint(ChartStyle.NEUTRAL);
    return new ChartSpec(ID, caption(map, counts), chart, WIDTH, HEIGHT);
  }

  static String title(MapFigure map) {
    return map.restated()
        ? "Xếp loại Chỉ số CCHC năm "
            + map.year()
            + " quy đổi về xã, phường, đặc khu hiện nay (AS_IS)"
        : "Xếp loại Chỉ số CCHC năm " + map.year() + " theo xã, phường, đặc khu";
  }

  /**
   * The caption the PDF prints under the map: what is coloured, what is grey and why, the rule, the
   * source.
   */
  public static String caption(MapFigure map, Counts counts) {
    StringBuilder s = new StringBuilder();
    s.append("Bản đồ xếp loại Chỉ số CCHC năm ")
        .append(map.year())
        .append(" của các xã, phường, đặc khu ")
        .append(CommuneBoundaries.PROVINCE_VI)
        .append(" (ranh giới từ ")
        .append(Formats.date(map.mapDate()))
        .append("): ")
        .append(counts.coloured())
        .append("/")
        .append(counts.communes())
        .append(" đơn vị tô màu theo xếp loại, ")
        .append(counts.withoutValue())
        .append(" đơn vị không có số liệu (màu xám nhạt)");
    if (counts.valuesOffMap() > 0) {
      s.append("; ")
          .append(counts.valuesOffMap())
          .append(
              " đơn vị có số liệu không có trên bản đồ (đơn vị không"
                  + " còn hoặc chưa có hiệu lực vào ngày ")
          .append(Formats.date(map.mapDate()))
          .append(")");
    }
    s.append(". Màu theo xếp loại năm ").append(map.year());
    if (map.restated()) {
      s.append("; năm trước ")
          .append(map.mapDate().getYear())
          .append(
              " quy đổi về đơn vị hiện nay (AS_IS) theo tỷ trọng kế thừa, xếp loại theo thang điểm năm ")
          .append(map.year());
    }
    s.append(". ").append(CommuneBoundaries.SOURCE_VI).append('.');
    return s.toString();
  }

  /** The values a commune of the map can take: versions valid on the map's date, by code. */
  static Map<String, CommuneValue> drawable(MapFigure map) {
    Map<String, CommuneValue> byCode = new LinkedHashMap<>();
    for (CommuneValue v : map.values()) {
      if (!v.onMapDate()) {
        continue;
      }
      CommuneValue before = byCode.put(v.unit().code(), v);
      if (before != null) {
        throw new IllegalStateException(
            "Cannot draw the commune map of "
                + map.year()
                + ": code "
                + v.unit().code()
                + " has two values ("
                + before.unit().key()
                + ", "
                + v.unit().key()
                + ")");
      }
    }
    return byCode;
  }
}
