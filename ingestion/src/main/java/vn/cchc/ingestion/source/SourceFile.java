package vn.cchc.ingestion.source;

import java.nio.file.Path;
import vn.cchc.model.schema.TableSchema;

/**
 * One table-shaped input: a CSV file, or one sheet of an XLSX workbook.
 *
 * @param sheet the sheet name for XLSX (empty for a workbook that could not be opened), null for
 *     CSV
 */
public record SourceFile(Path path, String sheet, TableSchema table) {
  public boolean xlsx() {
    return sheet != null;
  }

  /**
   * How the source is named in summaries and reject files: {@code file.xlsx[sheet]} or {@code
   * file.csv}.
   */
  public String label() {
    return sheet == null || sheet.isEmpty()
        ? path.getFileName().toString()
        : path.getFileName() + "[" + sheet + "]";
  }
}
