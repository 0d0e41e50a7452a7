package vn.cchc.report.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.schema.Codes;
import vn.cchc.model.trend.Basis;
import vn.cchc.model.trend.ComparabilityReason;
import vn.cchc.report.chart.ChartSpec;
import vn.cchc.report.model.BlocReport.BandCount;
import vn.cchc.report.model.BlocReport.FieldAverage;
import vn.cchc.report.model.BlocReport.HeatmapRow;
import vn.cchc.report.model.BlocReport.KeyFigures;
import vn.cchc.report.model.BlocReport.Mover;
import vn.cchc.report.model.MapFigure;
import vn.cchc.report.model.UnitChanges.UnitChange;
import vn.cchc.report.model.UnitRef;
import vn.cchc.report.publish.PublicResults.PublicBloc;
import vn.cchc.report.publish.PublicResults.RankingRow;
import vn.cchc.report.publish.SitePage.Band;
import vn.cchc.report.publish.SitePage.New;
import vn.cchc.report.text.Formats;

/**
 * A bloc's page ({@code khoi-so.html}): the ranking with bands and changes, the largest rises and
 * falls, the bands, the commune map (communes), and the component indices per field.
 */
final class BlocPage {
  private BlocPage() {}

  static String render(PublicResults r, PublicBloc b, SiteCharts charts) {
    String heading = b.labelVi() + " – Chỉ số CCHC năm " + r.year();
    return SitePage.render(
        r,
        SitePage.blocFile(b.bloc()),
        heading,
        h -> {
          ranking(h, r, b, charts);
          changes(h, r, b);
          bands(h, r, b);
          if (Bloc.XA.name().equals(b.bloc()) && charts.communeMap() != null) {
            map(h, r.communeMap(), charts.communeMap());
          }
          fields(h, r, b, charts);
        });
  }

  private static void ranking(Html h, PublicResults r, PublicBloc b, SiteCharts charts) {
    KeyFigures k = b.keyFigures();
    h.element("h2", "Bảng xếp hạng", "id", "bang-xep-hang");
    h.element(
        "p",
        Formats.integer(k.units())
            + " đơn vị được đánh giá; Chỉ số CCHC trung bình của khối đạt "
            + Formats.pct(k.averagePct())
            + ", "
            + Formats.integer(k.unitsAboveAverage())
            + " đơn vị trên mức trung bình."
            + (r.hasPreviousYear() && asIs(b)
                ? " Số liệu năm "
                    + r.previousYear()
                    + " được quy đổi về các đơn vị hiện nay để so sánh."
                : ""));
    boolean previous = r.hasPreviousYear();
    Map<String, Integer> reasons = new TreeMap<>();
    for (RankingRow u : b.ranking()) {
      if (u.change() != null && u.change().reason() != null) {
        reasons.merge(reasonVi(u.change().reason()), 1, Integer::sum);
      }
    }
    // a reason every unit shares is said once under the table, not on every row
    boolean notes =
        previous
            && !reasons.isEmpty()
            && !(reasons.size() == 1 && reasons.values().contains(b.ranking().size()));
    List<String> header = new ArrayList<>(List.of("Hạng", "Đơn vị", "Chỉ số CCHC (%)", "Xếp loại"));
    if (previous) {
      header.addAll(
          List.of(
              "Hạng năm " + r.previousYear(),
              "Thay đổi hạng",
              "Chỉ số năm " + r.previousYear() + " (%)",
              "Thay đổi (điểm %)"));
      if (notes) {
        header.add("Ghi chú");
      }
    }
    boolean[] numeric = new boolean[header.size()];
    numeric[0] = true;
    numeric[2] = true;
    if (previous) {
      Arrays.fill(numeric, 4, 8, true);
    }
    Function<UnitRef, String> names = SitePage.names(b);
    List<List<Object>> rows = new ArrayList<>();
    for (RankingRow u : b.ranking()) {
      List<Object> row = new ArrayList<>();
      row.add(Integer.toString(u.rank()));
      row.add(names.apply(u.unit()) + (u.provisional() ? " (tạm tính)" : ""));
      row.add(Formats.decimal(u.indexPct()));
      row.add(new Band(u.band(), u.bandLabel()));
      if (previous) {
        row.addAll(changeCells(u.change()));
        if (notes) {
          row.add(u.change() == null ? "" : reasonVi(u.change().reason()));
        }
      }
      rows.add(row);
    }
    SitePage.table(
        h,
        "xep-hang",
        "Xếp hạng Chỉ số CCHC năm " + r.year() + " – " + b.labelVi(),
        header,
        numeric,
        rows);
    if (previous && !reasons.isEmpty()) {
      List<String> counted = new ArrayList<>();
      reasons.forEach((reason, n) -> counted.add(n + " đơn vị " + reason));
      h.element(
          "p",
          "Ghi chú về so sánh với năm "
              + r.previousYear()
              + ": "
              + String.join("; ", counted)
              + ".",
          "class",
          "ghi-chu");
    }
    for (ChartSpec spec : charts.ranking(b.bloc())) {
      SitePage.figure(h, spec);
    }
  }

