package vn.cchc.report.pdf;

import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * A table of wrapped text cells. Column widths are shares of the text width; numeric columns align
 * right. A row never splits; the header repeats on every page the table runs onto.
 */
final class PdfTable {
  static final float SIZE = 7.5f;
  static final float PAD = 3;
  static final float LEADING = SIZE * 1.3f;

  private final List<String> header;
  private final float[] shares;
  private final boolean[] right;
  private final List<List<String>> rows = new ArrayList<>();

  PdfTable(List<String> header, float[] shares, boolean[] right) {
    if (header.size() != shares.length || shares.length != right.length) {
      throw new IllegalArgumentException(
          "Cannot build a table: "
              + header.size()
              + " headers, "
              + shares.length
              + " widths, "
              + right.length
              + " alignments");
    }
    this.header = List.copyOf(header);
    this.shares = shares.clone();
    this.right = right.clone();
  }

  PdfTable row(String... cells) {
    rows.add(List.of(cells));
    return this;
  }

  boolean isEmpty() {
    return rows.isEmpty();
  }

  void draw(PdfLayout layout) {
    float total = 0;
    for (float s : shares) {
      total += s;
    }
    float[] widths = new float[shares.length];
    for (int i = 0; i < shares.length; i++) {
      widths[i] = shares[i] / total * PdfLayout.WIDTH;
    }
    List<List<String>> headerLines = lines(header, widths, layout.bold);
    float headerHeight = height(headerLines);
    List<List<List<String>>> bodyLines = new ArrayList<>();
    for (List<String> r : rows) {
      bodyLines.add(lines(r, widths, layout.regular));
    }
    float first = bodyLines.isEmpty() ? 0 : height(bodyLines.get(0));
    layout.ensure(headerHeight + first + 4);
    drawRow(layout, headerLines, widths, layout.bold, headerHeight, PdfLayout.HEADER_FILL, true);
    for (int r = 0; r < bodyLines.size(); r++) {
      float h = height(bodyLines.get(r));
      if (layout.remaining() < h) {
        layout.newPage();
        drawRow(
            layout, headerLines, widths, layout.bold, headerHeight, PdfLayout.HEADER_FILL, true);
      }
      drawRow(
          layout,
          bodyLines.get(r),
          widths,
          layout.regular,
          h,
          r % 2 == 1 ? PdfLayout.STRIPE_FILL : null,
          false);
    }
    layout.rule(layout.y());
    layout.space(10);
  }

  private void drawRow(
      PdfLayout layout,
      List<List<String>> cells,
      float[] widths,
      PDFont font,
      float h,
      java.awt.Color fill,
      boolean isHeader) {
    float top = layout.y();
    if (fill != null) {
      layout.fill(PdfLayout.MARGIN_X, top - h, PdfLayout.WIDTH, h, fill);
    }
    float x = PdfLayout.MARGIN_X;
    for (int c = 0; c < cells.size(); c++) {
      float baseline = top - PAD - SIZE;
      for (String line : cells.get(c)) {
        float tx = right[c] ? x + widths[c] - PAD - PdfLayout.width(line, font, SIZE) : x + PAD;
        layout.text(line, font, SIZE, tx, baseline, PdfLayout.TEXT);
        baseline -= LEADING;
      }
      x += widths[c];
    }
    layout.y(top - h);
  }

  private static List<List<String>> lines(List<String> cells, float[] widths, PDFont font) {
    List<List<String>> out = new ArrayList<>();
    for (int c = 0; c < widths.length; c++) {
      String cell = c < cells.size() && cells.get(c) != null ? cells.get(c) : "";
      out.add(PdfLayout.wrap(cell, font, SIZE, widths[c] - 2 * PAD));
    }
    return out;
  }

  private static float height(List<List<String>> cells) {
    int lines = 1;
    for (List<String> c : cells) {
      lines = Math.max(lines, c.size());
    }
    return lines * LEADING + 2 * PAD;
  }
}
