package vn.cchc.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;
import vn.cchc.report.model.AnnualReport;
import vn.cchc.report.text.Formats;

/**
 * The title page: issuing authority, title, year and release. It has no heading, so no entry in the
 * contents.
 */
final class Cover {
  private Cover() {}

  static void write(PdfLayout layout, AnnualReport report) {
    layout.newPage();
    layout.space(40);
    center(layout, "UỶ BAN NHÂN DÂN TỈNH", layout.bold, 12);
    center(layout, "SỞ NỘI VỤ", layout.bold, 12);
    layout.space(150);
    center(layout, "BÁO CÁO", layout.bold, 26);
    layout.space(6);
    for (String line :
        PdfLayout.wrap(
            "Kết quả xác định Chỉ số cải cách hành chính (Chỉ số CCHC) năm "
                + report.year()
                + " của các sở, ban, ngành và UBND các cấp",
            layout.bold,
            16,
            PdfLayout.WIDTH - 40)) {
      center(layout, line, layout.bold, 16);
    }
    layout.space(12);
    center(
        layout,
        "kèm kết quả khảo sát mức độ hài lòng (SIPAS) và kiểm tra công tác cải cách hành chính",
        layout.regular,
        10.5f);
    layout.space(200);
    List<String> facts = new ArrayList<>();
    facts.add("Năm đánh giá: " + report.year());
    facts.add("Bản phát hành dữ liệu: " + report.releaseId());
    if (report.asOfDate() != null) {
      facts.add("Số liệu tính đến ngày: " + Formats.date(report.asOfDate()));
    }
    facts.add("Báo cáo được lập tự động từ kho dữ liệu CCHC Analytics");
    for (String f : facts) {
      center(layout, f, layout.regular, 10);
    }
  }

  private static void center(PdfLayout layout, String text, PDFont font, float size) {
    float w = PdfLayout.width(text, font, size);
    layout.text(
        text,
        font,
        size,
        PdfLayout.MARGIN_X + (PdfLayout.WIDTH - w) / 2,
        layout.y() - size,
        PdfLayout.TEXT);
    layout.space(size * 1.5f);
  }
}