  /**
   * Previous rank, rank change, previous index, index change; "mới" where the basis has no previous
   * value.
   */
  static List<Object> changeCells(UnitChange c) {
    if (c == null || !c.hasPrevious()) {
      New n = new New(c == null || c.reason() == null ? "" : reasonVi(c.reason()));
      return List.of("–", n, "–", n);
    }
    return List.of(
        c.previousRank() == null ? "–" : Integer.toString(c.previousRank()),
        c.rankChange() == null ? "–" : SitePage.signed(c.rankChange()),
        Formats.decimal(c.previousIndexPct()),
        c.changePp() == null ? "–" : Formats.change(c.changePp()));
  }

  private static void changes(Html h, PublicResults r, PublicBloc b) {
    if (!r.hasPreviousYear()) {
      h.element("h2", "Thay đổi so với năm trước", "id", "thay-doi");
      h.element("p", "Không có số liệu năm trước: không xác định được mức tăng, giảm.");
      return;
    }
    KeyFigures k = b.keyFigures();
    h.element("h2", "Thay đổi so với năm " + r.previousYear(), "id", "thay-doi");
    if (k.changePp() == null) {
      h.element("p", "Không có đơn vị nào của khối so sánh được với năm " + r.previousYear() + ".");
      return;
    }
    StringBuilder s =
        new StringBuilder("Chỉ số CCHC trung bình của khối ")
            .append(k.changePp() >= 0 ? "tăng " : "giảm ")
            .append(Formats.decimal(Math.abs(k.changePp())))
            .append(" điểm % so với năm ")
            .append(r.previousYear());
    if (k.previousAveragePct() != null) {
      s.append(" (")
          .append(Formats.pct(k.previousAveragePct()))
          .append(" → ")
          .append(Formats.pct(k.averagePct()))
          .append(")");
    }
    s.append("; ")
        .append(Formats.integer(k.unitsUp()))
        .append(" đơn vị tăng điểm, ")
        .append(Formats.integer(k.unitsDown()))
        .append(" đơn vị giảm điểm.");
    if (asIs(b)) {
      s.append(" So sánh sau khi quy đổi số liệu năm trước về đơn vị hiện nay.");
    }
    h.element("p", s.toString());
    movers(h, r, b, "tang-nhieu-nhat", "Các đơn vị tăng điểm nhiều nhất", b.risers());
    movers(h, r, b, "giam-nhieu-nhat", "Các đơn vị giảm điểm nhiều nhất", b.fallers());
  }

  private static void movers(
      Html h, PublicResults r, PublicBloc b, String id, String title, List<Mover> movers) {
    if (movers.isEmpty()) {
      h.element("p", title + ": không có.");
      return;
    }
    Function<UnitRef, String> names = SitePage.names(b);
    List<List<Object>> rows = new ArrayList<>();
    for (Mover m : movers) {
      rows.add(
          List.of(
              names.apply(m.unit()),
              Formats.decimal(m.indexPct()),
              m.previousIndexPct() == null ? "–" : Formats.decimal(m.previousIndexPct()),
              m.changePp() == null ? "–" : Formats.change(m.changePp()),
              Integer.toString(m.rank()),
              m.previousRank() == null ? "–" : Integer.toString(m.previousRank())));
    }
    SitePage.table(
        h,
        id,
        title,
        List.of(
            "Đơn vị",
            "Chỉ số " + r.year() + " (%)",
            "Chỉ số " + r.previousYear() + " (%)",
            "Thay đổi (điểm %)",
            "Hạng " + r.year(),
            "Hạng " + r.previousYear()),
        new boolean[] {false, true, true, true, true, true},
        rows);
  }

  private static void bands(Html h, PublicResults r, PublicBloc b) {
    h.element("h2", "Phân bố xếp loại", "id", "xep-loai");
    int units = b.ranking().size();
    List<List<Object>> rows = new ArrayList<>();
    for (BandCount c : b.bands()) {
      rows.add(
          List.of(
              new Band(c.band(), c.labelVi()),
              Formats.integer(c.units()),
              Formats.decimal(units == 0 ? 0 : 100.0 * c.units() / units, 1),
              c.minPct() == null
                  ? "–"
                  : Formats.decimal(c.minPct()) + " – " + Formats.decimal(c.maxPct())));
    }
    SitePage.table(
        h,
        "phan-bo-xep-loai",
        "Số đơn vị theo xếp loại năm " + r.year() + " – " + b.labelVi(),
        List.of("Xếp loại", "Số đơn vị", "Tỷ lệ (%)", "Chỉ số từ – đến (%)"),
        new boolean[] {false, true, true, true},
        rows);
  }

