package vn.cchc.report.pdf;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Color;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.util.Matrix;
import vn.cchc.report.chart.ChartSpec;

/**
 * A flowing A4 layout on PDFBox: headings (remembered for the table of contents), wrapped
 * paragraphs, tables that repeat their header across pages, and charts drawn as vector graphics.
 * The cursor moves down the page; whatever does not fit goes on a new page.
 */
final class PdfLayout {
  static final PDRectangle A4 = PDRectangle.A4;
  static final float MARGIN_X = 56;
  static final float MARGIN_TOP = 56;
  static final float MARGIN_BOTTOM = 56;
  static final float WIDTH = A4.getWidth() - 2 * MARGIN_X;
  static final Color TEXT = new Color(0x22, 0x22, 0x22);
  static final Color HEADER_FILL = new Color(0xE4, 0xEC, 0xF5);
  static final Color STRIPE_FILL = new Color(0xF6, 0xF6, 0xF6);
  static final Color RULE = new Color(0xBB, 0xBB, 0xBB);
  static final Color ACCENT = new Color(0x1F, 0x5F, 0xA8);

  record Heading(int level, String text, PDPage page, float y) {}

  final PDDocument doc;
  final PDFont regular;
  final PDFont bold;
  private final PdfBoxGraphics2DFontTextDrawer chartText;
  private final List<Heading> headings = new ArrayList<>();
  private PDPage page;
  private PDPageContentStream out;
  private float y;
  private String pending;

  PdfLayout(
      PDDocument doc, PDFont regular, PDFont bold, String regularAwtName, String boldAwtName) {
    this.doc = doc;
    this.regular = regular;
    this.bold = bold;
    this.chartText = new PdfBoxGraphics2DFontTextDrawer();
    // chart text stays text (searchable, the same embedded DejaVu) instead of outlines
    chartText.registerFont(regularAwtName, regular);
    chartText.registerFont(boldAwtName, bold);
  }

  List<Heading> headings() {
    return headings;
  }

  PDPage page() {
    return page;
  }

