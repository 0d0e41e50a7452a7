package vn.cchc.query.export;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.cchc.model.text.SpreadsheetText;
import vn.cchc.query.QueryResult;

/**
 * Writes a table as one XLSX sheet: a bold header row, numbers as numbers, dates as dates, text as
 * text through {@link SpreadsheetText#neutralise} (the same text as the CSV export).
 */
public final class TableXlsx {
  private TableXlsx() {}

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  static final int MAX_SHEET_NAME = 31;

  public static void write(QueryResult table, String sheetName, OutputStream out)
      throws IOException {
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      Sheet sheet = wb.createSheet(safeSheetName(sheetName));
      Font bold = wb.createFont();
      bold.setBold(true);
      CellStyle header = wb.createCellStyle();
      header.setFont(bold);
      CellStyle date = wb.createCellStyle();
      date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      Row head = sheet.createRow(0);
      for (int i = 0; i < table.columns().size(); i++) {
        Cell c = head.createCell(i);
        c.setCellValue(SpreadsheetText.neutralise(table.columns().get(i)));
        c.setCellStyle(header);
      }
      int r = 1;
      for (List<Object> values : table.rows()) {
        Row row = sheet.createRow(r++);
        for (int i = 0; i < values.size(); i++) {
          if (values.get(i) != null) {
            set(row.createCell(i), values.get(i), date);
          }
        }
      }
      sheet.createFreezePane(0, 1);
      wb.write(out);
      wb.dispose();
    }
  }

  private static void set(Cell cell, Object v, CellStyle date) {
    if (v == null) {
      return;
    }
    if (v instanceof Number n && !(v instanceof BigInteger)) {
      cell.setCellValue(v instanceof BigDecimal b ? b.doubleValue() : n.doubleValue());
    } else if (v instanceof Boolean b) {
      cell.setCellValue(b);
    } else if (v instanceof LocalDate d) {
      cell.setCellValue(d);
      cell.setCellStyle(date);
    } else if (v instanceof BigInteger) {
      cell.setCellValue(v.toString()); // beyond a double's precision: its digits, as text
    } else {
      cell.setCellValue(SpreadsheetText.neutralise(v.toString()));
    }
  }

  static String safeSheetName(String name) {
    String s = name.replaceAll("[\\\\/?*\\[\\]:]", "_");
    return s.isEmpty() ? "data" : s.length() > MAX_SHEET_NAME ? s.substring(0, MAX_SHEET_NAME) : s;
  }
}
