package vn.cchc.sample.output;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Writes a table as an RFC 4180 CSV file in UTF-8, LF line ends, quoting only where needed. */
public final class CsvTableWriter {
  private CsvTableWriter() {}

  /** Writes {@code table} to {@code file}, its columns in the order given (canonical names). */
  public static void write(Table table, List<String> columnOrder, CsvStyle style, Path file) {
    int[] index = columnOrder.stream().mapToInt(table::indexOf).toArray();
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      if (style.byteOrderMark()) {
        out.write('\uFEFF');
      }
      for (int i = 0; i < index.length; i++) {
        if (i > 0) {
          out.write(style.delimiter());
        }
        out.write(
            quote(
                style.headers().header(table.schema().column(columnOrder.get(i))),
                style.delimiter()));
      }
      out.write('\n');
      for (Object[] row : table.rows()) {
        for (int i = 0; i < index.length; i++) {
          if (i > 0) {
            out.write(style.delimiter());
          }
          out.write(quote(CellText.of(row[index[i]], style.decimalComma()), style.delimiter()));
        }
        out.write('\n');
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write CSV file: " + file, e);
    }
  }

  public static void write(Table table, CsvStyle style, Path file) {
    write(table, table.columns(), style, file);
  }

  static String quote(String text, char delimiter) {
    boolean needsQuotes =
        text.indexOf(delimiter) >= 0
            || text.indexOf('"') >= 0
            || text.indexOf('\n') >= 0
            || text.indexOf('\r') >= 0;
    return needsQuotes ? '"' + text.replace("\"", "\"\"") + '"' : text;
  }
}
