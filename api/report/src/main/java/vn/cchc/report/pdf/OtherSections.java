package vn.cchc.report.pdf;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.report.geo.CommuneBoundaries;
import vn.cchc.report.model.AnnualReport;
import vn.cchc.report.model.BlocReport;
import vn.cchc.report.model.BlocReport.RankedUnit;
import vn.cchc.report.model.InspectionSection;
import vn.cchc.report.model.InspectionSection.FieldOutcome;
import vn.cchc.report.model.InspectionSection.OverdueFinding;
import vn.cchc.report.model.InspectionSection.Target;
import vn.cchc.report.model.MethodologyNotes;
import vn.cchc.report.model.SatisfactionSection;
import vn.cchc.report.model.SatisfactionSection.ComponentResult;
import vn.cchc.report.text.Formats;

/** Satisfaction, inspections, methodology notes and the annex of full rankings. */
final class OtherSections {
  /** Overdue findings listed; the total is always given. */
  static final int OVERDUE_LISTED = 25;

  private final PdfLayout layout;
  private final AnnualReport report;
  private final ReportSections sections;
  private final int year;

  OtherSections(PdfLayout layout, AnnualReport report, ReportSections sections) {
    this.layout = layout;
    this.report = report;
    this.sections = sections;
    this.year = report.year();
  }

  void write() {
    satisfaction();
    inspections();
    methodology();
    annex();
  }

  private void satisfaction() {
    layout.heading(1, "6. Mức độ hài lòng của người dân, tổ chức (SIPAS)");
    SatisfactionSection s = report.satisfaction();
    if (s.isEmpty()) {
      layout.paragraph("Bản phát hành không có kết quả khảo sát mức độ hài lòng năm " + year + ".");
      return;
    }
    layout.paragraph("Khảo sát " + s.surveyCode() + ". Tỷ lệ hài lòng là tỷ lệ câu trả lời \"hài lòng\" hoặc \"rất hài"
        + " lòng\"; giá trị của khối được gộp theo số người trả lời của các đơn vị, kèm khoảng tin cậy 95% (Wilson)."
        + (s.designBreak() ? " Thiết kế khảo sát năm " + year + " khác năm trước: không so sánh trực tiếp với năm trước."
            : ""));
    sections.charts("hai-long-thanh-phan");
    PdfTable t = new PdfTable(List.of("Khối", "Thành phần", "Số đơn vị", "Người trả lời", "Tỷ lệ hài lòng",
        "Khoảng tin cậy 95%", "Đơn vị mẫu nhỏ"), new float[] {1.6f, 2.6f, 0.8f, 1, 1, 1.3f, 0.9f},
        new boolean[] {false, false, true, true, true, true, true});
    for (ComponentResult r : s.components()) {
      t.row(Bloc.valueOf(r.bloc()).labelVi(), r.componentLabelVi(), Integer.toString(r.units()),
          Formats.integer(r.respondents()), Formats.pct(r.satisfiedPct()),
          Formats.decimal(r.lowPct()) + " – " + Formats.decimal(r.highPct()), Integer.toString(r.smallSampleUnits()));
    }
    layout.table(t);
    long small = s.units().stream().filter(SatisfactionSection.UnitResult::smallSample).count();
    layout.paragraph(small + "/" + s.units().size() + " đơn vị có mẫu nhỏ; kết quả của các đơn vị này được đánh dấu (*)"
        + " và tô màu xám trong các biểu đồ dưới đây, chỉ mang tính tham khảo.");
    for (BlocReport b : report.blocs()) {
      layout.heading(2, "Mức độ hài lòng theo đơn vị – " + b.labelVi());
      sections.charts("hai-long-" + b.bloc().toLowerCase(Locale.ROOT));
    }
  }

