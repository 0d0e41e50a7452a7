package vn.cchc.ingestion.bench;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A workbook of one sheet, streamed to disk with the markup POI's streaming writer ({@code
 * SXSSFWorkbook}) gives the same cells: inline strings, numbers as doubles, booleans as 0/1, a
 * default style and an empty shared-strings part. The benchmark reads the same file it read when
 * POI wrote it, without the ingestion module depending on POI's OOXML stack.
 */
final class XlsxSheetWriter implements Closeable {
  private static final String XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

  private final ZipOutputStream zip;
  private final Writer sheet;
  private int rows;

  XlsxSheetWriter(Path file, String sheetName, int columns, long rowCount) throws IOException {
    zip = new ZipOutputStream(Files.newOutputStream(file));
    part("[Content_Types].xml", contentTypes());
    part("_rels/.rels", packageRelationships());
    part("xl/workbook.xml", workbook(sheetName));
    part("xl/_rels/workbook.xml.rels", workbookRelationships());
    part(
        "xl/sharedStrings.xml",
        XML + "<sst count=\"0\" uniqueCount=\"0\" xmlns=\"" + MAIN + "\"/>");
    part("xl/styles.xml", styles());
    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
    sheet = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
    sheet.write(
        XML
            + "<worksheet xmlns=\""
            + MAIN
            + "\"><dimension ref=\"A1:"
            + column(columns - 1)
            + rowCount
            + "\"/><sheetViews><sheetView workbookViewId=\"0\" tabSelected=\"true\"/></sheetViews>"
            + "<sheetFormatPr defaultRowHeight=\"15.0\"/><sheetData>\n");
  }

  /** Writes the next row; cells are {@link String}, {@link Number} or {@link Boolean}. */
  void row(Object... cells) throws IOException {
    int r = ++rows;
    sheet.write("<row r=\"" + r + "\">\n");
    for (int c = 0; c < cells.length; c++) {
      String ref = column(c) + r;
      Object v = cells[c];
      if (v instanceof String s) {
        sheet.write("<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + escape(s) + "</t></is></c>");
      } else if (v instanceof Boolean b) {
        sheet.write("<c r=\"" + ref + "\" t=\"b\"><v>" + (b ? 1 : 0) + "</v></c>");
      } else {
        sheet.write("<c r=\"" + ref + "\" t=\"n\"><v>" + ((Number) v).doubleValue() + "</v></c>");
      }
    }
    sheet.write("</row>\n");
  }

  @Override
  public void close() throws IOException {
    sheet.write(
        "</sheetData><pageMargins bottom=\"0.75\" footer=\"0.3\" header=\"0.3\" left=\"0.7\""
            + " right=\"0.7\" top=\"0.75\"/></worksheet>");
    sheet.flush();
    zip.closeEntry();
    zip.close();
  }

  private void part(String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static String column(int index) {
    StringBuilder name = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      name.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return name.toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String contentTypes() {
    String sml = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
    return XML
        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        + "<Default ContentType=\"application/vnd.openxmlformats-package.relationships+xml\""
        + " Extension=\"rels\"/><Default ContentType=\"application/xml\" Extension=\"xml\"/>"
        + override(sml + "sharedStrings+xml", "/xl/sharedStrings.xml")
        + override(sml + "styles+xml", "/xl/styles.xml")
        + override(sml + "sheet.main+xml", "/xl/workbook.xml")
        + override(sml + "worksheet+xml", "/xl/worksheets/sheet1.xml")
        + "</Types>";
  }

  private static String override(String type, String part) {
    return "<Override ContentType=\"" + type + "\" PartName=\"" + part + "\"/>";
  }

  private static String packageRelationships() {
    return XML
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" Type=\""
        + REL
        + "/officeDocument\"/></Relationships>";
  }

  private static String workbook(String sheetName) {
    return XML
        + "<workbook xmlns=\""
        + MAIN
        + "\" xmlns:r=\""
        + REL
        + "\"><workbookPr date1904=\"false\"/><bookViews><workbookView activeTab=\"0\"/>"
        + "</bookViews><sheets><sheet name=\""
        + escape(sheetName).replace("\"", "&quot;")
        + "\" r:id=\"rId3\" sheetId=\"1\"/></sheets></workbook>";
  }

  private static String workbookRelationships() {
    return XML
        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        + "<Relationship Id=\"rId1\" Target=\"sharedStrings.xml\" Type=\""
        + REL
        + "/sharedStrings\"/><Relationship Id=\"rId2\" Target=\"styles.xml\" Type=\""
        + REL
        + "/styles\"/><Relationship Id=\"rId3\" Target=\"worksheets/sheet1.xml\" Type=\""
        + REL
        + "/worksheet\"/></Relationships>";
  }

  private static String styles() {
    return XML
        + "<styleSheet xmlns=\""
        + MAIN
        + "\"><numFmts count=\"0\"/><fonts count=\"1\"><font><sz val=\"11.0\"/><color"
        + " indexed=\"8\"/><name val=\"Calibri\"/><family val=\"2\"/><scheme val=\"minor\"/>"
        + "</font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/></fill>"
        + "<fill><patternFill patternType=\"darkGray\"/></fill></fills><borders count=\"1\">"
        + "<border><left/><right/><top/><bottom/><diagonal/></border></borders>"
        + "<cellStyleXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/>"
        + "</cellStyleXfs><cellXfs count=\"1\"><xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\""
        + " borderId=\"0\" xfId=\"0\"/></cellXfs></styleSheet>";
  }
}
