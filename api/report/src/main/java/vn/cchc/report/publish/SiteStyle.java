package vn.cchc.report.publish;

import java.awt.Color;
import java.util.List;
import java.util.Locale;
import vn.cchc.report.chart.ChartStyle;

/**
 * The site's one style sheet: plain CSS for a screen, a phone and paper. The band colours are the
 * charts' ({@link ChartStyle#band}), so that a table's band and the map's colour agree.
 */
final class SiteStyle {
  static final String FILE = "assets/trang.css";

  /** The bands the methodology uses; "" is below every band. */
  static final List<String> BANDS = List.of("A", "B", "C", "D", "");

  private SiteStyle() {}

  /** The class of a band's colour swatch: {@code xl-A}, or {@code xl-duoi} below every band. */
  static String bandClass(String band) {
    return band == null || band.isEmpty() ? "xl-duoi" : "xl-" + band;
  }

  static String css() {
    StringBuilder s =
        new StringBuilder(
            """
            * { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
            body { margin: 0; font-family: "DejaVu Sans", Verdana, Arial, sans-serif; font-size: 16px;
              line-height: 1.5; color: #222; background: #fff; }
            a { color: #1f5fa8; }
            .dau-trang { background: #1f5fa8; color: #fff; padding: 1rem; }
            .dau-trang a { color: #fff; }
            .dau-trang-noi, main, .chan-trang-noi { max-width: 64rem; margin: 0 auto; }
            .co-quan { margin: 0; font-size: .85rem; text-transform: uppercase; letter-spacing: .03em; }
            h1 { margin: .25rem 0 .75rem; font-size: 1.5rem; line-height: 1.25; }
            nav ul { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1rem; }
            nav a { display: inline-block; padding: .2rem 0; }
            nav a[aria-current="page"] { font-weight: bold; text-decoration: none; border-bottom: 2px solid #fff; }
            main { padding: 1rem; }
            h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; padding-bottom: .25rem; border-bottom: 1px solid #ddd; }
            h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
            .cuon { overflow-x: auto; margin: .5rem 0 1rem; }
            table { border-collapse: collapse; width: 100%; font-size: .9rem; }
            caption { text-align: left; font-weight: bold; padding: .25rem 0; }
            th, td { border: 1px solid #ddd; padding: .3rem .5rem; text-align: left; vertical-align: top; }
            thead th { background: #f2f5f9; }
            tbody tr:nth-child(even) { background: #fafafa; }
            .so { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
            th.so { white-space: normal; }
            td:not(.so) { min-width: 9rem; }
            .xl { white-space: nowrap; }
            .o { display: inline-block; width: .8em; height: .8em; margin-right: .35em;
              border: 1px solid rgba(0, 0, 0, .3); -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            .moi { font-style: italic; }
            figure { margin: 1rem 0; }
            figure img { display: block; width: 100%; max-width: 50rem; height: auto; }
            figcaption, .ghi-chu { font-size: .85rem; color: #555; }
            footer { margin-top: 2rem; padding: 1rem; border-top: 1px solid #ddd; background: #f7f7f7;
              font-size: .85rem; color: #444; }
            footer p { margin: .25rem 0; }
            @media (max-width: 40rem) {
              body { font-size: 15px; }
              h1 { font-size: 1.25rem; }
              main { padding: .75rem; }
              th, td { padding: .25rem .35rem; }
            }
            @media print {
              body { font-size: 11pt; }
              .dau-trang { background: none; color: #000; padding: 0 0 .5rem; border-bottom: 1px solid #000; }
              .dau-trang a, a { color: #000; text-decoration: none; }
              nav { display: none; }
              main { max-width: none; padding: 0; }
              .cuon { overflow: visible; }
              thead { display: table-header-group; }
              tr, figure { break-inside: avoid; }
              h2, h3 { break-after: avoid; }
              footer { background: none; }
            }
            """);
    for (String band : BANDS) {
      s.append('.')
          .append(bandClass(band))
          .append(" { background: ")
          .append(hex(ChartStyle.band(band.isEmpty() ? null : band)))
          .append("; }\n");
    }
    return s.toString();
  }

  static String hex(Color c) {
    return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
  }
}
