package vn.cchc.report.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jfree.chart.title.TextTitle;
import vn.cchc.report.chart.ChartSpec;
import vn.cchc.report.geo.CommuneBoundaries;
import vn.cchc.report.model.UnitRef;
import vn.cchc.report.publish.PublicResults.PublicBloc;
import vn.cchc.report.text.Formats;

/**
 * What every page of the site shares: the document head, the issuer's banner with the navigation,
 * the footer with the release, the source and the boundaries' MIT notice, and the pieces of content
 * (a table, a figure, a band).
 */
final class SitePage {
  static final String INDEX = "index.html";
  static final String SATISFACTION = "hai-long.html";

  /** Tells a folder this command wrote from any other: it may be replaced by a new run. */
  static final String GENERATOR = "CCHC Analytics (./cchc publish)";

  static final String ISSUER = "Sở Nội vụ " + CommuneBoundaries.PROVINCE_VI;

  /** The boundaries' MIT notice, beside the map's SVG. */
  static final String LICENCE = SiteCharts.DIR + "/" + CommuneBoundaries.LICENCE_RESOURCE;

  private SitePage() {}

  /** The page of a bloc: {@code khoi-so.html}. */
  static String blocFile(String bloc) {
    return "khoi-" + bloc.toLowerCase(Locale.ROOT) + ".html";
  }

  /** The site's pages in navigation order: file and label. */
  static List<String[]> pages(PublicResults r) {
    List<String[]> pages = new ArrayList<>();
    pages.add(new String[] {INDEX, "Tổng quan"});
    for (PublicBloc b : r.blocs()) {
      pages.add(new String[] {blocFile(b.bloc()), b.labelVi()});
    }
    if (!r.satisfaction().isEmpty()) {
      pages.add(new String[] {SATISFACTION, "Mức độ hài lòng (SIPAS)"});
    }
    return pages;
  }

  /** A whole page: {@code body} writes what goes inside {@code <main>}. */
  static String render(PublicResults r, String file, String heading, Consumer<Html> body) {
    Html h = new Html().doctype();
    h.open("html", "lang", "vi");
    h.open("head");
    h.empty("meta", "charset", "utf-8");
    h.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
    h.empty("meta", "name", "generator", "content", GENERATOR);
    h.empty(
        "meta",
        "name",
        "description",
        "content",
        "Kết quả xác định Chỉ số cải cách hành chính năm "
            + r.year()
            + " của các cơ quan, đơn vị "
            + CommuneBoundaries.PROVINCE_VI
            + ", do "
            + ISSUER
            + " công bố.");
    h.element(
        "title", file.equals(INDEX) ? heading : heading + " – " + CommuneBoundaries.PROVINCE_VI);
    h.empty("link", "rel", "stylesheet", "href", SiteStyle.FILE);
    h.close("head");
    h.open("body");
    h.open("header", "class", "dau-trang");
    h.open("div", "class", "dau-trang-noi");
    h.element("p", "UBND " + CommuneBoundaries.PROVINCE_VI + " – Sở Nội vụ", "class", "co-quan");
    h.element("h1", heading);
    h.open("nav", "aria-label", "Các trang kết quả");
    h.open("ul");
    for (String[] p : pages(r)) {
      h.open("li")
          .element("a", p[1], "href", p[0], "aria-current", p[0].equals(file) ? "page" : null)
          .close("li");
    }
    h.close("ul").close("nav").close("div").close("header");
    h.open("main", "id", "noi-dung");
    body.accept(h);
    h.close("main");
    footer(h, r);
    h.close("body").close("html");
    return h.finish();
  }

  private static void footer(Html h, PublicResults r) {
    h.open("footer");
    h.open("div", "class", "chan-trang-noi");
    h.element(
        "p",
        "Nguồn số liệu: "
            + ISSUER
            + " – kết quả xác định Chỉ số CCHC năm "
            + r.year()
            + (r.surveyCode() == null
                ? ""
                : " và khảo sát mức độ hài lòng của người dân, tổ chức (" + r.surveyCode() + ")")
            + ", kho dữ liệu Chỉ số CCHC.");
    h.element(
        "p",
        "Bản phát hành dữ liệu: "
            + r.releaseId()
            + (r.asOfDate() == null ? "" : "; ngày công bố số liệu: " + Formats.date(r.asOfDate()))
            + ".");
    if (r.communeMap() != null) {
      h.open("p")
          .text(CommuneBoundaries.SOURCE_VI + " (")
          .element("a", "toàn văn giấy phép", "href", LICENCE)
          .text(").")
          .close("p");
    }
    h.element("p", "Trang được tạo tự động bằng " + GENERATOR + ".");
    h.close("div").close("footer");
  }

