package vn.cchc.ingestion.source;

import java.util.List;

/**
 * One row as read from a file, before any typing.
 *
 * @param rowNumber the row as a user finds it: the line in a CSV file where the record starts, the
 *     row number in an XLSX sheet; the header is usually row 1
 * @param cells cell texts, NFC-normalised; missing trailing cells are absent
 */
public record RawRow(long rowNumber, List<String> cells) {
  public String cell(int index) {
    return index < cells.size() ? cells.get(index) : "";
  }

  public boolean blank() {
    for (String cell : cells) {
      if (!cell.isBlank()) {
        return false;
      }
    }
    return true;
  }
}