  private static void map(Html h, MapFigure map, ChartSpec spec) {
    h.element("h2", "Bản đồ xếp loại", "id", "ban-do");
    h.element(
        "p",
        map.restated()
            ? "Bản đồ tô màu các xã, phường, đặc khu hiện nay theo xếp loại năm "
                + map.year()
                + " của chỉ số quy đổi: số liệu của các xã, phường, thị trấn trước sắp xếp được quy đổi"
                + " về đơn vị hiện nay theo tỷ trọng kế thừa, rồi xếp loại theo thang của năm "
                + map.year()
                + "."
            : "Bản đồ tô màu các xã, phường, đặc khu theo xếp loại Chỉ số CCHC năm "
                + map.year()
                + ".");
    SitePage.figure(h, spec);
  }

  private static void fields(Html h, PublicResults r, PublicBloc b, SiteCharts charts) {
    h.element("h2", "Chỉ số thành phần theo lĩnh vực", "id", "linh-vuc-thanh-phan");
    if (b.fields().isEmpty()) {
      h.element("p", "Không có số liệu chỉ số thành phần của khối này trong năm " + r.year() + ".");
      return;
    }
    h.element(
        "p",
        "Chỉ số thành phần của một lĩnh vực là tỷ lệ điểm đạt được trên tổng điểm tối đa áp dụng của"
            + " lĩnh vực đó; giá trị của khối là bình quân của các đơn vị trong khối.");
    for (ChartSpec spec : charts.fields(b.bloc())) {
      SitePage.figure(h, spec);
    }
    boolean previous = r.hasPreviousYear();
    List<String> header = new ArrayList<>(List.of("Lĩnh vực", "Năm " + r.year() + " (%)"));
    if (previous) {
      header.addAll(List.of("Năm " + r.previousYear() + " (%)", "Thay đổi (điểm %)"));
    }
    boolean[] numeric = new boolean[header.size()];
    Arrays.fill(numeric, 1, header.size(), true);
    List<List<Object>> rows = new ArrayList<>();
    for (FieldAverage f : b.fields()) {
      List<Object> row = new ArrayList<>();
      row.add(f.fieldCode() + ". " + f.fieldName());
      row.add(Formats.decimal(f.averagePct()));
      if (previous) {
        row.add(f.previousAveragePct() == null ? "–" : Formats.decimal(f.previousAveragePct()));
        row.add(
            f.previousAveragePct() == null
                ? "–"
                : Formats.change(f.averagePct() - f.previousAveragePct()));
      }
      rows.add(row);
    }
    SitePage.table(
        h, "linh-vuc", "Chỉ số thành phần bình quân của khối theo lĩnh vực", header, numeric, rows);
    unitFields(h, b);
  }

  /** Each unit's index per field, the columns named by the field codes of the table above. */
  private static void unitFields(Html h, PublicBloc b) {
    if (b.unitFields().isEmpty()) {
      return;
    }
    h.element("h3", "Chỉ số thành phần của từng đơn vị");
    h.element(
        "p",
        "Tỷ lệ điểm đạt được (%) của mỗi đơn vị theo lĩnh vực; cột mang mã lĩnh vực ở bảng trên,"
            + " \u201c–\u201d: lĩnh vực không áp dụng cho đơn vị.",
        "class",
        "ghi-chu");
    List<String> header = new ArrayList<>(List.of("Hạng", "Đơn vị"));
    b.fields().forEach(f -> header.add(f.fieldCode()));
    boolean[] numeric = new boolean[header.size()];
    Arrays.fill(numeric, true);
    numeric[1] = false;
    Function<UnitRef, String> names = SitePage.names(b);
    List<List<Object>> rows = new ArrayList<>();
    for (HeatmapRow u : b.unitFields()) {
      List<Object> row = new ArrayList<>();
      row.add(Integer.toString(u.rank()));
      row.add(names.apply(u.unit()));
      for (int i = 0; i < b.fields().size(); i++) {
        Double pct = i < u.fieldPcts().size() ? u.fieldPcts().get(i) : null;
        row.add(pct == null ? "–" : Formats.decimal(pct));
      }
      rows.add(row);
    }
    SitePage.table(
        h,
        "linh-vuc-theo-don-vi",
        "Chỉ số thành phần theo lĩnh vực của từng đơn vị",
        header,
        numeric,
        rows);
  }

  private static boolean asIs(PublicBloc b) {
    return Basis.AS_IS.name().equals(b.changeBasis());
  }

  static String reasonVi(String reason) {
    if (reason == null) {
      return "";
    }
    return Codes.constant(ComparabilityReason.class, reason)
        .map(ComparabilityReason::meaningVi)
        .orElse(reason);
  }
}
