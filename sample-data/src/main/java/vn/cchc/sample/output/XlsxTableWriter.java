package vn.cchc.sample.output;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * Writes tables as sheets of one workbook, each sheet named after its table. Streams rows (SXSSF),
 * so large survey tables fit in little memory. Dates become real date cells, numbers numeric cells,
 * booleans the text true/false (as the ingestion spells them).
 */
public final class XlsxTableWriter {
  /** Fixed creation date, so that two runs write the same workbook content. */
  private static final Date CREATED =
      Date.from(LocalDate.of(2026, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC));

  private static final int ROWS_IN_MEMORY = 500;

  private XlsxTableWriter() {}

  public static void write(List<XlsxSheet> sheets, Path file) {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY)) {
      var core = workbook.getXSSFWorkbook().getProperties().getCoreProperties();
      core.setCreated(Optional.of(CREATED));
      core.setCreator("CCHC sample province generator");
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(
          workbook.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
      for (XlsxSheet sheet : sheets) {
        writeSheet(workbook.createSheet(sheet.table().schema().name()), sheet, dateStyle);
      }
      try (OutputStream out = Files.newOutputStream(file)) {
        workbook.write(out);
      }
      workbook.dispose();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write workbook: " + file, e);
    }
  }

  private static void writeSheet(Sheet sheet, XlsxSheet spec, CellStyle dateStyle) {
    Table table = spec.table();
    int[] index = spec.columnOrder().stream().mapToInt(table::indexOf).toArray();
    Row header = sheet.createRow(0);
    for (int i = 0; i < index.length; i++) {
      header
          .createCell(i)
          .setCellValue(spec.headers().header(table.schema().column(spec.columnOrder().get(i))));
    }
    int r = 1;
    for (Object[] values : table.rows()) {
      Row row = sheet.createRow(r++);
      for (int i = 0; i < index.length; i++) {
        Object value = values[index[i]];
        if (value != null) {
          setCell(row.createCell(i), value, dateStyle);
        }
      }
    }
  }

  private static void setCell(Cell cell, Object value, CellStyle dateStyle) {
    if (value instanceof Integer n) {
      cell.setCellValue(n);
    } else if (value instanceof Double d) {
      cell.setCellValue(d);
    } else if (value instanceof LocalDate date) {
      cell.setCellValue(date);
      cell.setCellStyle(dateStyle);
    } else {
      cell.setCellValue(value.toString());
    }
  }
}