  /** A table cell showing a band with its colour. */
  record Band(String band, String label) {}

  /** A table cell for a unit without a previous value: "mới", with the reason as its tooltip. */
  record New(String reason) {
    static final String TEXT = "mới";
  }

  /** A table cell linking to another page of the site. */
  record Link(String text, String href) {}

  /**
   * A table, scrolling sideways on a narrow screen; {@code numeric} marks right-aligned columns. A
   * cell is a {@link String}, a {@link Band}, a {@link New} or a {@link Link}.
   */
  static void table(
      Html h,
      String id,
      String caption,
      List<String> header,
      boolean[] numeric,
      List<List<Object>> rows) {
    h.open("div", "class", "cuon");
    h.open("table", "id", id);
    h.element("caption", caption);
    h.open("thead").open("tr");
    for (int i = 0; i < header.size(); i++) {
      h.element("th", header.get(i), "scope", "col", "class", numeric[i] ? "so" : null);
    }
    h.close("tr").close("thead");
    h.open("tbody");
    for (List<Object> row : rows) {
      h.open("tr");
      for (int i = 0; i < row.size(); i++) {
        Object cell = row.get(i);
        String css = numeric[i] ? "so" : null;
        if (cell instanceof Band b) {
          h.open("td", "class", css);
          band(h, b.band(), b.label());
          h.close("td");
        } else if (cell instanceof New n) {
          h.open("td", "class", css);
          h.element("span", New.TEXT, "class", "moi", "title", n.reason());
          h.close("td");
        } else if (cell instanceof Link l) {
          h.open("td", "class", css);
          h.element("a", l.text(), "href", l.href());
          h.close("td");
        } else {
          h.element("td", (String) cell, "class", css);
        }
      }
      h.close("tr");
    }
    h.close("tbody").close("table").close("div");
  }

  /** A chart as an image of the site's own SVG, at its drawn size, scaled down on a phone. */
  static void figure(Html h, ChartSpec spec) {
    h.open("figure", "id", "hinh-" + spec.id());
    h.empty(
        "img",
        "src",
        SiteCharts.src(spec),
        "alt",
        spec.caption(),
        "width",
        Long.toString(Math.round(spec.width())),
        "height",
        Long.toString(Math.round(spec.height())));
    // a caption that only repeats the title drawn in the chart says nothing new
    TextTitle title = spec.chart().getTitle();
    if (title == null || !spec.caption().equals(title.getText())) {
      h.element("figcaption", spec.caption());
    }
    h.close("figure");
  }

  /** A band as the tables print it, after the colour of the charts: "A – Tốt". */
  static void band(Html h, String band, String label) {
    h.open("span", "class", "xl");
    h.element("span", "", "class", "o " + SiteStyle.bandClass(band), "aria-hidden", "true");
    h.text(bandText(band, label));
    h.close("span");
  }

  static String bandText(String band, String label) {
    if (band == null || band.isEmpty()) {
      return label == null ? "Dưới mức xếp loại" : label;
    }
    return band + " – " + label;
  }

  /**
   * How the pages name a bloc's units: the official name, with the code where two units of the
   * bloc's ranking share the name. (The registry's label, which adds the code and the period
   * wherever a code was ever reused, is for analysts.)
   */
  static Function<UnitRef, String> names(PublicBloc b) {
    Map<String, Long> byName =
        b.ranking().stream()
            .collect(Collectors.groupingBy(u -> u.unit().name(), Collectors.counting()));
    return u ->
        byName.getOrDefault(u.name(), 0L) > 1 && u.code() != null
            ? u.name() + " (" + u.code() + ")"
            : u.name();
  }

  /** A rank change with its sign: +2 (up two places), -1, 0. */
  static String signed(int n) {
    return n > 0 ? "+" + n : Integer.toString(n);
  }
}
