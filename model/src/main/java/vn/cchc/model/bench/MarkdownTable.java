package vn.cchc.model.bench;

import java.util.ArrayList;
import java.util.List;

/**
 * A benchmark's result as a Markdown table: printed as is on the terminal (columns padded so that
 * it reads there too) and appended to {@code BENCHMARKS.md} by {@code ./cchc bench}.
 */
public final class MarkdownTable {
  private final List<String> headers = new ArrayList<>();
  private final List<Boolean> rightAligned = new ArrayList<>();
  private final List<List<String>> rows = new ArrayList<>();

  /** A column of text, aligned left. */
  public MarkdownTable text(String header) {
    headers.add(header);
    rightAligned.add(false);
    return this;
  }

  /** A column of figures, aligned right. */
  public MarkdownTable figure(String header) {
    headers.add(header);
    rightAligned.add(true);
    return this;
  }

  /** Adds a row: one cell per column, in order. */
  public MarkdownTable row(Object... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException(
          "Cannot add a row of " + cells.length + " cells to a table of " + headers.size());
    }
    List<String> row = new ArrayList<>();
    for (Object cell : cells) {
      row.add(String.valueOf(cell).replace("|", "\\|"));
    }
    rows.add(row);
    return this;
  }

  /** The table, each line ending with a newline. */
  public String render() {
    int[] widths = new int[headers.size()];
    for (int c = 0; c < widths.length; c++) {
      widths[c] = Math.max(3, headers.get(c).length());
      for (List<String> row : rows) {
        widths[c] = Math.max(widths[c], row.get(c).length());
      }
    }
    StringBuilder out = new StringBuilder();
    line(out, headers, widths);
    List<String> rule = new ArrayList<>();
    for (int c = 0; c < widths.length; c++) {
      rule.add(rightAligned.get(c) ? "-".repeat(widths[c] - 1) + ":" : "-".repeat(widths[c]));
    }
    line(out, rule, widths);
    for (List<String> row : rows) {
      line(out, row, widths);
    }
    return out.toString();
  }

  private void line(StringBuilder out, List<String> cells, int[] widths) {
    out.append('|');
    for (int c = 0; c < cells.size(); c++) {
      String cell = cells.get(c);
      String pad = " ".repeat(widths[c] - cell.length());
      out.append(' ').append(rightAligned.get(c) ? pad + cell : cell + pad).append(" |");
    }
    out.append('\n');
  }
}
