package vn.cchc.ingestion.source;

import vn.cchc.ingestion.validate.RejectRule;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/**
 * A whole file (or sheet) cannot be taken: its structure, encoding or container is wrong. Like
 * Spring Batch's {@code FlatFileParseException} it says where: the line, and the column and raw
 * text found there when one cell is to blame. The batch records it as a reject of the file and goes
 * on with the other files.
 */
public final class FileRefusedException extends CchcException {
  private static final long serialVersionUID = 1L;
  private final RejectRule rule;
  private final long row;
  private final String column;
  private final String rawValue;

  private FileRefusedException(
      RejectRule rule, long row, String column, String rawValue, String messageVi) {
    super(ErrorCode.FILE_REFUSED, messageVi);
    this.rule = rule;
    this.row = row;
    this.column = column;
    this.rawValue = rawValue;
  }

  /**
   * The file as a whole, at no line (it could not be opened, or a rule about all its rows refused
   * it).
   */
  public static FileRefusedException whole(RejectRule rule, String messageVi) {
    return new FileRefusedException(rule, 0, "", "", messageVi);
  }

  /**
   * The file as a whole, for a value outside any cell (e.g. the name of a sheet that is not there).
   */
  public static FileRefusedException forValue(RejectRule rule, String rawValue, String messageVi) {
    return new FileRefusedException(rule, 0, "", rawValue, messageVi);
  }

  /** The file, at the line (header = 1) where it was found wrong. */
  public static FileRefusedException atLine(RejectRule rule, long line, String messageVi) {
    return new FileRefusedException(rule, line, "", "", messageVi);
  }

  /**
   * The file, for one cell: its line, its column's header as written and the raw text found there.
   */
  public static FileRefusedException atCell(
      RejectRule rule, long line, String column, String rawValue, String messageVi) {
    return new FileRefusedException(rule, line, column, rawValue, messageVi);
  }

  public RejectRule rule() {
    return rule;
  }

  /** The line as the user sees it (header = 1); 0 when the refusal concerns no line. */
  public long row() {
    return row;
  }

  /** The column's header as written, or empty. */
  public String column() {
    return column;
  }

  public String rawValue() {
    return rawValue;
  }
}
