package vn.cchc.ingestion.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.ingestion.source.FileRefusedException;
import vn.cchc.ingestion.source.RawRow;
import vn.cchc.model.schema.Column;
import vn.cchc.model.schema.HeaderNames;
import vn.cchc.model.schema.Presence;
import vn.cchc.model.schema.TableSchema;

/** Where each declared column sits in a file, found from its header in English or Vietnamese. */
public final class HeaderMap {
  private final int[] positions;
  private final String[] headers;
  private final List<String> ignored;

  private HeaderMap(int[] positions, String[] headers, List<String> ignored) {
    this.positions = positions;
    this.headers = headers;
    this.ignored = ignored;
  }

  /**
   * Maps a header row onto a table.
   *
   * @throws FileRefusedException naming every required column the header lacks, or a column named
   *     twice
   */
  public static HeaderMap of(TableSchema table, RawRow header) {
    Map<String, Integer> byName = new HashMap<>();
    List<Column> columns = table.columns();
    for (int i = 0; i < columns.size(); i++) {
      for (String h : columns.get(i).headers()) {
        byName.put(HeaderNames.normalise(h), i);
      }
    }
    int[] positions = new int[columns.size()];
    java.util.Arrays.fill(positions, -1);
    String[] headers = new String[columns.size()];
    List<String> ignored = new ArrayList<>();
    for (int cell = 0; cell < header.cells().size(); cell++) {
      String written = header.cells().get(cell);
      if (written.isBlank()) {
        continue;
      }
      Integer col = byName.get(HeaderNames.normalise(written));
      if (col == null) {
        ignored.add(written.strip());
      } else if (positions[col] >= 0) {
        throw FileRefusedException.atCell(
            RejectRule.MISSING_COLUMN,
            header.rowNumber(),
            written.strip(),
            written,
            "Cột "
                + columns.get(col).name()
                + " xuất hiện hai lần trong dòng tiêu đề ('"
                + headers[col]
                + "' và '"
                + written.strip()
                + "')");
      } else {
        positions[col] = cell;
        headers[col] = written.strip();
      }
    }
    List<String> missing = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      if (positions[i] < 0 && columns.get(i).presence() != Presence.OPTIONAL) {
        missing.add(columns.get(i).name() + " (" + columns.get(i).labelVi() + ")");
      }
    }
    if (!missing.isEmpty()) {
      throw FileRefusedException.atCell(
          RejectRule.MISSING_COLUMN,
          header.rowNumber(),
          String.join(", ", missing),
          "",
          "Thiếu cột bắt buộc: " + String.join(", ", missing));
    }
    return new HeaderMap(positions, headers, ignored);
  }

  /**
   * The raw text of declared column {@code index} in {@code row}; empty when the file lacks the
   * column.
   */
  public String raw(RawRow row, int index) {
    return positions[index] < 0 ? "" : row.cell(positions[index]);
  }

  /** The header as the file wrote it, or the canonical name when the file lacks the column. */
  public String header(int index, TableSchema table) {
    return headers[index] != null ? headers[index] : table.columns().get(index).name();
  }

  /** Headers that name no declared column; their values are ignored. */
  public List<String> ignored() {
    return ignored;
  }
}
