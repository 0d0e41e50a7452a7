package vn.cchc.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cchc.query.QueryResult;

class TableExportTest {
  static final QueryResult TABLE =
      new QueryResult(
          List.of("unit_code", "unit_name", "index_pct", "as_of"),
          List.of(
              Arrays.asList(
                  "SO_NV",
                  "Sở Nội vụ, tỉnh \"An Giang\"",
                  90.22666666666666,
                  LocalDate.of(2026, 6, 30)),
              Arrays.asList("SO_TC", null, 88.5, null)),
          false);

  @Test
  void csvIsUtf8WithABomAndQuotesWhatNeedsQuoting() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableCsv.write(TABLE, out);
    byte[] bytes = out.toByteArray();
    assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
        .isEqualTo(
            "unit_code,unit_name,index_pct,as_of\r\n"
                + "SO_NV,\"Sở Nội vụ, tỉnh \"\"An Giang\"\"\",90.22666666666666,2026-06-30\r\n"
                + "SO_TC,,88.5,\r\n");
  }

  @Test
  void xlsxKeepsNumbersAsNumbersAndDatesAsDates() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableXlsx.write(TABLE, "ranking/2024: SO", out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(wb.getSheetName(0)).isEqualTo("ranking_2024_ SO");
      Row first = wb.getSheetAt(0).getRow(1);
      assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Sở Nội vụ, tỉnh \"An Giang\"");
      assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(90.22666666666666);
      assertThat(first.getCell(3).getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(LocalDate.of(2026, 6, 30));
      assertThat(wb.getSheetAt(0).getRow(2).getCell(1)).isNull();
    }
  }

  static final QueryResult FORMULAS =
      new QueryResult(
          List.of("=cot", "text", "points"),
          List.of(
              Arrays.asList("=HYPERLINK(\"http://x.invalid\",\"bấm\")", "=cmd|' /C calc'!A0", -3.5),
              Arrays.asList("+1", "-2", -1),
              Arrays.asList("@SUM(A1)", "\t=1", 0),
              Arrays.asList("\r=1", "a=b", new java.math.BigDecimal("-0.25"))),
          false);

  @Test
  void csvTextThatASpreadsheetWouldRunGetsAnApostropheNumbersStayNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableCsv.write(FORMULAS, out);
    byte[] bytes = out.toByteArray();
    assertThat(new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8))
        .isEqualTo(
            "'=cot,text,points\r\n"
                + "\"'=HYPERLINK(\"\"http://x.invalid\"\",\"\"bấm\"\")\",'=cmd|' /C calc'!A0,-3.5\r\n"
                + "'+1,'-2,-1\r\n"
                + "'@SUM(A1),'\t=1,0\r\n"
                + "\"'\r=1\",a=b,-0.25\r\n");
  }

  @Test
  void xlsxTextThatASpreadsheetWouldRunGetsAnApostropheNumbersStayNumbers() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    TableXlsx.write(FORMULAS, "f", out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      var sheet = wb.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("'=cot");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
          .isEqualTo("'=HYPERLINK(\"http://x.invalid\",\"bấm\")");
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("'=cmd|' /C calc'!A0");
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(-3.5);
      assertThat(sheet.getRow(2).getCell(1).getStringCellValue()).isEqualTo("'-2");
      assertThat(sheet.getRow(2).getCell(2).getNumericCellValue()).isEqualTo(-1);
      assertThat(sheet.getRow(3).getCell(0).getStringCellValue()).isEqualTo("'@SUM(A1)");
      assertThat(sheet.getRow(4).getCell(2).getNumericCellValue()).isEqualTo(-0.25);
      for (Row row : sheet) {
        row.forEach(
            c ->
                assertThat(c.getCellType())
                    .isNotEqualTo(org.apache.poi.ss.usermodel.CellType.FORMULA));
      }
    }
  }
}
