package vn.cchc.query.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import vn.cchc.model.text.SpreadsheetText;
import vn.cchc.query.QueryResult;

/**
 * Writes a table as RFC 4180 CSV in UTF-8 with a byte-order mark, so that Excel opens Vietnamese
 * text correctly. Numbers are written in full precision with a dot. Text cells, the header too, go
 * through {@link SpreadsheetText#neutralise}: one that a spreadsheet would run as a formula gets a
 * leading apostrophe.
 */
public final class TableCsv {
  private TableCsv() {}

  public static final String MEDIA_TYPE = "text/csv";

  public static void write(QueryResult table, OutputStream out) throws IOException {
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writeWithoutBom(table, w);
    w.flush();
  }

  /** RFC 4180 lines (CRLF), no byte-order mark. */
  public static void writeWithoutBom(QueryResult table, Writer w) throws IOException {
    write(table, w, "\r\n");
  }

  /** For terminals and shell pipes: LF line ends, no byte-order mark. */
  public static void writeForTerminal(QueryResult table, Writer w) throws IOException {
    write(table, w, "\n");
  }

  private static void write(QueryResult table, Writer w, String lineEnd) throws IOException {
    line(w, List.copyOf(table.columns()), lineEnd);
    for (List<Object> row : table.rows()) {
      line(w, row, lineEnd);
    }
  }

  private static void line(Writer w, List<?> values, String lineEnd) throws IOException {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        w.write(',');
      }
      w.write(field(values.get(i)));
    }
    w.write(lineEnd);
  }

  static String field(Object v) {
    if (v == null) {
      return "";
    }
    // numbers are written as numbers (a negative one too); only text can be read as a formula
    String s = v instanceof Number ? v.toString() : SpreadsheetText.neutralise(v.toString());
    if (s.indexOf(',') >= 0
        || s.indexOf('"') >= 0
        || s.indexOf('\n') >= 0
        || s.indexOf('\r') >= 0) {
      return '"' + s.replace("\"", "\"\"") + '"';
    }
    return s;
  }
}
