package vn.cchc.ingestion.source;

import java.util.ArrayList;
import java.util.List;

/**
 * A reader's listener for the source tests: keeps the header and the rows, and writes what the
 * reader said besides rows (the decimal marks, each row with extra cells) into {@code said}.
 */
final class RecordingHandler implements RowHandler {
  final List<RawRow> rows = new ArrayList<>();
  private final List<String> said;

  RecordingHandler(List<String> said) {
    this.said = said;
  }

  @Override
  public void decimalMarks(DecimalMarks marks) {
    said.add(marks.name());
  }

  @Override
  public void header(RawRow header) {
    rows.add(header);
  }

  @Override
  public void row(RawRow row) {
    rows.add(row);
  }

  @Override
  public void extraCells(RawRow row, String column, String rawValue, String messageVi) {
    said.add(row.rowNumber() + " | " + column + " | " + rawValue + " | " + messageVi);
  }
}
