package vn.cchc.ingestion.source;

import java.util.List;

/** Which columns of a header row have a name; a value in any other column is an extra cell. */
final class HeaderCells {
  private final boolean[] named;

  HeaderCells(List<String> header) {
    named = new boolean[header.size()];
    for (int i = 0; i < named.length; i++) {
      named[i] = !header.get(i).isBlank();
    }
  }

  /** The first non-blank cell of {@code row} in a column without a header, or -1. */
  int firstCellWithout(RawRow row) {
    List<String> cells = row.cells();
    for (int i = 0; i < cells.size(); i++) {
      if ((i >= named.length || !named[i]) && !cells.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }
}
