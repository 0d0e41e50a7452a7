package vn.cchc.report.pdf;

import java.util.List;
import java.util.Objects;
import vn.cchc.report.model.InspectionSection;
import vn.cchc.report.model.InspectionSection.FieldOutcome;
import vn.cchc.report.model.InspectionSection.OverdueFinding;
import vn.cchc.report.model.InspectionSection.Target;
import vn.cchc.report.text.Formats;

/**
 * 7. The year's reform inspections, the findings overdue at the release date, and next year's
 * targets.
 */
final class ReformInspectionSection extends ReportSection {
  /** Overdue findings listed; the total is always given. */
  static final int OVERDUE_LISTED = 25;

  ReformInspectionSection(SectionContext context) {
    super(context, "7. Kiểm tra công tác cải cách hành chính");
  }

  @Override
  void body() {
    InspectionSection s = report.inspections();
    if (s.inspections() == 0 && s.byField().isEmpty()) {
      layout.paragraph("Bản phát hành không có cuộc kiểm tra nào trong năm " + year + ".");
    } else {
      outcomes(s);
    }
    layout.heading(2, "Tồn tại, hạn chế quá hạn chưa khắc phục");
    overdue(s.overdue());
    layout.heading(2, "Đề xuất đối tượng kiểm tra năm " + (year + 1));
    targets(s);
  }

  private void outcomes(InspectionSection s) {
    layout.paragraph(
        "Năm "
            + year
            + " đã tiến hành "
            + s.inspections()
            + " cuộc kiểm tra tại "
            + s.inspectedUnits()
            + " cơ quan, đơn vị; phát hiện "
            + s.findings()
            + " tồn tại, hạn chế. Tình trạng khắc phục tính đến ngày "
            + Formats.date(report.asOfDate())
            + ".");
    figures.draw("kiem-tra-linh-vuc");
    PdfTable t =
        new PdfTable(
            List.of(
                "Lĩnh vực / nội dung",
                "Đơn vị",
                "Tồn tại",
                "Đúng hạn",
                "Trễ hạn",
                "Chưa khắc phục",
                "Quá hạn"),
            new float[] {3.4f, 0.8f, 0.8f, 0.8f, 0.8f, 1, 0.8f},
            new boolean[] {false, true, true, true, true, true, true});
    for (FieldOutcome f : s.byField()) {
      t.row(
          f.fieldLabelVi(),
          Integer.toString(f.units()),
          Integer.toString(f.findings()),
          Integer.toString(f.remediatedOnTime()),
          Integer.toString(f.remediatedLate()),
          Integer.toString(f.open()),
          Integer.toString(f.overdue()));
    }
    layout.table(t);
  }

  private void overdue(List<OverdueFinding> overdue) {
    if (overdue.isEmpty()) {
      layout.paragraph(
          "Không có tồn tại nào quá hạn khắc phục tính đến ngày "
              + Formats.date(report.asOfDate())
              + ".");
      return;
    }
    layout.ensure(90);
    layout.paragraph(
        "Tính đến ngày "
            + Formats.date(report.asOfDate())
            + " có "
            + overdue.size()
            + " tồn tại, hạn chế đã quá hạn mà chưa khắc phục (mọi năm kiểm tra)"
            + (overdue.size() > OVERDUE_LISTED
                ? "; bảng dưới đây liệt kê " + OVERDUE_LISTED + " tồn tại quá hạn lâu nhất"
                : "")
            + ".");
    PdfTable t =
        new PdfTable(
            List.of("Đơn vị", "Năm KT", "Lĩnh vực", "Mức độ", "Nội dung", "Hạn", "Quá hạn (ngày)"),
            new float[] {2.2f, 0.6f, 0.8f, 0.8f, 2.8f, 0.9f, 0.8f},
            new boolean[] {false, true, false, false, false, false, true});
    for (OverdueFinding f : overdue.subList(0, Math.min(OVERDUE_LISTED, overdue.size()))) {
      t.row(
          f.unit().withCode(),
          Integer.toString(f.inspectionYear()),
          f.fieldCode(),
          f.severity(),
          Objects.requireNonNullElse(f.description(), ""),
          Formats.date(f.dueDate()),
          Integer.toString(f.daysOverdue()));
    }
    layout.table(t);
  }

  private void targets(InspectionSection s) {
    if (s.targets().isEmpty()) {
      layout.paragraph(
          "Kho dữ liệu chưa có đề xuất đối tượng kiểm tra cho năm kế hoạch "
              + (year + 1)
              + " (đề xuất chỉ được lập từ năm chỉ số mới nhất của bản phát hành).");
      return;
    }
    layout.paragraph(
        "Các đơn vị được ưu tiên kiểm tra năm "
            + s.planYear()
            + " theo điểm ưu tiên (chỉ số thấp, tiêu"
            + " chí không đạt, mức độ hài lòng thấp, tồn tại chưa khắc phục, thời gian chưa được kiểm tra); "
            + s.targets().size()
            + " đơn vị đứng đầu:");
    PdfTable t =
        new PdfTable(
            List.of("TT", "Đơn vị", "Chỉ số " + year, "Điểm ưu tiên", "Lý do đề xuất"),
            new float[] {0.4f, 2.2f, 0.8f, 0.7f, 3.8f},
            new boolean[] {true, false, true, true, false});
    for (Target target : s.targets()) {
      t.row(
          Integer.toString(target.priorityRank()),
          target.unit().withCode(),
          target.indexPct() == null ? "–" : Formats.pct(target.indexPct()),
          Formats.decimal(target.totalScore(), 0),
          target.reasonsVi());
    }
    layout.table(t);
  }
}
