package vn.cchc.report.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.inspection.InspectionForm;
import vn.cchc.model.inspection.Severity;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.inspection.InspectionPlanQueries;
import vn.cchc.report.document.AdminDocument;
import vn.cchc.report.document.AdminDocument.Blocks;
import vn.cchc.report.document.AdminDocument.Row;
import vn.cchc.report.document.AdminDocument.Table;
import vn.cchc.report.model.ResultRow;
import vn.cchc.report.text.Formats;

/**
 * "Thông báo kết luận kiểm tra công tác cải cách hành chính" of one inspection, issued by the Sở
 * Nội vụ: the inspection's facts, every finding of it with its field, recommendation and
 * remediation deadline, and what the unit must report by when. The assessment of what went well is
 * the team's to write: the draft leaves a placeholder.
 */
public final class NoticeDocument {
  private NoticeDocument() {}

  /** The facts of one inspection and its findings, as read from a release. */
  public record Notice(
      String inspectionId,
      int year,
      String unitLabel,
      String unitName,
      InspectionForm form,
      LocalDate start,
      LocalDate end,
      String leadAgency,
      String provinceName,
      List<NoticeFinding> findings) {
    public Notice {
      findings = List.copyOf(findings);
    }
  }

  /** One finding as the notice lists it. */
  public record NoticeFinding(
      String findingId,
      String fieldCode,
      String fieldName,
      String criterionCode,
      String severity,
      String description,
      String recommendation,
      LocalDate due) {}

  /** Reads the inspection {@code id}; an unknown id is refused, naming it. */
  public static Notice read(QueryExecutor executor, String id) {
    InspectionPlanQueries q = new InspectionPlanQueries(executor);
    ResultRow i =
        q.inspection(id)
            .first()
            .map(ResultRow::of)
            .orElseThrow(
                () ->
                    new CchcException(
                        ErrorCode.NOT_FOUND,
                        "Không tìm thấy cuộc kiểm tra '"
                            + id
                            + "' trong bản phát hành (mã cuộc kiểm tra là cột inspection_id của"
                            + " bảng inspections; xem GET /api/v1/inspections)"));
    List<NoticeFinding> findings = new ArrayList<>();
    for (ResultRow f : ResultRow.of(q.inspectionFindings(id))) {
      findings.add(
          new NoticeFinding(
              f.string("finding_id"),
              f.string("field_code"),
              f.string("field_name"),
              f.string("criterion_code"),
              f.string("severity"),
              f.string("description"),
              f.string("recommendation"),
              f.date("due_date")));
    }
    String province =
        q.province(i.integer("year")).first().map(r -> (String) r.get("name")).orElse("[Tên tỉnh]");
    String unitName = i.string("unit_name");
    return new Notice(
        id,
        i.integer("year"),
        i.string("unit_label"),
        unitName == null ? i.string("unit_code") : unitName,
        InspectionForm.parse(i.string("form")).orElse(InspectionForm.ANNOUNCED),
        i.date("start_date"),
        i.date("end_date"),
        i.string("lead_agency"),
        province,
        findings);
  }

