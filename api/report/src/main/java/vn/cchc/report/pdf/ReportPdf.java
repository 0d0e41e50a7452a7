package vn.cchc.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.function.Function;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.cchc.report.chart.ChartSpec;
import vn.cchc.report.font.ReportFonts;
import vn.cchc.report.model.AnnualReport;

/**
 * Writes the annual report as a PDF: the cover, the table of contents, the sections of {@link
 * #CONTENTS} and footers, with DejaVu Sans embedded (subset) so that every Vietnamese letter shows
 * and extracts.
 */
public final class ReportPdf {
  /** The sections in the order the Sở Nội vụ publishes them: the table of contents. */
  static final List<Function<SectionContext, ReportSection>> CONTENTS =
      List.of(
          SummarySection::new, // 1. Tóm tắt kết quả Chỉ số CCHC năm …
          RankingSection::new, // 2. Xếp hạng theo khối
          FieldSection::new, // 3. Chỉ số thành phần theo lĩnh vực
          HeatmapSection::new, // 4. Bản đồ nhiệt và các tiêu chí yếu
          AppraisalGapSection::new, // 5. Điểm tự đánh giá và điểm thẩm định
          SipasSection::new, // 6. Mức độ hài lòng của người dân, tổ chức (SIPAS)
          ReformInspectionSection::new, // 7. Kiểm tra công tác cải cách hành chính
          MethodologySection::new, // 8. Ghi chú phương pháp
          AnnexSection::new); // Phụ lục. Bảng xếp hạng đầy đủ

  private final ReportFonts fonts;

  public ReportPdf(ReportFonts fonts) {
    this.fonts = fonts;
  }

  public static String title(int year) {
    return "Báo cáo kết quả xác định Chỉ số cải cách hành chính năm " + year;
  }

  /** Writes the document and returns its page count. */
  public int write(AnnualReport report, List<ChartSpec> charts, OutputStream target)
      throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDType0Font regular = PDType0Font.load(doc, fonts.regularFile().toFile());
      PDType0Font bold = PDType0Font.load(doc, fonts.boldFile().toFile());
      PdfLayout layout = new PdfLayout(doc, regular, bold, fonts.regularName(), fonts.boldName());
      Cover.write(layout, report);
      SectionContext context = new SectionContext(layout, report, new Figures(layout, charts));
      CONTENTS.forEach(section -> section.apply(context).write());
      layout.closeStream();
      PdfFinisher.tableOfContents(layout, "Mục lục");
      PdfFinisher.outline(layout);
      PdfFinisher.footers(
          layout, "Chỉ số CCHC năm " + report.year() + " – bản phát hành " + report.releaseId());
      PdfFinisher.metadata(
          doc,
          title(report.year()),
          "Chỉ số CCHC, mức độ hài lòng (SIPAS) và kiểm tra CCHC năm " + report.year(),
          report.releaseId(),
          report.asOfDate(),
          report.year());
      doc.save(target);
      return doc.getNumberOfPages();
    }
  }
}
