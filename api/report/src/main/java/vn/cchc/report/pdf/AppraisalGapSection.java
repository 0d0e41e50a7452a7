package vn.cchc.report.pdf;

import java.util.List;
import vn.cchc.report.model.BlocReport;
import vn.cchc.report.model.BlocReport.AppraisalGap;
import vn.cchc.report.text.Formats;

/** 5. Self-assessed against appraised points per bloc, and the units whose gap is an outlier. */
final class AppraisalGapSection extends ReportSection {
  AppraisalGapSection(SectionContext context) {
    super(context, "5. Điểm tự đánh giá và điểm thẩm định");
  }

  @Override
  void body() {
    layout.paragraph(
        "Chênh lệch = điểm tự đánh giá − điểm thẩm định của các tiêu chí do đơn vị tự chấm, tính theo % điểm"
            + " tự đánh giá. Đơn vị bất thường là đơn vị có điểm z hiệu chỉnh vượt 3,5 hoặc nằm ngoài khoảng tứ phân vị mở"
            + " rộng (Q1 − 1,5·IQR; Q3 + 1,5·IQR) của khối.");
    for (BlocReport b : report.blocs()) {
      layout.heading(2, "Chênh lệch tự đánh giá – thẩm định – " + b.labelVi());
      if (b.gaps().isEmpty()) {
        layout.paragraph("Không có số liệu tự đánh giá và thẩm định của khối này.");
        continue;
      }
      figures.draw("chenh-lech", b);
      List<AppraisalGap> outliers = b.gaps().stream().filter(AppraisalGap::outlier).toList();
      if (outliers.isEmpty()) {
        layout.paragraph("Không có đơn vị nào có chênh lệch bất thường.");
        continue;
      }
      layout.ensure(70);
      layout.paragraph("Đơn vị có chênh lệch bất thường:", layout.bold, 9.5f, 0);
      PdfTable t =
          new PdfTable(
              List.of(
                  "Đơn vị",
                  "Tự đánh giá",
                  "Thẩm định",
                  "Chênh lệch (điểm)",
                  "Chênh lệch (%)",
                  "Căn cứ"),
              new float[] {3, 1, 1, 1, 1, 1.3f},
              new boolean[] {false, true, true, true, true, false});
      for (AppraisalGap g : outliers) {
        t.row(
            g.unit().withCode(),
            Formats.decimal(g.selfPoints()),
            Formats.decimal(g.appraisedPoints()),
            Formats.decimal(g.gapPoints()),
            g.gapPct() == null ? "–" : Formats.pct(g.gapPct()),
            AnnualText.outlierReason(g.outlierReason()));
      }
      layout.table(t);
    }
  }
}
