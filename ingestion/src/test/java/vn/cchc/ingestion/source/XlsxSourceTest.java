package vn.cchc.ingestion.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.ingestion.validate.RejectRule;

/** What a workbook's layout may hide, and what a file that is no workbook is told. */
class XlsxSourceTest {
  @TempDir Path dir;
  private final List<String> said = new ArrayList<>();

  private Path workbook(String name, String[][] rows, CellRangeAddress... merges) throws Exception {
    Path file = dir.resolve(name);
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("self_scores");
      for (int r = 0; r < rows.length; r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (!rows[r][c].isEmpty()) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      for (CellRangeAddress m : merges) {
        sheet.addMergedRegion(m);
      }
      wb.write(out);
    }
    return file;
  }

  /**
   * A workbook whose sheet self_scores is {@code sheetXml} as written, for what POI cannot write.
   */
  private Path rawWorkbook(String name, String sheetXml) throws Exception {
    String main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    String rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    Path file = dir.resolve(name);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
      String[][] parts = {
        {
          "[Content_Types].xml",
          "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              + "<Default Extension=\"rels\""
              + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
              + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
              + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
              + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>"
        },
        {
          "_rels/.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Target=\"xl/workbook.xml\" Type=\""
              + rel
              + "/officeDocument\"/></Relationships>"
        },
        {
          "xl/workbook.xml",
          "<workbook xmlns=\""
              + main
              + "\" xmlns:r=\""
              + rel
              + "\"><sheets><sheet name=\"self_scores\" sheetId=\"1\" r:id=\"rId1\"/>"
              + "</sheets></workbook>"
        },
        {
          "xl/_rels/workbook.xml.rels",
          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              + "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\" Type=\""
              + rel
              + "/worksheet\"/></Relationships>"
        },
        {"xl/worksheets/sheet1.xml", sheetXml.replace("MAIN", main)}
      };
      for (String[] part : parts) {
        zip.putNextEntry(new ZipEntry(part[0]));
        zip.write(part[1].getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return file;
  }

  private List<RawRow> read(Path file) {
    RecordingHandler handler = new RecordingHandler(said);
    new XlsxSource(file).read("self_scores", handler, Progress.silent());
    return handler.rows;
  }

  private static void assertRefused(
      Throwable thrown, RejectRule rule, long row, String rawValue, String message) {
    assertThat(thrown)
        .isInstanceOfSatisfying(
            FileRefusedException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(rule);
              assertThat(e.row()).isEqualTo(row);
              assertThat(e.column()).isEmpty();
              assertThat(e.rawValue()).isEqualTo(rawValue);
            })
        .hasMessage(message);
  }

  @Test
  void mergedDataCellsRefuseTheSheetBeforeAnyRowIsRead() throws Exception {
    Path file =
        workbook(
            "merged.xlsx",
            new String[][] {
              {"year", "unit_code", "applicable"},
              {"2023", "89-STP", "false"},
              {"2023", "89-SNV", ""}
            },
            CellRangeAddress.valueOf("C2:C3"),
            CellRangeAddress.valueOf("A2:A3"));
    List<RawRow> rows = new ArrayList<>();
    Throwable thrown = catchThrowable(() -> rows.addAll(read(file)));
    assertRefused(
        thrown,
        RejectRule.MALFORMED_FILE,
        2,
        "C2:C3, A2:A3",
        "Trang tính self_scores có ô gộp (C2:C3, A2:A3): ô gộp chỉ giữ giá trị ở ô đầu tiên, các"
            + " ô còn lại bị đọc là trống (một ô tiêu đề gộp làm mất cả một cột); hãy bỏ gộp ô"
            + " (Unmerge) và điền giá trị vào từng ô; trang tính không được nạp");
    assertThat(rows).isEmpty();
    assertThat(said).isEmpty();
  }

  @Test
  void aValueInAColumnWithoutAHeaderIsHandedOverAsExtraCells() throws Exception {
    Path file =
        workbook(
            "hole.xlsx",
            new String[][] {
              {"year", "", "points"}, {"2023", "", "1"}, {"2023", "x", "1"}, {"2023", "", "1", "y"}
            });
    List<RawRow> rows = read(file);
    assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1L, 2L);
    assertThat(said)
        .containsExactly(
            "EITHER",
            "3 | cột B | x | Ô B3 có giá trị mà cột B không có tiêu đề ở dòng tiêu đề: hãy đặt tên"
                + " cột hoặc xóa giá trị; dòng không được nạp",
            "4 | cột D | y | Ô D4 có giá trị mà cột D không có tiêu đề ở dòng tiêu đề: hãy đặt tên"
                + " cột hoặc xóa giá trị; dòng không được nạp");
  }

  @Test
  void aPasswordProtectedWorkbookIsToldToRemoveThePassword() throws Exception {
    Path plain = workbook("plain.xlsx", new String[][] {{"year"}, {"2023"}});
    Path encrypted = dir.resolve("encrypted.xlsx");
    try (POIFSFileSystem fs = new POIFSFileSystem()) {
      Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
      encryptor.confirmPassword("mật khẩu");
      try (OutputStream data = encryptor.getDataStream(fs)) {
        Files.copy(plain, data);
      }
      try (OutputStream out = Files.newOutputStream(encrypted)) {
        fs.writeFilesystem(out);
      }
    }
    assertRefused(
        catchThrowable(() -> new XlsxSource(encrypted).sheetNames()),
        RejectRule.CORRUPT_FILE,
        0,
        "",
        "Sổ Excel được bảo vệ bằng mật khẩu (mã hóa) nên không đọc được: hãy mở bằng Excel, gỡ mật"
            + " khẩu (Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu, xóa mật khẩu)"
            + " rồi lưu lại và nạp lại");
  }

