package vn.cchc.ingestion.source;

import vn.cchc.ingestion.validate.RejectRule;

/** Receives a table's rows as a source streams them: first the header, then each non-blank row. */
public interface RowHandler {
  /** How the source writes numbers; called once, before {@link #header}. */
  default void decimalMarks(DecimalMarks marks) {}

  void header(RawRow header);

  void row(RawRow row);

  /**
   * A row with a non-blank cell in a column that has no header (beyond the header's last column, or
   * under a blank header cell): it is read and rejected as a whole, never truncated. By default the
   * file is refused.
   *
   * @param column how the user finds the cell's column, e.g. "cột 8" or "cột H"
   * @param rawValue the cell's text
   */
  default void extraCells(RawRow row, String column, String rawValue, String messageVi) {
    throw FileRefusedException.atCell(
        RejectRule.EXTRA_CELLS, row.rowNumber(), column, rawValue, messageVi);
  }
}