  private void inspections() {
    layout.heading(1, "7. Kiểm tra công tác cải cách hành chính");
    InspectionSection s = report.inspections();
    if (s.inspections() == 0 && s.byField().isEmpty()) {
      layout.paragraph("Bản phát hành không có cuộc kiểm tra nào trong năm " + year + ".");
    } else {
      layout.paragraph("Năm " + year + " đã tiến hành " + s.inspections() + " cuộc kiểm tra tại " + s.inspectedUnits()
          + " cơ quan, đơn vị; phát hiện " + s.findings() + " tồn tại, hạn chế. Tình trạng khắc phục tính đến ngày "
          + Formats.date(report.asOfDate()) + ".");
      sections.charts("kiem-tra-linh-vuc");
      PdfTable t = new PdfTable(List.of("Lĩnh vực / nội dung", "Đơn vị", "Tồn tại", "Đúng hạn", "Trễ hạn", "Chưa khắc phục",
          "Quá hạn"), new float[] {3.4f, 0.8f, 0.8f, 0.8f, 0.8f, 1, 0.8f},
          new boolean[] {false, true, true, true, true, true, true});
      for (FieldOutcome f : s.byField()) {
        t.row(f.fieldLabelVi(), Integer.toString(f.units()), Integer.toString(f.findings()),
            Integer.toString(f.remediatedOnTime()), Integer.toString(f.remediatedLate()), Integer.toString(f.open()),
            Integer.toString(f.overdue()));
      }
      layout.table(t);
    }
    layout.heading(2, "Tồn tại, hạn chế quá hạn chưa khắc phục");
    if (s.overdue().isEmpty()) {
      layout.paragraph("Không có tồn tại nào quá hạn khắc phục tính đến ngày " + Formats.date(report.asOfDate()) + ".");
    } else {
      layout.ensure(90);
      layout.paragraph("Tính đến ngày " + Formats.date(report.asOfDate()) + " có " + s.overdue().size()
          + " tồn tại, hạn chế đã quá hạn mà chưa khắc phục (mọi năm kiểm tra)"
          + (s.overdue().size() > OVERDUE_LISTED ? "; bảng dưới đây liệt kê " + OVERDUE_LISTED + " tồn tại quá hạn lâu nhất"
              : "") + ".");
      PdfTable t = new PdfTable(List.of("Đơn vị", "Năm KT", "Lĩnh vực", "Mức độ", "Nội dung", "Hạn", "Quá hạn (ngày)"),
          new float[] {2.2f, 0.6f, 0.8f, 0.8f, 2.8f, 0.9f, 0.8f},
          new boolean[] {false, true, false, false, false, false, true});
      for (OverdueFinding f : s.overdue().subList(0, Math.min(OVERDUE_LISTED, s.overdue().size()))) {
        t.row(f.unit().withCode(), Integer.toString(f.inspectionYear()), f.fieldCode(), f.severity(),
            Objects.requireNonNullElse(f.description(), ""), Formats.date(f.dueDate()), Integer.toString(f.daysOverdue()));
      }
      layout.table(t);
    }
    layout.heading(2, "Đề xuất đối tượng kiểm tra năm " + (year + 1));
    if (s.targets().isEmpty()) {
      layout.paragraph("Kho dữ liệu chưa có đề xuất đối tượng kiểm tra cho năm kế hoạch " + (year + 1)
          + " (đề xuất chỉ được lập từ năm chỉ số mới nhất của bản phát hành).");
    } else {
      layout.paragraph("Các đơn vị được ưu tiên kiểm tra năm " + s.planYear() + " theo điểm ưu tiên (chỉ số thấp, tiêu"
          + " chí không đạt, mức độ hài lòng thấp, tồn tại chưa khắc phục, thời gian chưa được kiểm tra); "
          + s.targets().size() + " đơn vị đứng đầu:");
      PdfTable t = new PdfTable(List.of("TT", "Đơn vị", "Chỉ số " + year, "Điểm ưu tiên", "Lý do đề xuất"),
          new float[] {0.4f, 2.2f, 0.8f, 0.7f, 3.8f}, new boolean[] {true, false, true, true, false});
      for (Target target : s.targets()) {
        t.row(Integer.toString(target.priorityRank()), target.unit().withCode(),
            target.indexPct() == null ? "–" : Formats.pct(target.indexPct()), Formats.decimal(target.totalScore(), 0),
            target.reasonsVi());
      }
      layout.table(t);
    }
  }