  void newPage() {
    closeStream();
    page = new PDPage(A4);
    doc.addPage(page);
    try {
      out = new PDPageContentStream(doc, page);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y = A4.getHeight() - MARGIN_TOP;
  }

  void closeStream() {
    flush();
    if (out != null) {
      try {
        out.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out = null;
    }
  }

  float remaining() {
    return y - MARGIN_BOTTOM;
  }

  void ensure(float height) {
    String heading = pending;
    pending = null;
    float need = height + (heading == null ? 0 : headingHeight(2, heading));
    if (out == null || remaining() < need) {
      newPage();
    }
    if (heading != null) {
      drawHeading(2, heading);
    }
  }

  /**
   * Draws a heading still waiting for content, so that it is not lost at the end of the document.
   */
  void flush() {
    if (pending != null) {
      ensure(0);
    }
  }

  void space(float points) {
    y -= points;
  }

  /**
   * A numbered heading. Level 1 starts a new page; level 2 waits for the next element, so that it
   * always stands on the same page as the first thing under it.
   */
  void heading(int level, String text) {
    if (level == 1) {
      newPage();
      drawHeading(level, text);
    } else {
      pending = text;
    }
  }

  private float headingHeight(int level, String text) {
    float size = level == 1 ? 15 : 12;
    return 6 + wrap(text, bold, size, WIDTH).size() * size * 1.35f + 4;
  }

  private void drawHeading(int level, String text) {
    float size = level == 1 ? 15 : 12;
    if (level != 1) {
      space(6);
    }
    headings.add(new Heading(level, text, page, y));
    for (String line : wrap(text, bold, size, WIDTH)) {
      text(line, bold, size, MARGIN_X, y - size, level == 1 ? ACCENT : TEXT);
      y -= size * 1.35f;
    }
    if (level == 1) {
      rule(y - 2);
      y -= 8;
    }
    y -= 4;
  }

  void paragraph(String text) {
    paragraph(text, regular, 10, 0);
  }

  void bullet(String text) {
    ensure(14 + 4);
    text("•", regular, 10, MARGIN_X + 4, y - 10, TEXT);
    paragraph(text, regular, 10, 16);
  }

  void note(String text) {
    paragraph(text, regular, 8.5f, 0);
  }

  void paragraph(String text, PDFont font, float size, float indent) {
    float leading = size * 1.4f;
    for (String line : wrap(text, font, size, WIDTH - indent)) {
      ensure(leading);
      text(line, font, size, MARGIN_X + indent, y - size, TEXT);
      y -= leading;
    }
    y -= size * 0.5f;
  }

  /**
   * A chart scaled to the text width (and down to one page when taller), with its caption below.
   */
  void chart(ChartSpec spec, String caption) {
    float scale =
        (float)
            Math.min(
                WIDTH / spec.width(),
                (A4.getHeight() - MARGIN_TOP - MARGIN_BOTTOM - 30) / spec.height());
    float w = (float) spec.width() * scale;
    float h = (float) spec.height() * scale;
    ensure(h + 24);
    try {
      PdfBoxGraphics2D g2 = new PdfBoxGraphics2D(doc, (float) spec.width(), (float) spec.height());
      g2.setFontTextDrawer(chartText);
      spec.chart().draw(g2, new Rectangle2D.Double(0, 0, spec.width(), spec.height()));
      g2.dispose();
      PDFormXObject form = g2.getXFormObject();
      out.saveGraphicsState();
      float x = MARGIN_X + (WIDTH - w) / 2;
      out.transform(new Matrix(scale, 0, 0, scale, x, y - h));
      out.drawForm(form);
      out.restoreGraphicsState();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    y -= h + 4;
    for (String line : wrap(caption, regular, 8.5f, WIDTH)) {
      text(
          line, regular, 8.5f, MARGIN_X + (WIDTH - width(line, regular, 8.5f)) / 2, y - 8.5f, TEXT);
      y -= 11;
    }
    y -= 8;
  }

  void table(PdfTable table) {
    table.draw(this);
  }

  // --- drawing primitives, used by PdfTable too

  PDPageContentStream stream() {
    return out;
  }

  float y() {
    return y;
  }

  void y(float value) {
    y = value;
  }

  void text(String s, PDFont font, float size, float x, float baseline, Color colour) {
    try {
      out.beginText();
      out.setFont(font, size);
      out.setNonStrokingColor(colour);
      out.newLineAtOffset(x, baseline);
      out.showText(clean(s));
      out.endText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void fill(float x, float yBottom, float w, float h, Color colour) {
    try {
      out.setNonStrokingColor(colour);
      out.addRect(x, yBottom, w, h);
      out.fill();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void rule(float atY) {
    try {
      out.setStrokingColor(RULE);
      out.setLineWidth(0.6f);
      out.moveTo(MARGIN_X, atY);
      out.lineTo(MARGIN_X + WIDTH, atY);
      out.stroke();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static float width(String s, PDFont font, float size) {
    try {
      return font.getStringWidth(clean(s)) / 1000f * size;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Control characters are not glyphs: tabs and line breaks become spaces. */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().forEach(c -> b.appendCodePoint(Character.isISOControl(c) ? ' ' : c));
    return b.toString();
  }

  /** Greedy word wrap; a word longer than the line is cut. */
  static List<String> wrap(String text, PDFont font, float size, float maxWidth) {
    List<String> lines = new ArrayList<>();
    for (String paragraph : (text == null ? "" : text).split("\n", -1)) {
      StringBuilder line = new StringBuilder();
      for (String word : paragraph.split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (width(candidate, font, size) <= maxWidth) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        String rest = word;
        while (width(rest, font, size) > maxWidth && rest.length() > 1) {
          int cut = rest.length() - 1;
          while (cut > 1 && width(rest.substring(0, cut), font, size) > maxWidth) {
            cut--;
          }
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      lines.add(line.toString());
    }
    return lines;
  }
}
