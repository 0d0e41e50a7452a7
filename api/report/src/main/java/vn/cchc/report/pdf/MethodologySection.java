package vn.cchc.report.pdf;

import vn.cchc.report.geo.CommuneBoundaries;
import vn.cchc.report.model.BlocReport;
import vn.cchc.report.model.BlocReport.RankedUnit;
import vn.cchc.report.model.MethodologyNotes;
import vn.cchc.report.model.UnitRef;
import vn.cchc.report.text.Formats;

/**
 * 8. What a reader needs to compare the figures: the methodology in force, the breaks, the basis of
 * each comparison, data quality and the source of the map's boundaries.
 */
final class MethodologySection extends ReportSection {
  MethodologySection(SectionContext context) {
    super(context, "8. Ghi chú phương pháp");
  }

  @Override
  void body() {
    MethodologyNotes m = report.methodology();
    layout.heading(2, "Bộ tiêu chí áp dụng");
    layout.bullet(
        "Năm "
            + year
            + ": "
            + m.current().code()
            + " – "
            + m.current().name()
            + ". Căn cứ: "
            + m.current().legalBasis()
            + ".");
    if (m.previous() != null) {
      layout.bullet(
          "Năm "
              + report.previousYear()
              + ": "
              + m.previous().code()
              + " – "
              + m.previous().name()
              + ".");
    }
    for (BlocReport b : report.blocs()) {
      layout.bullet(
          b.labelVi()
              + ": phiên bản "
              + b.version()
              + ", "
              + b.ranking().size()
              + " đơn vị được xếp hạng.");
    }
    layout.paragraph(
        "Chỉ số CCHC = (điểm thẩm định + điểm điều tra xã hội học + điểm thưởng − điểm trừ) ÷ tổng điểm tối"
            + " đa áp dụng × 100%. Các tiêu chí không áp dụng đối với đơn vị được loại khỏi điểm tối đa. Xếp hạng theo chỉ số"
            + " làm tròn hai chữ số thập phân; các đơn vị bằng điểm có cùng thứ hạng.");
    layout.heading(2, "Thay đổi ảnh hưởng đến khả năng so sánh");
    if (m.breaks().isEmpty()) {
      layout.paragraph(
          "Không có thay đổi bộ tiêu chí hay sắp xếp đơn vị nào giữa năm "
              + report.previousYear()
              + " và năm "
              + year
              + ".");
    }
    m.breaks().forEach(layout::bullet);
    layout.heading(2, "Cách so sánh của từng diễn biến");
    m.bases().forEach(layout::bullet);
    long reused =
        report.blocs().stream()
            .flatMap(b -> b.ranking().stream())
            .filter(u -> u.unit().codeReused())
            .count();
    if (reused > 0) {
      layout.bullet(
          reused
              + " đơn vị được đánh giá năm "
              + year
              + " mang mã đã dùng cho một đơn vị khác trong danh mục"
              + " (mã được dùng lại sau sắp xếp đơn vị hành chính). Báo cáo xác định mỗi đơn vị bằng mã cùng ngày bắt đầu"
              + " hiệu lực, so sánh qua các năm theo đơn vị đó chứ không theo mã, và ghi kèm thời gian hiệu lực bên"
              + " cạnh mã trong các bảng, ví dụ "
              + reusedExample()
              + ".");
    }
    dataQuality(m);
    mapSource();
  }

  private String reusedExample() {
    return report.blocs().stream()
        .flatMap(b -> b.ranking().stream())
        .map(RankedUnit::unit)
        .filter(UnitRef::codeReused)
        .findFirst()
        .map(UnitRef::label)
        .orElse("");
  }

  private void dataQuality(MethodologyNotes m) {
    long provisional =
        report.blocs().stream()
            .flatMap(b -> b.ranking().stream())
            .filter(RankedUnit::provisional)
            .count();
    layout.heading(2, "Chất lượng dữ liệu");
    if (provisional > 0) {
      layout.bullet(
          provisional
              + " đơn vị có chỉ số tạm tính (còn điểm tự đánh giá chưa được thẩm định, hoặc tiêu chí điều tra"
              + " xã hội học chưa có câu trả lời), đánh dấu (T)"
              + " trong phụ lục.");
    }
    if (m.dataQuality().isEmpty()) {
      layout.bullet("Không phát hiện vấn đề dữ liệu nào của năm " + year + ".");
    }
    for (String q : m.dataQuality()) {
      String[] parts = q.split("[ :]+", 3);
      layout.bullet(
          AnnualText.severity(parts[0])
              + " – "
              + AnnualText.rule(parts[1])
              + ": "
              + parts[2]
              + " trường hợp.");
    }
  }

  /** The boundaries' source and their MIT notice, which must travel with every copy of them. */
  private void mapSource() {
    if (report.communeMap() == null) {
      return;
    }
    layout.heading(2, "Nguồn dữ liệu bản đồ");
    layout.paragraph(
        "Bản đồ xếp loại cấp xã dùng ranh giới các xã, phường, đặc khu "
            + CommuneBoundaries.PROVINCE_VI
            + " có hiệu lực từ "
            + Formats.date(CommuneBoundaries.VALID_ON)
            + ", lấy từ kho mã nguồn mở thanglequoc/vietnamese-provinces-database"
            + " (dựa trên Bản đồ đơn vị hành chính sapnhap.bando.com.vn), đã đơn giản hóa, chỉ dùng để minh họa, không"
            + " dùng để đo diện tích. Một xã được tô màu khi đơn vị cùng mã có hiệu lực vào ngày "
            + Formats.date(CommuneBoundaries.VALID_ON)
            + " và có số liệu của năm. Dữ liệu ranh giới được dùng theo giấy"
            + " phép MIT, nguyên văn:");
    for (String line : CommuneBoundaries.licenceText().strip().split("\\n\\s*\\n")) {
      layout.note(line.replace('\n', ' '));
    }
  }
}