  private void methodology() {
    layout.heading(1, "8. Ghi chú phương pháp");
    MethodologyNotes m = report.methodology();
    layout.heading(2, "Bộ tiêu chí áp dụng");
    layout.bullet("Năm " + year + ": " + m.current().code() + " – " + m.current().name() + ". Căn cứ: "
        + m.current().legalBasis() + ".");
    if (m.previous() != null) {
      layout.bullet("Năm " + report.previousYear() + ": " + m.previous().code() + " – " + m.previous().name() + ".");
    }
    for (BlocReport b : report.blocs()) {
      layout.bullet(b.labelVi() + ": phiên bản " + b.version() + ", " + b.ranking().size() + " đơn vị được xếp hạng.");
    }
    layout.paragraph("Chỉ số CCHC = (điểm thẩm định + điểm điều tra xã hội học + điểm thưởng − điểm trừ) ÷ tổng điểm tối"
        + " đa áp dụng × 100%. Các tiêu chí không áp dụng đối với đơn vị được loại khỏi điểm tối đa. Xếp hạng theo chỉ số"
        + " làm tròn hai chữ số thập phân; các đơn vị bằng điểm có cùng thứ hạng.");
    layout.heading(2, "Thay đổi ảnh hưởng đến khả năng so sánh");
    if (m.breaks().isEmpty()) {
      layout.paragraph("Không có thay đổi bộ tiêu chí hay sắp xếp đơn vị nào giữa năm " + report.previousYear()
          + " và năm " + year + ".");
    }
    m.breaks().forEach(layout::bullet);
    layout.heading(2, "Cách so sánh của từng diễn biến");
    m.bases().forEach(layout::bullet);
    long reused = report.blocs().stream().flatMap(b -> b.ranking().stream()).filter(u -> u.unit().codeReused()).count();
    if (reused > 0) {
      layout.bullet(reused + " đơn vị được đánh giá năm " + year + " mang mã đã dùng cho một đơn vị khác trong danh mục"
          + " (mã được dùng lại sau sắp xếp đơn vị hành chính). Báo cáo xác định mỗi đơn vị bằng mã cùng ngày bắt đầu"
          + " hiệu lực, so sánh qua các năm theo đơn vị đó chứ không theo mã, và ghi kèm thời gian hiệu lực bên"
          + " cạnh mã trong các bảng, ví dụ " + reusedExample() + ".");
    }
    long provisional = report.blocs().stream().flatMap(b -> b.ranking().stream()).filter(RankedUnit::provisional).count();
    layout.heading(2, "Chất lượng dữ liệu");
    if (provisional > 0) {
      layout.bullet(provisional + " đơn vị có chỉ số tạm tính (còn điểm tự đánh giá chưa được thẩm định), đánh dấu (T)"
          + " trong phụ lục.");
    }
    if (m.dataQuality().isEmpty()) {
      layout.bullet("Không phát hiện vấn đề dữ liệu nào của năm " + year + ".");
    }
    for (String q : m.dataQuality()) {
      String[] parts = q.split("[ :]+", 3);
      layout.bullet(AnnualText.severity(parts[0]) + " – " + AnnualText.rule(parts[1]) + ": " + parts[2] + " trường hợp.");
    }
    mapSource();
  }

  private String reusedExample() {
    return report.blocs().stream().flatMap(b -> b.ranking().stream()).map(RankedUnit::unit)
        .filter(u -> u.codeReused()).findFirst().map(u -> u.label()).orElse("");
  }

  /** The boundaries' source and their MIT notice, which must travel with every copy of them. */
  private void mapSource() {
    if (report.communeMap() == null) {
      return;
    }
    layout.heading(2, "Nguồn dữ liệu bản đồ");
    layout.paragraph("Bản đồ xếp loại cấp xã dùng ranh giới các xã, phường, đặc khu " + CommuneBoundaries.PROVINCE_VI
        + " có hiệu lực từ "
        + Formats.date(CommuneBoundaries.VALID_ON) + ", lấy từ kho mã nguồn mở thanglequoc/vietnamese-provinces-database"
        + " (dựa trên Bản đồ đơn vị hành chính sapnhap.bando.com.vn), đã đơn giản hóa, chỉ dùng để minh họa, không"
        + " dùng để đo diện tích. Một xã được tô màu khi đơn vị cùng mã có hiệu lực vào ngày "
        + Formats.date(CommuneBoundaries.VALID_ON) + " và có số liệu của năm. Dữ liệu ranh giới được dùng theo giấy"
        + " phép MIT, nguyên văn:");
    for (String line : CommuneBoundaries.licenceText().strip().split("\\n\\s*\\n")) {
      layout.note(line.replace('\n', ' '));
    }
  }

  private void annex() {
    layout.heading(1, "Phụ lục. Bảng xếp hạng đầy đủ");
    for (BlocReport b : report.blocs()) {
      layout.heading(2, "Phụ lục – " + b.labelVi());
      PdfTable t = new PdfTable(List.of("Hạng", "Đơn vị", "Mã", "Điểm đạt", "Điểm tối đa", "Chỉ số (%)", "Xếp loại"),
          new float[] {0.5f, 2.8f, 1.5f, 0.9f, 0.9f, 0.9f, 1.1f},
          new boolean[] {true, false, false, true, true, true, false});
      for (RankedUnit u : b.ranking()) {
        t.row(Integer.toString(u.rank()), u.unit().label() + (u.provisional() ? " (T)" : ""), u.unit().code(),
            Formats.decimal(u.totalPoints()), Formats.decimal(u.applicableMax()), Formats.decimal(u.indexPctRounded()),
            u.band() == null ? "–" : u.band() + " – " + u.bandLabel());
      }
      layout.table(t);
    }
  }
}
