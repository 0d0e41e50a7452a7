package vn.cchc.report.pdf;

import java.util.List;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.report.model.BlocReport;
import vn.cchc.report.model.SatisfactionSection;
import vn.cchc.report.model.SatisfactionSection.ComponentResult;
import vn.cchc.report.model.SatisfactionSection.UnitResult;
import vn.cchc.report.text.Formats;

/**
 * 6. SIPAS satisfaction: per component and bloc with 95 % intervals, then each unit's overall
 * result.
 */
final class SipasSection extends ReportSection {
  SipasSection(SectionContext context) {
    super(context, "6. Mức độ hài lòng của người dân, tổ chức (SIPAS)");
  }

  @Override
  void body() {
    SatisfactionSection s = report.satisfaction();
    if (s.isEmpty()) {
      layout.paragraph("Bản phát hành không có kết quả khảo sát mức độ hài lòng năm " + year + ".");
      return;
    }
    layout.paragraph(
        "Khảo sát "
            + s.surveyCode()
            + ". Tỷ lệ hài lòng là tỷ lệ câu trả lời \"hài lòng\" hoặc \"rất hài"
            + " lòng\"; giá trị của khối được gộp theo số người trả lời của các đơn vị, kèm khoảng tin cậy 95% (Wilson)."
            + (s.designBreak()
                ? " Thiết kế khảo sát năm "
                    + year
                    + " khác năm trước: không so sánh trực tiếp với năm trước."
                : ""));
    figures.draw("hai-long-thanh-phan");
    PdfTable t =
        new PdfTable(
            List.of(
                "Khối",
                "Thành phần",
                "Số đơn vị",
                "Người trả lời",
                "Tỷ lệ hài lòng",
                "Khoảng tin cậy 95%",
                "Đơn vị mẫu nhỏ"),
            new float[] {1.6f, 2.6f, 0.8f, 1, 1, 1.3f, 0.9f},
            new boolean[] {false, false, true, true, true, true, true});
    for (ComponentResult r : s.components()) {
      t.row(
          Bloc.valueOf(r.bloc()).labelVi(),
          r.componentLabelVi(),
          Integer.toString(r.units()),
          Formats.integer(r.respondents()),
          Formats.pct(r.satisfiedPct()),
          Formats.decimal(r.lowPct()) + " – " + Formats.decimal(r.highPct()),
          Integer.toString(r.smallSampleUnits()));
    }
    layout.table(t);
    long small = s.units().stream().filter(UnitResult::smallSample).count();
    layout.paragraph(
        small
            + "/"
            + s.units().size()
            + " đơn vị có mẫu nhỏ; kết quả của các đơn vị này được đánh dấu (*)"
            + " và tô màu xám trong các biểu đồ dưới đây, chỉ mang tính tham khảo.");
    for (BlocReport b : report.blocs()) {
      layout.heading(2, "Mức độ hài lòng theo đơn vị – " + b.labelVi());
      figures.draw("hai-long", b);
    }
  }
}
