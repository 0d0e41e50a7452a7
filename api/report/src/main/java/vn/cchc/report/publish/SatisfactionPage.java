package vn.cchc.report.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.report.chart.ChartSpec;
import vn.cchc.report.model.SatisfactionSection.ComponentResult;
import vn.cchc.report.text.Formats;

/**
 * {@code hai-long.html}: SIPAS satisfaction per component and bloc, pooled over the bloc's
 * respondents, with the 95 % interval and the respondents counted.
 */
final class SatisfactionPage {
  private SatisfactionPage() {}

  static String render(PublicResults r, SiteCharts charts) {
    return SitePage.render(
        r,
        SitePage.SATISFACTION,
        "Mức độ hài lòng của người dân, tổ chức năm " + r.year(),
        h -> body(h, r, charts));
  }

  private static void body(Html h, PublicResults r, SiteCharts charts) {
    h.element("h2", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)");
    h.element(
        "p",
        "Khảo sát "
            + r.surveyCode()
            + ". Tỷ lệ hài lòng là tỷ lệ câu trả lời \u201chài lòng\u201d hoặc \u201crất hài lòng\u201d; giá"
            + " trị của khối được gộp theo số người trả lời của các đơn vị trong khối, kèm khoảng tin cậy"
            + " 95% (Wilson)."
            + (r.surveyDesignBreak()
                ? " Thiết kế khảo sát năm "
                    + r.year()
                    + " khác năm trước: không so sánh trực tiếp với năm trước."
                : ""));
    for (ChartSpec spec : charts.satisfaction()) {
      SitePage.figure(h, spec);
    }
    for (Bloc bloc : Bloc.rankedBlocs()) {
      List<ComponentResult> results =
          r.satisfaction().stream().filter(c -> c.bloc().equals(bloc.name())).toList();
      if (results.isEmpty()) {
        continue;
      }
      h.element("h3", bloc.labelVi());
      List<List<Object>> rows = new ArrayList<>();
      for (ComponentResult c : results) {
        rows.add(
            List.of(
                c.componentLabelVi(),
                Formats.decimal(c.satisfiedPct()),
                Formats.decimal(c.lowPct()) + " – " + Formats.decimal(c.highPct()),
                Formats.integer(c.respondents()),
                Formats.integer(c.units()),
                Formats.integer(c.smallSampleUnits())));
      }
      SitePage.table(
          h,
          "hai-long-" + bloc.name().toLowerCase(Locale.ROOT),
          "Tỷ lệ hài lòng theo thành phần năm " + r.year() + " – " + bloc.labelVi(),
          List.of(
              "Thành phần",
              "Tỷ lệ hài lòng (%)",
              "Khoảng tin cậy 95% (%)",
              "Số người trả lời",
              "Số đơn vị",
              "Đơn vị có mẫu nhỏ"),
          new boolean[] {false, true, true, true, true, true},
          rows);
    }
    h.element(
        "p",
        "Đơn vị có mẫu nhỏ: đơn vị có ít người trả lời hơn cỡ mẫu tối thiểu; kết quả của riêng đơn vị"
            + " đó chỉ mang tính tham khảo, nhưng vẫn được gộp vào kết quả của khối.",
        "class",
        "ghi-chu");
  }
}
