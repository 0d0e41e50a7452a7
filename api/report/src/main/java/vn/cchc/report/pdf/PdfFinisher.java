package vn.cchc.report.pdf;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionGoTo;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDBorderStyleDictionary;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageXYZDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import vn.cchc.report.pdf.PdfLayout.Heading;

/**
 * The parts written once the content is laid out: the table of contents (its page numbers are only
 * known then), bookmarks, the "Trang N/M" footers, and metadata fixed by the release so that every
 * run writes the same file.
 */
final class PdfFinisher {
  static final float TOC_LINE = 17;

  private PdfFinisher() {}

  static void tableOfContents(PdfLayout layout, String title) throws IOException {
    PDDocument doc = layout.doc;
    List<Heading> headings = layout.headings();
    float top = PdfLayout.A4.getHeight() - PdfLayout.MARGIN_TOP;
    int perPage = (int) ((top - 40 - PdfLayout.MARGIN_BOTTOM) / TOC_LINE);
    int tocPages = Math.max(1, (headings.size() + perPage - 1) / perPage);
    PDPage after = doc.getPage(0);
    for (int p = 0; p < tocPages; p++) {
      PDPage page = new PDPage(PdfLayout.A4);
      doc.getPages().insertAfter(page, after);
      after = page;
      try (PDPageContentStream out = new PDPageContentStream(doc, page)) {
        float y = top;
        if (p == 0) {
          write(out, layout.bold, 15, PdfLayout.MARGIN_X, y - 15, title, PdfLayout.ACCENT);
          y -= 40;
        }
        for (int i = p * perPage; i < Math.min(headings.size(), (p + 1) * perPage); i++) {
          Heading h = headings.get(i);
          int number = doc.getPages().indexOf(h.page()) + 1;
          PDFont font = h.level() == 1 ? layout.bold : layout.regular;
          float size = h.level() == 1 ? 10.5f : 9.5f;
          float indent = h.level() == 1 ? 0 : 16;
          String num = Integer.toString(number);
          float numWidth = PdfLayout.width(num, font, size);
          float room = PdfLayout.WIDTH - indent - numWidth - 24;
          String text = fit(h.text(), font, size, room);
          float textWidth = PdfLayout.width(text, font, size);
          write(out, font, size, PdfLayout.MARGIN_X + indent, y - size, text, PdfLayout.TEXT);
          String dots =
              dots(layout.regular, size, PdfLayout.WIDTH - indent - textWidth - numWidth - 8);
          write(
              out,
              layout.regular,
              size,
              PdfLayout.MARGIN_X + indent + textWidth + 4,
              y - size,
              dots,
              PdfLayout.RULE);
          write(
              out,
              font,
              size,
              PdfLayout.MARGIN_X + PdfLayout.WIDTH - numWidth,
              y - size,
              num,
              PdfLayout.TEXT);
          link(
              page,
              h,
              PdfLayout.MARGIN_X + indent,
              y - size - 3,
              PdfLayout.WIDTH - indent,
              size + 6);
          y -= TOC_LINE;
        }
      }
    }
  }

  static void outline(PdfLayout layout) {
    PDDocumentOutline outline = new PDDocumentOutline();
    PDOutlineItem parent = null;
    for (Heading h : layout.headings()) {
      PDOutlineItem item = new PDOutlineItem();
      item.setTitle(h.text());
      item.setDestination(destination(h));
      if (h.level() == 1 || parent == null) {
        outline.addLast(item);
        parent = item;
      } else {
        parent.addLast(item);
      }
    }
    layout.doc.getDocumentCatalog().setDocumentOutline(outline);
  }

  static void footers(PdfLayout layout, String left) throws IOException {
    PDDocument doc = layout.doc;
    int total = doc.getNumberOfPages();
    for (int i = 1; i < total; i++) {
      PDPage page = doc.getPage(i);
      try (PDPageContentStream out =
          new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
        String right = "Trang " + (i + 1) + "/" + total;
        float y = 30;
        out.setStrokingColor(PdfLayout.RULE);
        out.setLineWidth(0.5f);
        out.moveTo(PdfLayout.MARGIN_X, y + 12);
        out.lineTo(PdfLayout.MARGIN_X + PdfLayout.WIDTH, y + 12);
        out.stroke();
        write(out, layout.regular, 8, PdfLayout.MARGIN_X, y, left, PdfLayout.TEXT);
        write(
            out,
            layout.regular,
            8,
            PdfLayout.MARGIN_X + PdfLayout.WIDTH - PdfLayout.width(right, layout.regular, 8),
            y,
            right,
            PdfLayout.TEXT);
      }
    }
  }

  /** Dates from the release, an ID from its id: no clock, no random number in the file. */
  static void metadata(
      PDDocument doc, String title, String subject, String releaseId, LocalDate asOf, int year) {
    PDDocumentInformation info = doc.getDocumentInformation();
    info.setTitle(title);
    info.setSubject(subject);
    info.setAuthor("Sở Nội vụ");
    info.setCreator("CCHC Analytics");
    info.setProducer("CCHC Analytics (Apache PDFBox)");
    info.setKeywords("Chỉ số CCHC; " + year + "; " + releaseId);
    Calendar date = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    date.clear();
    LocalDate d = asOf != null ? asOf : LocalDate.of(year + 1, 5, 1);
    date.set(d.getYear(), d.getMonthValue() - 1, d.getDayOfMonth(), 0, 0, 0);
    info.setCreationDate(date);
    info.setModificationDate(date);
    byte[] id = md5(releaseId + "/" + year);
    COSArray ids = new COSArray();
    ids.add(new COSString(id));
    ids.add(new COSString(id));
    doc.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
    doc.getDocument().setDocumentID(ids);
  }

  private static byte[] md5(String s) {
    try {
      return MessageDigest.getInstance("MD5").digest(s.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static PDPageXYZDestination destination(Heading h) {
    PDPageXYZDestination dest = new PDPageXYZDestination();
    dest.setPage(h.page());
    dest.setTop((int) Math.min(PdfLayout.A4.getHeight(), h.y() + 10));
    dest.setLeft(0);
    return dest;
  }

  private static void link(PDPage page, Heading h, float x, float y, float w, float height)
      throws IOException {
    PDAnnotationLink link = new PDAnnotationLink();
    link.setRectangle(new PDRectangle(x, y, w, height));
    PDBorderStyleDictionary border = new PDBorderStyleDictionary();
    border.setWidth(0);
    link.setBorderStyle(border);
    PDActionGoTo action = new PDActionGoTo();
    action.setDestination(destination(h));
    link.setAction(action);
    page.getAnnotations().add(link);
  }

  private static String fit(String text, PDFont font, float size, float room) {
    if (PdfLayout.width(text, font, size) <= room) {
      return text;
    }
    String s = text;
    while (s.length() > 1 && PdfLayout.width(s + "…", font, size) > room) {
      s = s.substring(0, s.length() - 1);
    }
    return s + "…";
  }

  private static String dots(PDFont font, float size, float room) {
    float dot = PdfLayout.width(" .", font, size);
    int n = Math.max(0, (int) (room / dot) - 1);
    return " .".repeat(n);
  }

  private static void write(
      PDPageContentStream out, PDFont font, float size, float x, float y, String text, Color colour)
      throws IOException {
    out.beginText();
    out.setFont(font, size);
    out.setNonStrokingColor(colour);
    out.newLineAtOffset(x, y);
    out.showText(PdfLayout.clean(text));
    out.endText();
  }
}
