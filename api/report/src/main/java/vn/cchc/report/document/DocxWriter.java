package vn.cchc.report.document;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STHighlightColor;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.report.document.AdminDocument.Annex;
import vn.cchc.report.document.AdminDocument.Block;
import vn.cchc.report.document.AdminDocument.Bullet;
import vn.cchc.report.document.AdminDocument.Heading;
import vn.cchc.report.document.AdminDocument.Paragraph;
import vn.cchc.report.document.AdminDocument.Row;
import vn.cchc.report.document.AdminDocument.Table;

/**
 * Writes an {@link AdminDocument} as DOCX (Office Open XML, editable in Word and LibreOffice) in
 * the presentation of Nghị định 30/2020/NĐ-CP, Phụ lục I: A4, margins 20 mm top and bottom, 30 mm
 * left, 15 mm right; Times New Roman; body 14 pt, justified, first line indented 1 cm; the page
 * number centred at the top from the second page; the issuer and motto block and the recipients and
 * signature block as borderless two-column tables. The file is written beside its target and moved
 * into place, so a failed run never leaves half a document.
 */
public final class DocxWriter {
  public static final String FONT = "Times New Roman";
  static final int BODY_PT = 14;
  static final int TABLE_PT = 12;
  private static final int A4_SHORT = 11906; // twentieths of a point
  private static final int A4_LONG = 16838;
  private static final int MM = 57; // twentieths of a point per millimetre, rounded
  private static final int TOP = 20 * MM;
  private static final int BOTTOM = 20 * MM;
  private static final int LEFT = 30 * MM;
  private static final int RIGHT = 15 * MM;
  private static final int FIRST_LINE = 567; // 1 cm
  private static final Pattern PLACEHOLDER = Pattern.compile("\\[[^\\]]*\\]");

  private XWPFDocument doc;
  private int sections;

  /** Whether the section being written is landscape. */
  private boolean landscape;

  /** Writes {@code d} to {@code target}, replacing it. */
  public static void write(AdminDocument d, Path target) {
    Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
    try (XWPFDocument doc = new DocxWriter().render(d);
        OutputStream out = Files.newOutputStream(tmp)) {
      doc.write(out);
    } catch (IOException e) {
      throw new CchcException(
          ErrorCode.IO_ERROR, "Không thể ghi tệp " + target + ": " + e.getMessage(), e);
    }
    try {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new CchcException(
          ErrorCode.IO_ERROR, "Không thể ghi tệp " + target + ": " + e.getMessage(), e);
    }
  }

  XWPFDocument render(AdminDocument d) {
    doc = new XWPFDocument();
    doc.getProperties()
        .getCoreProperties()
        .setTitle(d.kind() + " " + String.join(" ", d.summary()));
    doc.getProperties().getCoreProperties().setCreator("CCHC Analytics");
    header(d);
    for (Block b : d.body()) {
      block(b);
    }
    closing(d);
    pageNumbers();
    for (Annex a : d.annexes()) {
      endSection(landscape);
      landscape = a.landscape();
      annex(a);
    }
    CTSectPr last = doc.getDocument().getBody().getSectPr();
    if (sections == 0) {
      last.addNewTitlePg();
    }
    page(last, landscape);
    return doc;
  }

  // --- the blocks of Nghị định 30/2020 -----------------------------------------------------------