  public static AdminDocument of(Notice n) {
    Blocks b = new Blocks();
    String when =
        n.end() == null || n.end().equals(n.start())
            ? "ngày " + Formats.date(n.start())
            : "từ ngày " + Formats.date(n.start()) + " đến ngày " + Formats.date(n.end());
    b.paragraph(
        "Thực hiện [Kế hoạch kiểm tra công tác cải cách hành chính năm "
            + n.year()
            + " số …/KH-… ngày …], "
            + when
            + ", Đoàn kiểm tra do "
            + n.leadAgency()
            + " chủ trì đã "
            + formPhrase(n.form())
            + " công tác cải cách hành chính tại "
            + n.unitName()
            + " (mã cuộc kiểm tra "
            + n.inspectionId()
            + "). Trên cơ sở báo cáo của đơn vị và kết quả kiểm tra, Sở Nội vụ thông báo kết luận"
            + " kiểm tra như sau:");
    b.heading(1, "I. KẾT QUẢ ĐẠT ĐƯỢC");
    b.paragraph("[Nhận xét của Đoàn kiểm tra về những kết quả, ưu điểm của đơn vị.]");
    b.heading(1, "II. TỒN TẠI, HẠN CHẾ VÀ KIẾN NGHỊ");
    if (n.findings().isEmpty()) {
      b.paragraph("Qua kiểm tra, Đoàn kiểm tra không phát hiện tồn tại, hạn chế.");
    } else {
      b.paragraph(
          "Qua kiểm tra, Đoàn kiểm tra chỉ ra "
              + n.findings().size()
              + " tồn tại, hạn chế; đơn vị khắc phục theo kiến nghị và thời hạn dưới đây:");
      List<Row> rows = new ArrayList<>();
      int tt = 0;
      for (NoticeFinding f : n.findings()) {
        rows.add(
            Row.of(
                Integer.toString(++tt),
                f.fieldName()
                    + (f.criterionCode() == null ? "" : "\n(tiêu chí " + f.criterionCode() + ")"),
                f.description(),
                Severity.parse(f.severity()).map(Severity::labelVi).orElse(f.severity()),
                f.recommendation() == null ? "[Kiến nghị]" : f.recommendation(),
                Formats.date(f.due())));
      }
      b.table(
          new Table(
              List.of("TT", "Lĩnh vực", "Tồn tại, hạn chế", "Mức độ", "Kiến nghị", "Hạn khắc phục"),
              rows,
              List.of(6, 18, 28, 10, 23, 15)));
    }
    b.heading(1, "III. TỔ CHỨC THỰC HIỆN");
    LocalDate last =
        n.findings().stream().map(NoticeFinding::due).max(Comparator.naturalOrder()).orElse(null);
    if (last != null) {
      b.paragraph(
          "Đề nghị "
              + n.unitName()
              + " tổ chức khắc phục các tồn tại, hạn chế nêu tại Mục II trong thời hạn đã nêu; báo"
              + " cáo kết quả khắc phục từng nội dung, kèm tài liệu kiểm chứng, bằng văn bản về Sở"
              + " Nội vụ chậm nhất ngày "
              + Formats.date(last)
              + " để tổng hợp, theo dõi; kết quả khắc phục được sử dụng trong thẩm định Chỉ số cải"
              + " cách hành chính.");
    } else {
      b.paragraph(
          "Đề nghị "
              + n.unitName()
              + " tiếp tục phát huy kết quả đạt được trong công tác cải cách hành chính.");
    }
    b.paragraph("Sở Nội vụ thông báo để " + n.unitName() + " biết, thực hiện./.");
    return new AdminDocument(
        "UBND " + Issuers.upper(n.provinceName()),
        "SỞ NỘI VỤ",
        "Số: [      ]/TB-SNV",
        Issuers.place(n.provinceName()) + ", ngày [   ] tháng [   ] năm [   ]",
        "THÔNG BÁO",
        List.of(
            "Kết luận kiểm tra công tác cải cách hành chính năm " + n.year(),
            "tại " + n.unitName()),
        b.list(),
        List.of(
            "- " + n.unitName() + ";",
            "- UBND tỉnh (để b/c);",
            "- Giám đốc Sở (để b/c);",
            "- Thành viên Đoàn kiểm tra;",
            "- Lưu: VT, [CCHC]."),
        List.of("[KT. GIÁM ĐỐC]", "[PHÓ GIÁM ĐỐC]", "[Họ và tên]"),
        List.of());
  }

  private static String formPhrase(InspectionForm f) {
    return switch (f) {
      case ANNOUNCED -> "kiểm tra trực tiếp";
      case SURPRISE -> "kiểm tra đột xuất";
      case REPORT_REVIEW -> "kiểm tra qua báo cáo, hồ sơ, tài liệu về";
      case REINSPECTION -> "kiểm tra lại việc khắc phục tồn tại về";
    };
  }
}