  @Test
  void anOldXlsOrATextFileNamedXlsxIsToldWhatItIs() throws Exception {
    Path xls = dir.resolve("old.xlsx");
    try (HSSFWorkbook wb = new HSSFWorkbook();
        OutputStream out = Files.newOutputStream(xls)) {
      wb.createSheet("self_scores");
      wb.write(out);
    }
    assertRefused(
        catchThrowable(() -> new XlsxSource(xls).sheetNames()),
        RejectRule.CORRUPT_FILE,
        0,
        "",
        "Tệp là sổ Excel 97-2003 (.xls) mang đuôi .xlsx: hãy mở bằng Excel và lưu lại dưới dạng"
            + " Sổ làm việc Excel (.xlsx)");
    Path text =
        Files.writeString(
            dir.resolve("text.xlsx"), "year,points\n2023,1\n", StandardCharsets.UTF_8);
    assertRefused(
        catchThrowable(() -> new XlsxSource(text).sheetNames()),
        RejectRule.CORRUPT_FILE,
        0,
        "",
        "Tệp không phải sổ Excel .xlsx: nếu là tệp CSV, hãy đổi đuôi thành .csv; nếu không, hãy mở"
            + " bằng Excel và lưu lại dưới dạng .xlsx");
  }

  @Test
  void cellsReadAsWrittenWhateverTheirDisplayFormat() throws Exception {
    Path file = dir.resolve("formats.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(file)) {
      Sheet sheet = wb.createSheet("self_scores");
      Row header = sheet.createRow(0);
      String[] names = {"day", "us_day", "grouped", "whole", "flag", "error", "text", "lines"};
      for (int i = 0; i < names.length; i++) {
        header.createCell(i).setCellValue(names[i]);
      }
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue(LocalDate.of(2024, 3, 5));
      row.getCell(0).setCellStyle(style(wb, "dd/mm/yyyy"));
      row.createCell(1).setCellValue(45292);
      CellStyle builtinDate = wb.createCellStyle();
      builtinDate.setDataFormat((short) 14);
      row.getCell(1).setCellStyle(builtinDate);
      row.createCell(2).setCellValue(1234567.891);
      row.getCell(2).setCellStyle(style(wb, "#,##0.00"));
      row.createCell(3).setCellValue(2024);
      row.createCell(4).setCellValue(true);
      row.createCell(5).setCellFormula("1/0");
      row.createCell(6).setCellFormula("\"có\"");
      row.createCell(7).setCellValue("Đã nộp\r\nbáo cáo");
      XSSFFormulaEvaluator.evaluateAllFormulaCells(wb);
      wb.write(out);
    }
    assertThat(read(file).get(1).cells())
        .containsExactly(
            "2024-03-05",
            "2024-01-01",
            "1234567.891",
            "2024",
            "TRUE",
            "ERROR:#DIV/0!",
            "có",
            "Đã nộp\r\nbáo cáo");
  }

  private static CellStyle style(XSSFWorkbook wb, String format) {
    CellStyle style = wb.createCellStyle();
    style.setDataFormat(wb.createDataFormat().getFormat(format));
    return style;
  }

  @Test
  void escapedCharactersAndRowsWithoutNumbersReadAsExcelMeansThem() throws Exception {
    Path file =
        rawWorkbook(
            "raw.xlsx",
            "<worksheet xmlns=\"MAIN\"><sheetData>"
                + "<row><c t=\"inlineStr\"><is><t>note</t></is></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>a_x000D_b &amp; c</t></is></c></row>"
                + "</sheetData></worksheet>");
    List<RawRow> rows = read(file);
    assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1L, 2L);
    assertThat(rows.get(1).cells()).containsExactly("a\rb & c");
  }

  @Test
  void mergesAreFoundUnderAnyNamespacePrefixButNotInComments() throws Exception {
    String rows =
        "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\"><x:is><x:t>year</x:t>"
            + "</x:is></x:c></x:row><x:row r=\"2\"><x:c r=\"A2\"><x:v>2024</x:v></x:c></x:row>"
            + "</x:sheetData>";
    Path commented =
        rawWorkbook(
            "commented.xlsx",
            "<x:worksheet xmlns:x=\"MAIN\">"
                + rows
                + "<!-- <x:mergeCells><x:mergeCell ref=\"A1:B1\"/></x:mergeCells> -->"
                + "</x:worksheet>");
    assertThat(read(commented)).extracting(RawRow::rowNumber).containsExactly(1L, 2L);
    Path merged =
        rawWorkbook(
            "merged-prefixed.xlsx",
            "<x:worksheet xmlns:x=\"MAIN\">"
                + rows
                + "<x:mergeCells count=\"1\"><x:mergeCell ref=\"A2:B3\"/></x:mergeCells>"
                + "</x:worksheet>");
    assertRefused(
        catchThrowable(() -> read(merged)),
        RejectRule.MALFORMED_FILE,
        2,
        "A2:B3",
        "Trang tính self_scores có ô gộp (A2:B3): ô gộp chỉ giữ giá trị ở ô đầu tiên, các ô còn"
            + " lại bị đọc là trống (một ô tiêu đề gộp làm mất cả một cột); hãy bỏ gộp ô (Unmerge)"
            + " và điền giá trị vào từng ô; trang tính không được nạp");
  }
}