  private void header(AdminDocument d) {
    XWPFTable t = grid(2, new int[] {40, 60}, false);
    XWPFTableCell left = t.getRow(0).getCell(0);
    XWPFTableCell right = t.getRow(0).getCell(1);
    XWPFParagraph p = first(left);
    if (d.issuerParent() != null) {
      text(centred(p), d.issuerParent(), 13, false, false);
      p = left.addParagraph();
    }
    List<String> issuerLines = d.issuer().lines().toList();
    for (int i = 0; i < issuerLines.size(); i++) {
      if (i > 0) {
        p = left.addParagraph();
      }
      text(centred(p), issuerLines.get(i), 13, true, false);
    }
    rule(left.addParagraph(), width(40, 100), 1300);
    p = left.addParagraph();
    spaceBefore(p, 6);
    text(centred(p), d.number(), 13, false, false);

    p = first(right);
    text(centred(p), "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 13, true, false);
    p = right.addParagraph();
    text(centred(p), "Độc lập - Tự do - Hạnh phúc", 14, true, false);
    rule(right.addParagraph(), width(60, 100), 3900);
    p = right.addParagraph();
    spaceBefore(p, 6);
    text(centred(p), d.placeDate(), 14, false, true);

    XWPFParagraph kind = centred(doc.createParagraph());
    spaceBefore(kind, 18);
    text(kind, d.kind(), 14, true, false);
    for (int i = 0; i < d.summary().size(); i++) {
      XWPFParagraph s = centred(doc.createParagraph());
      text(s, d.summary().get(i), 14, true, false);
      if (i == d.summary().size() - 1) {
        rule(doc.createParagraph(), width(1, 1), 2300);
      }
    }
  }

  private void closing(AdminDocument d) {
    XWPFTable t = grid(2, new int[] {50, 50}, false);
    XWPFTableCell left = t.getRow(0).getCell(0);
    XWPFTableCell right = t.getRow(0).getCell(1);
    XWPFParagraph p = first(left);
    spaceBefore(p, 12);
    text(p, "Nơi nhận:", 12, true, true);
    for (String r : d.recipients()) {
      text(left.addParagraph(), r, 11, false, false);
    }
    p = first(right);
    spaceBefore(p, 12);
    List<String> sig = d.signature();
    for (int i = 0; i < sig.size(); i++) {
      if (i == sig.size() - 1) {
        for (int blank = 0; blank < 4; blank++) {
          right.addParagraph();
        }
        p = right.addParagraph();
      } else if (i > 0) {
        p = right.addParagraph();
      }
      text(centred(p), sig.get(i), 14, true, false);
    }
  }

  private void annex(Annex a) {
    XWPFParagraph label = centred(doc.createParagraph());
    text(label, a.label(), 14, true, false);
    for (String line : a.title()) {
      text(centred(doc.createParagraph()), line, 14, true, false);
    }
    if (a.subtitle() != null) {
      XWPFParagraph s = centred(doc.createParagraph());
      text(s, a.subtitle(), 14, false, true);
      rule(doc.createParagraph(), width(1, 1) + (a.landscape() ? A4_LONG - A4_SHORT : 0), 2300);
    }
    for (Block b : a.blocks()) {
      block(b);
    }
  }

  private void block(Block b) {
    if (b instanceof Heading h) {
      XWPFParagraph p = bodyParagraph();
      p.setIndentationFirstLine(h.level() == 1 ? 0 : FIRST_LINE);
      spaceBefore(p, h.level() == 1 ? 12 : 6);
      text(p, h.text(), BODY_PT, h.level() <= 2, h.level() == 3);
    } else if (b instanceof Paragraph para) {
      text(bodyParagraph(), para.text(), BODY_PT, false, para.italic());
    } else if (b instanceof Bullet bullet) {
      text(bodyParagraph(), "- " + bullet.text(), BODY_PT, false, false);
    } else if (b instanceof Table table) {
      table(table);
    }
  }

  private void table(Table table) {
    int cols = table.headers().size();
    int[] widths = table.widths().stream().mapToInt(Integer::intValue).toArray();
    XWPFTable t = grid(cols, widths, true, landscape);
    XWPFTableRow head = t.getRow(0);
    head.setRepeatHeader(true);
    head.setCantSplitRow(true);
    for (int c = 0; c < cols; c++) {
      text(centred(first(head.getCell(c))), table.headers().get(c), TABLE_PT, true, false);
    }
    for (Row r : table.rows()) {
      XWPFTableRow row = t.createRow();
      if (r.group()) {
        XWPFTableCell cell = row.getCell(0);
        CTTcPr pr =
            cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewGridSpan().setVal(BigInteger.valueOf(cols));
        for (int c = cols - 1; c > 0; c--) {
          row.removeCell(c);
        }
        text(first(cell), r.cells().get(0), TABLE_PT, true, false);
        continue;
      }
      for (int c = 0; c < cols; c++) {
        String value = c < r.cells().size() ? r.cells().get(c) : "";
        XWPFTableCell cell = row.getCell(c);
        String[] lines = value.split("\n", -1);
        XWPFParagraph p = first(cell);
        for (int i = 0; i < lines.length; i++) {
          if (i > 0) {
            p = cell.addParagraph();
          }
          if (c == 0 || widths[c] <= 12) {
            centred(p);
          }
          text(p, lines[i], TABLE_PT, false, false);
        }
      }
    }
    doc.createParagraph().setSpacingAfter(0);
  }

  // --- paragraphs and runs -----------------------------------------------------------------------

  private XWPFParagraph bodyParagraph() {
    XWPFParagraph p = doc.createParagraph();
    p.setAlignment(ParagraphAlignment.BOTH);
    p.setIndentationFirstLine(FIRST_LINE);
    p.setSpacingBefore(120);
    p.setSpacingAfter(0);
    p.setSpacingBetween(1.1);
    return p;
  }

  /** Adds {@code s} as runs; bracketed placeholders are highlighted for the person who edits. */
  private static void text(XWPFParagraph p, String s, int pt, boolean bold, boolean italic) {
    Matcher m = PLACEHOLDER.matcher(s);
    int at = 0;
    while (m.find()) {
      run(p, s.substring(at, m.start()), pt, bold, italic, false);
      run(p, m.group(), pt, bold, italic, true);
      at = m.end();
    }
    run(p, s.substring(at), pt, bold, italic, false);
  }

  private static void run(
      XWPFParagraph p, String s, int pt, boolean bold, boolean italic, boolean highlight) {
    if (s.isEmpty()) {
      return;
    }
    XWPFRun r = p.createRun();
    r.setFontFamily(FONT);
    r.setFontSize(pt);
    r.setBold(bold);
    r.setItalic(italic);
    if (highlight) {
      r.getCTR().addNewRPr().addNewHighlight().setVal(STHighlightColor.YELLOW);
    }
    r.setText(s);
  }

  private static XWPFParagraph centred(XWPFParagraph p) {
    p.setAlignment(ParagraphAlignment.CENTER);
    p.setIndentationFirstLine(0);
    return p;
  }

  private static void spaceBefore(XWPFParagraph p, int pt) {
    p.setSpacingBefore(pt * 20);
  }

  /**
   * The short rule under the issuer, the motto and the summary: an empty paragraph of its own whose
   * bottom border, indented from both sides, is {@code line} twentieths of a point long, centred in
   * a container {@code container} wide.
   */
  private static void rule(XWPFParagraph p, int container, int line) {
    int indent = Math.max(0, (container - line) / 2);
    p.setIndentationLeft(indent);
    p.setIndentationRight(indent);
    p.setIndentationFirstLine(0);
    p.setSpacingBefore(0);
    p.setSpacingAfter(60);
    p.setSpacingBetween(1.0);
    p.setBorderBottom(Borders.SINGLE);
    XWPFRun r = p.createRun();
    r.setFontSize(2);
  }

  private static XWPFParagraph first(XWPFTableCell cell) {
    XWPFParagraph p = cell.getParagraphs().get(0);
    p.setSpacingBefore(0);
    p.setSpacingAfter(0);
    return p;
  }

  /** {@code share} of {@code of} of the portrait text width. */
  private static int width(int share, int of) {
    return (A4_SHORT - LEFT - RIGHT) * share / of;
  }

  private XWPFTable grid(int cols, int[] relative, boolean borders) {
    return grid(cols, relative, borders, false);
  }

  private XWPFTable grid(int cols, int[] relative, boolean borders, boolean landscape) {
    XWPFTable t = doc.createTable(1, cols);
    t.setTableAlignment(TableRowAlign.CENTER);
    CTTblPr pr = t.getCTTbl().getTblPr();
    pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
    int total = 0;
    for (int w : relative) {
      total += w;
    }
    int available = landscape ? A4_LONG - LEFT - RIGHT : width(1, 1);
    t.setWidth(available);
    pr.getTblW().setType(STTblWidth.DXA);
    CTTblGrid tblGrid = t.getCTTbl().getTblGrid();
    if (tblGrid == null) {
      tblGrid = t.getCTTbl().addNewTblGrid();
    }
    while (tblGrid.sizeOfGridColArray() > 0) {
      tblGrid.removeGridCol(0);
    }
    for (int c = 0; c < cols; c++) {
      int w = available * relative[c] / total;
      tblGrid.addNewGridCol().setW(BigInteger.valueOf(w));
      t.getRow(0).getCell(c).setWidth(Integer.toString(w));
    }
    if (!borders) {
      t.removeBorders();
    }
    return t;
  }

  // --- sections and page numbers
  // ------------------------------------------------------------------

  private void pageNumbers() {
    doc.createHeader(HeaderFooterType.FIRST);
    XWPFHeader h = doc.createHeader(HeaderFooterType.DEFAULT);
    XWPFParagraph p = centred(h.createParagraph());
    CTSimpleField page = p.getCTP().addNewFldSimple();
    page.setInstr("PAGE");
    // the field's own run, so that the number is set in the document's font
    CTR number = page.addNewR();
    CTRPr pr = number.addNewRPr();
    CTFonts fonts = pr.addNewRFonts();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    pr.addNewSz().setVal(BigInteger.valueOf(26));
    number.addNewT().setStringValue("1");
  }

  /** Closes the section so far: its page setup, and the header references every section repeats. */
  private void endSection(boolean landscape) {
    XWPFParagraph p = doc.createParagraph();
    CTSectPr s = p.getCTP().addNewPPr().addNewSectPr();
    CTSectPr body = doc.getDocument().getBody().getSectPr();
    for (CTHdrFtrRef ref : body.getHeaderReferenceList()) {
      s.addNewHeaderReference().set(ref);
    }
    if (sections++ == 0) {
      s.addNewTitlePg(); // no number on the first page
    }
    page(s, landscape);
  }

  private static void page(CTSectPr s, boolean landscape) {
    CTPageSz size = s.isSetPgSz() ? s.getPgSz() : s.addNewPgSz();
    size.setW(BigInteger.valueOf(landscape ? A4_LONG : A4_SHORT));
    size.setH(BigInteger.valueOf(landscape ? A4_SHORT : A4_LONG));
    size.setOrient(landscape ? STPageOrientation.LANDSCAPE : STPageOrientation.PORTRAIT);
    CTPageMar mar = s.isSetPgMar() ? s.getPgMar() : s.addNewPgMar();
    mar.setTop(BigInteger.valueOf(TOP));
    mar.setBottom(BigInteger.valueOf(BOTTOM));
    mar.setLeft(BigInteger.valueOf(LEFT));
    mar.setRight(BigInteger.valueOf(RIGHT));
    mar.setHeader(BigInteger.valueOf(10 * MM));
    mar.setFooter(BigInteger.valueOf(10 * MM));
  }
}
