package vn.cchc.ingestion.validate;

import java.nio.file.Path;
import vn.cchc.ingestion.source.FileRefusedException;
import vn.cchc.ingestion.source.SourceFile;

/**
 * One rejection, a line of the batch's reject file: where (file, sheet, line, column and the raw
 * text found there, as Spring Batch's {@code FlatFileParseException} carries resource, line and
 * input), which rule, and why in Vietnamese. Built from where it points:
 *
 * <pre>{@code
 * Reject.in(source).line(3).cell("points", "chín").because(RejectRule.TYPE, "…")   // one cell of a row
 * Reject.in(source).line(4).because(RejectRule.DUPLICATE_KEY, "…")                 // a whole row
 * Reject.in(source).because(RejectRule.FILE_REFUSED, "…")                          // the whole file
 * Reject.refusal(source, e)                                                         // a refused file, where e says
 * }</pre>
 *
 * @param where the place in the input
 * @param rule the rule broken
 * @param message the reason, in Vietnamese
 */
public record Reject(Where where, RejectRule rule, String message) {

  /**
   * A place in the input.
   *
   * @param file the file's path as given
   * @param sheet the workbook's sheet; null for a CSV file, empty when a workbook could not be
   *     opened
   * @param row the line as the user sees it (header = 1); 0 for the file as a whole
   * @param column the column's header as written in the file, or empty for a whole row or file
   * @param rawValue the text found there, or empty
   */
  public record Where(String file, String sheet, long row, String column, String rawValue) {
    /** The same file (and sheet), at {@code line}. */
    public Where line(long line) {
      return new Where(file, sheet, line, column, rawValue);
    }

    /** The same line, at one cell: the column's header as written and the cell's raw text. */
    public Where cell(String header, String raw) {
      return new Where(file, sheet, row, header, raw);
    }

    /**
     * The same place, with the raw text that was refused but sits in no cell (e.g. a file name).
     */
    public Where value(String raw) {
      return new Where(file, sheet, row, column, raw);
    }

    public Reject because(RejectRule rule, String messageVi) {
      return new Reject(this, rule, messageVi);
    }
  }

  /** The start of a reject of a source: its file and sheet, no line yet. */
  public static Where in(SourceFile source) {
    return new Where(source.path().toString(), source.sheet(), 0, "", "");
  }

  /** The start of a reject of a file read as no table: a CSV file or a workbook, no sheet. */
  public static Where in(Path file) {
    return new Where(file.toString(), null, 0, "", "");
  }

  /** The reject of a source a reader or the batch refused, at the place the refusal names. */
  public static Reject refusal(SourceFile source, FileRefusedException e) {
    return in(source)
        .line(e.row())
        .cell(e.column(), e.rawValue())
        .because(e.rule(), e.getMessage());
  }

  public String file() {
    return where.file();
  }

  public String sheet() {
    return where.sheet();
  }

  public long row() {
    return where.row();
  }

  public String column() {
    return where.column();
  }

  public String rawValue() {
    return where.rawValue();
  }
}
