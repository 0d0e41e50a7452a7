package vn.cchc.report.publish;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.trend.Basis;
import vn.cchc.report.geo.CommuneBoundaries;
import vn.cchc.report.model.AnnualReport.AbsentBloc;
import vn.cchc.report.model.BlocReport.KeyFigures;
import vn.cchc.report.model.UnitRef;
import vn.cchc.report.publish.PublicResults.PublicBloc;
import vn.cchc.report.publish.PublicResults.RankingRow;
import vn.cchc.report.publish.SitePage.Link;
import vn.cchc.report.text.Formats;

/**
 * {@code index.html}: the year at a glance, one row per ranked bloc, and how to read the figures.
 */
final class IndexPage {
  private IndexPage() {}

  static String render(PublicResults r) {
    String heading =
        "Chỉ số cải cách hành chính năm " + r.year() + " – " + CommuneBoundaries.PROVINCE_VI;
    return SitePage.render(r, SitePage.INDEX, heading, h -> body(h, r));
  }

  private static void body(Html h, PublicResults r) {
    h.element("h2", "Kết quả chung năm " + r.year());
    int units = r.blocs().stream().mapToInt(b -> b.ranking().size()).sum();
    h.element(
        "p",
        "Năm "
            + r.year()
            + ", "
            + Formats.integer(units)
            + " cơ quan, đơn vị thuộc "
            + r.blocs().size()
            + " khối được đánh giá, xếp hạng Chỉ số cải cách hành chính (Chỉ số CCHC). "
            + (r.hasPreviousYear()
                ? "Các mức thay đổi được so sánh với năm " + r.previousYear() + "."
                : "Không có số liệu năm trước nên không so sánh với năm trước."));
    for (AbsentBloc a : r.absentBlocs()) {
      h.element(
          "p",
          a.labelVi()
              + ": không có đơn vị nào được đánh giá năm "
              + r.year()
              + (a.lastYear() != null && a.lastYear() < r.year()
                  ? " (năm đánh giá gần nhất: " + a.lastYear() + ")."
                  : "."));
    }
    summary(h, r);
    h.element("h2", "Xem chi tiết");
    h.open("ul");
    for (PublicBloc b : r.blocs()) {
      h.open("li")
          .element("a", b.labelVi(), "href", SitePage.blocFile(b.bloc()))
          .text(
              ": bảng xếp hạng và xếp loại"
                  + (r.hasPreviousYear() ? ", thay đổi so với năm " + r.previousYear() : "")
                  + (r.communeMap() != null && Bloc.XA.name().equals(b.bloc())
                      ? ", bản đồ xếp loại"
                      : "")
                  + ", chỉ số thành phần theo lĩnh vực.")
          .close("li");
    }
    if (!r.satisfaction().isEmpty()) {
      h.open("li")
          .element(
              "a", "Mức độ hài lòng của người dân, tổ chức (SIPAS)", "href", SitePage.SATISFACTION)
          .text(": tỷ lệ hài lòng theo từng thành phần, theo khối.")
          .close("li");
    }
    h.close("ul");
    notes(h, r);
  }

  private static void summary(Html h, PublicResults r) {
    List<String> header = new ArrayList<>(List.of("Khối", "Số đơn vị", "Chỉ số trung bình (%)"));
    if (r.hasPreviousYear()) {
      header.addAll(
          List.of(
              "Trung bình năm " + r.previousYear() + " (%)",
              "Thay đổi (điểm %)",
              "Số đơn vị tăng điểm",
              "Số đơn vị giảm điểm"));
    }
    header.addAll(List.of("Cao nhất (%)", "Thấp nhất (%)", "Dẫn đầu"));
    boolean[] numeric = new boolean[header.size()];
    Arrays.fill(numeric, 1, header.size() - 1, true);
    List<List<Object>> rows = new ArrayList<>();
    for (PublicBloc b : r.blocs()) {
      KeyFigures k = b.keyFigures();
      List<Object> row = new ArrayList<>();
      row.add(new Link(b.labelVi(), SitePage.blocFile(b.bloc())));
      row.add(Formats.integer(k.units()));
      row.add(Formats.decimal(k.averagePct()));
      if (r.hasPreviousYear()) {
        row.add(k.previousAveragePct() == null ? "–" : Formats.decimal(k.previousAveragePct()));
        row.add(k.changePp() == null ? "–" : Formats.change(k.changePp()));
        row.add(k.changePp() == null ? "–" : Formats.integer(k.unitsUp()));
        row.add(k.changePp() == null ? "–" : Formats.integer(k.unitsDown()));
      }
      double best = b.ranking().stream().mapToDouble(RankingRow::indexPct).max().orElse(0);
      double worst = b.ranking().stream().mapToDouble(RankingRow::indexPct).min().orElse(0);
      row.add(Formats.decimal(best));
      row.add(Formats.decimal(worst));
      Function<UnitRef, String> names = SitePage.names(b);
      row.add(
          String.join(
              "; ",
              b.ranking().stream()
                  .filter(u -> u.rank() == 1)
                  .map(u -> names.apply(u.unit()))
                  .toList()));
      rows.add(row);
    }
    SitePage.table(
        h,
        "ket-qua-theo-khoi",
        "Chỉ số CCHC năm " + r.year() + " theo khối",
        header,
        numeric,
        rows);
  }

