package vn.cchc.ingestion.source;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.ingestion.validate.RejectRule;

/**
 * The RFC 4180 state machine; remembers the physical line each record starts on, and refuses a
 * quote that would swallow lines it cannot account for.
 */
final class CsvRecordParser {
  /** How much of a cell a refusal quotes. */
  private static final int QUOTED = 40;

  private final Reader reader;
  private final char delimiter;
  private long line = 1;
  private long recordLine;
  private int pushedBack = -2;

  /** The header's cells once read; a quoted continuation line with as many cells is a row. */
  List<String> header = List.of();

  CsvRecordParser(Reader reader, char delimiter) {
    this.reader = reader;
    this.delimiter = delimiter;
  }

  /** The physical line the last record read started on. */
  long recordLine() {
    return recordLine;
  }

  private int read() throws IOException {
    if (pushedBack != -2) {
      int c = pushedBack;
      pushedBack = -2;
      return c;
    }
    return reader.read();
  }

  List<String> next() throws IOException {
    int c = read();
    if (c == -1) {
      return null;
    }
    recordLine = line;
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    boolean closed = false;
    long quoteLine = 0;
    int lineDelimiters = -1;
    while (true) {
      if (c == -1) {
        if (quoted) {
          throw unclosed(cells.size(), cell, quoteLine);
        }
        cells.add(cell.toString());
        return cells;
      }
      if (quoted) {
        if (c == '"') {
          int n = read();
          if (n == '"') {
            cell.append('"');
          } else {
            quoted = false;
            closed = true;
            c = n;
            continue;
          }
        } else {
          if (c == '\n') {
            if (lineDelimiters >= rowLikeDelimiters()) {
              throw swallowed(cells.size(), cell, quoteLine);
            }
            line++;
            lineDelimiters = 0;
          } else if (c == delimiter && lineDelimiters >= 0) {
            lineDelimiters++;
          }
          cell.append((char) c);
        }
      } else if (closed && c != delimiter && c != '\r' && c != '\n') {
        if (c != ' ') {
          throw textAfterQuote(cells.size(), cell, quoteLine, (char) c);
        }
      } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        quoteLine = line;
        lineDelimiters = -1;
      } else if (c == delimiter) {
        cells.add(cell.toString());
        cell.setLength(0);
        wasQuoted = false;
        closed = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r') {
          int n = read();
          if (n != '\n') {
            pushedBack = n;
          }
        }
        line++;
        cells.add(cell.toString());
        return cells;
      } else {
        cell.append((char) c);
      }
      c = read();
    }
  }

  /**
   * Delimiters that make a line inside a quoted cell look like a row of its own: all the header's
   * but one (at least 2); never for the header itself.
   */
  private int rowLikeDelimiters() {
    return header.isEmpty() ? Integer.MAX_VALUE : Math.max(2, header.size() - 1);
  }

  private String column(int index) {
    return index < header.size() && !header.get(index).isBlank()
        ? header.get(index)
        : "cột " + (index + 1);
  }

  private static String quote(CharSequence cell) {
    String s = cell.toString();
    int cut = s.indexOf('\n');
    s = (cut >= 0 ? s.substring(0, cut) : s).strip();
    return s.length() <= QUOTED ? s : s.substring(0, QUOTED) + "…";
  }

  private FileRefusedException unclosed(int index, CharSequence cell, long quoteLine) {
    return openQuote(
        index,
        cell,
        quoteLine,
        "không được đóng cho đến hết tệp, nên mọi dòng sau nó sẽ bị đọc thành một ô: ");
  }

  private FileRefusedException swallowed(int index, CharSequence cell, long quoteLine) {
    return openQuote(
        index,
        cell,
        quoteLine,
        "chưa được đóng ở cuối dòng "
            + line
            + ", mà dòng đó có đủ dấu phân cách của một dòng dữ liệu: có thể thiếu dấu \""
            + " đóng ô ở dòng "
            + quoteLine
            + "; ");
  }

  /**
   * A quote opened at {@code quoteLine} and left open: the file is refused at that cell; {@code
   * whatHappened} ends with its separator.
   */
  private FileRefusedException openQuote(
      int index, CharSequence cell, long quoteLine, String whatHappened) {
    return FileRefusedException.atCell(
        RejectRule.MALFORMED_FILE,
        quoteLine,
        column(index),
        quote(cell),
        "Dấu ngoặc kép mở ở dòng "
            + quoteLine
            + " (cột "
            + column(index)
            + ") "
            + whatHappened
            + "hãy thêm dấu \" đóng ô, hoặc viết \"\" cho một dấu ngoặc kép nằm trong ô;"
            + " tệp không được nạp");
  }

  private FileRefusedException textAfterQuote(
      int index, CharSequence cell, long quoteLine, char found) {
    String where =
        quoteLine == line
            ? "Ô ở dòng " + quoteLine + " (cột " + column(index) + ")"
            : "Dấu ngoặc kép mở ở dòng "
                + quoteLine
                + " (cột "
                + column(index)
                + ") chỉ được đóng ở dòng "
                + line
                + " và ô đó";
    return FileRefusedException.atCell(
        RejectRule.MALFORMED_FILE,
        quoteLine,
        column(index),
        quote(cell),
        where
            + " còn ký tự '"
            + found
            + "' sau dấu ngoặc kép đóng: dấu ngoặc kép nằm trong ô phải viết thành \"\" và cả"
            + " ô đặt trong dấu ngoặc kép"
            + (quoteLine == line ? "" : "; có thể thiếu dấu \" đóng ô ở dòng " + quoteLine)
            + "; tệp không được nạp");
  }
}
