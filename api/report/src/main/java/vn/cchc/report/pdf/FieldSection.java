package vn.cchc.report.pdf;

import java.util.List;
import vn.cchc.report.model.BlocReport;
import vn.cchc.report.model.BlocReport.FieldAverage;
import vn.cchc.report.text.Formats;

/**
 * 3. The field indices of each bloc (bars and radar), against the previous year where it has the
 * field.
 */
final class FieldSection extends ReportSection {
  FieldSection(SectionContext context) {
    super(context, "3. Chỉ số thành phần theo lĩnh vực");
  }

  @Override
  void body() {
    layout.paragraph(
        "Chỉ số thành phần của một lĩnh vực là tỷ lệ điểm đạt được trên tổng điểm tối đa áp dụng của lĩnh"
            + " vực đó; giá trị của khối là bình quân của các đơn vị trong khối.");
    for (BlocReport b : report.blocs()) {
      layout.heading(2, "Chỉ số thành phần – " + b.labelVi());
      if (b.fields().isEmpty()) {
        layout.paragraph("Không có số liệu chỉ số thành phần của khối này trong năm " + year + ".");
        continue;
      }
      figures.draw("linh-vuc", b);
      figures.draw("radar", b);
      layout.table(fields(b));
    }
  }

  private PdfTable fields(BlocReport b) {
    boolean previous = report.hasPreviousYear();
    PdfTable t =
        previous
            ? new PdfTable(
                List.of(
                    "Lĩnh vực", "Năm " + year, "Năm " + report.previousYear(), "Thay đổi (điểm %)"),
                new float[] {4, 1, 1, 1},
                new boolean[] {false, true, true, true})
            : new PdfTable(
                List.of("Lĩnh vực", "Năm " + year),
                new float[] {5, 1},
                new boolean[] {false, true});
    for (FieldAverage f : b.fields()) {
      if (previous) {
        t.row(
            f.fieldCode() + ". " + f.fieldName(),
            Formats.pct(f.averagePct()),
            f.previousAveragePct() == null ? "–" : Formats.pct(f.previousAveragePct()),
            f.previousAveragePct() == null
                ? "–"
                : Formats.change(f.averagePct() - f.previousAveragePct()));
      } else {
        t.row(f.fieldCode() + ". " + f.fieldName(), Formats.pct(f.averagePct()));
      }
    }
    return t;
  }
}