  private static void notes(Html h, PublicResults r) {
    h.element("h2", "Cách đọc số liệu");
    h.open("ul");
    if (r.methodology() != null) {
      h.element(
          "li",
          "Chỉ số CCHC của một cơ quan, đơn vị là tỷ lệ (%) giữa tổng điểm đạt được và tổng điểm tối đa"
              + " áp dụng cho đơn vị, theo "
              + r.methodology().name()
              + (r.methodology().legalBasis() == null
                  ? ""
                  : " (" + r.methodology().legalBasis() + ")")
              + ".");
    }
    h.element(
        "li",
        "Xếp hạng trong từng khối theo Chỉ số CCHC làm tròn hai chữ số thập phân; các đơn vị bằng điểm"
            + " cùng hạng. Xếp loại (A, B, C, D) theo thang điểm của bộ tiêu chí áp dụng cho khối.");
    h.element(
        "li",
        "Chỉ số thành phần theo lĩnh vực: tỷ lệ điểm đạt được trên tổng điểm tối đa áp dụng của lĩnh vực;"
            + " giá trị của khối là bình quân của các đơn vị trong khối.");
    if (r.hasPreviousYear()) {
      h.element(
          "li",
          "Thay đổi so với năm "
              + r.previousYear()
              + ": chỉ số và hạng năm "
              + r.previousYear()
              + " của cùng đơn vị. \u201c"
              + SitePage.New.TEXT
              + "\u201d: đơn vị không có số liệu năm trước để so sánh (mới thành lập, hoặc hình thành"
              + " do sắp xếp lại).");
      for (PublicBloc b : r.blocs()) {
        if (Basis.AS_IS.name().equals(b.changeBasis())) {
          h.element(
              "li",
              b.labelVi()
                  + ": số liệu năm "
                  + r.previousYear()
                  + " được quy đổi về các đơn vị hiện nay theo tỷ trọng kế thừa của các đơn vị trước"
                  + " sắp xếp, rồi so sánh.");
        }
      }
      if (r.previousMethodology() != null
          && r.methodology() != null
          && !r.previousMethodology().code().equals(r.methodology().code())) {
        h.element(
            "li",
            "Bộ tiêu chí năm "
                + r.year()
                + " khác năm "
                + r.previousYear()
                + ": mức thay đổi chỉ số và thứ hạng chỉ mang tính tham khảo.");
      }
    }
    if (r.blocs().stream().flatMap(b -> b.ranking().stream()).anyMatch(RankingRow::provisional)) {
      h.element(
          "li",
          "(tạm tính): chỉ số của đơn vị có thể còn thay đổi khi có đủ kết quả chấm điểm hoặc kết quả"
              + " khảo sát.");
    }
    if (!r.satisfaction().isEmpty()) {
      h.element(
          "li",
          "Tỷ lệ hài lòng: tỷ lệ người trả lời \u201chài lòng\u201d hoặc \u201crất hài lòng\u201d, gộp theo"
              + " số người trả lời của các đơn vị trong khối, kèm khoảng tin cậy 95%.");
    }
    h.close("ul");
  }
}
