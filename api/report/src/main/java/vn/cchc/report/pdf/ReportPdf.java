package vn.cchc.report.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import vn.cchc.report.chart.ChartSpec;
import vn.cchc.report.font.ReportFonts;
import vn.cchc.report.model.AnnualReport;

/**
 * Writes the annual report as a PDF: cover, table of contents, the sections of {@link ReportSections} and
 * footers, with DejaVu Sans embedded (subset) so that every Vietnamese letter shows and extracts.
 */
public final class ReportPdf {
  private final ReportFonts fonts;

  public ReportPdf(ReportFonts fonts) {
    this.fonts = fonts;
  }

  public static String title(int year) {
    return "Báo cáo kết quả xác định Chỉ số cải cách hành chính năm " + year;
  }

  /** Writes the document and returns its page count. */
  public int write(AnnualReport report, List<ChartSpec> charts, OutputStream target) throws IOException {
    Map<String, ChartSpec> byId = new LinkedHashMap<>();
    charts.forEach(c -> byId.put(c.id(), c));
    try (PDDocument doc = new PDDocument()) {
      PDType0Font regular = PDType0Font.load(doc, fonts.regularFile().toFile());
      PDType0Font bold = PDType0Font.load(doc, fonts.boldFile().toFile());
      PdfLayout layout = new PdfLayout(doc, regular, bold, fonts.regularName(), fonts.boldName());
      cover(layout, report);
      new ReportSections(layout, report, byId).write();
      layout.closeStream();
      PdfFinisher.tableOfContents(layout, "Mục lục");
      PdfFinisher.outline(layout);
      PdfFinisher.footers(layout, "Chỉ số CCHC năm " + report.year() + " – bản phát hành " + report.releaseId());
      PdfFinisher.metadata(doc, title(report.year()), "Chỉ số CCHC, mức độ hài lòng (SIPAS) và kiểm tra CCHC năm "
          + report.year(), report.releaseId(), report.asOfDate(), report.year());
      doc.save(target);
      return doc.getNumberOfPages();
    }
  }

  private static void cover(PdfLayout layout, AnnualReport report) {
    layout.newPage();
    layout.space(40);
    center(layout, "UỶ BAN NHÂN DÂN TỈNH", layout.bold, 12);
    center(layout, "SỞ NỘI VỤ", layout.bold, 12);
    layout.space(150);
    center(layout, "BÁO CÁO", layout.bold, 26);
    layout.space(6);
    for (String line : PdfLayout.wrap("Kết quả xác định Chỉ số cải cách hành chính (Chỉ số CCHC) năm " + report.year()
        + " của các sở, ban, ngành và UBND các cấp", layout.bold, 16, PdfLayout.WIDTH - 40)) {
      center(layout, line, layout.bold, 16);
    }
    layout.space(12);
    center(layout, "kèm kết quả khảo sát mức độ hài lòng (SIPAS) và kiểm tra công tác cải cách hành chính",
        layout.regular, 10.5f);
    layout.space(200);
    List<String> facts = new ArrayList<>();
    facts.add("Năm đánh giá: " + report.year());
    facts.add("Bản phát hành dữ liệu: " + report.releaseId());
    if (report.asOfDate() != null) {
      facts.add("Số liệu tính đến ngày: " + vn.cchc.report.text.Formats.date(report.asOfDate()));
    }
    facts.add("Báo cáo được lập tự động từ kho dữ liệu CCHC Analytics");
    for (String f : facts) {
      center(layout, f, layout.regular, 10);
    }
  }

  private static void center(PdfLayout layout, String text, org.apache.pdfbox.pdmodel.font.PDFont font, float size) {
    float w = PdfLayout.width(text, font, size);
    layout.text(text, font, size, PdfLayout.MARGIN_X + (PdfLayout.WIDTH - w) / 2, layout.y() - size, PdfLayout.TEXT);
    layout.space(size * 1.5f);
  }
}
