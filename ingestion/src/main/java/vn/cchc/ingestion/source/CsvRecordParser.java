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

  /** Characters read at a time; a cell that ends inside them is cut out of them, not copied. */
  private static final int BUFFER = 1 << 16;

  private final Reader reader;
  private final char delimiter;
  private final char[] buffer = new char[BUFFER];
  private int position;
  private int limit;
  private long line = 1;
  private long recordLine;

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

  /** The next character, or -1 at the end; a character returned is at {@code position - 1}. */
  private int read() throws IOException {
    if (position < limit) {
      return buffer[position++];
    }
    int n;
    do {
      n = reader.read(buffer, 0, BUFFER);
    } while (n == 0);
    if (n < 0) {
      position = 0;
      limit = 0;
      return -1;
    }
    limit = n;
    position = 1;
    return buffer[0];
  }

  /** Hands the character just read back, to be read again; the end of the file needs nothing. */
  private void unread(int c) {
    if (c != -1) {
      position--;
    }
  }

  /** Where the run of buffered characters from {@code from} that are not a, b or c ends. */
  private int runEnd(int from, char a, char b, char c) {
    int p = from;
    while (p < limit) {
      char ch = buffer[p];
      if (ch == a || ch == b || ch == c) {
        break;
      }
      p++;
    }
    return p;
  }

  List<String> next() throws IOException {
    int c = read();
    if (c == -1) {
      return null;
    }
    recordLine = line;
    List<String> cells = new ArrayList<>(Math.max(header.size(), 8));
    StringBuilder cell = new StringBuilder();
    // a cell read in one piece from the buffer, cut out of it rather than built up in cell
    String whole = null;
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
        cells.add(whole != null ? whole : cell.toString());
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
        } else if (c == '\n') {
          if (lineDelimiters >= rowLikeDelimiters()) {
            throw swallowed(cells.size(), cell, quoteLine);
          }
          line++;
          lineDelimiters = 0;
          cell.append('\n');
        } else if (c == delimiter && lineDelimiters >= 0) {
          lineDelimiters++;
          cell.append(delimiter);
        } else {
          // the run of characters up to the next quote, line break or counted delimiter
          int start = position - 1;
          int end = runEnd(position, '"', '\n', lineDelimiters >= 0 ? delimiter : '"');
          cell.append(buffer, start, end - start);
          position = end;
        }
      } else if (closed && c != delimiter && c != '\r' && c != '\n') {
        if (c != ' ') {
          throw textAfterQuote(cells.size(), cell, quoteLine, (char) c);
        }
      } else if (c == '"' && cell.length() == 0 && whole == null && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
        quoteLine = line;
        lineDelimiters = -1;
      } else if (c == delimiter) {
        cells.add(whole != null ? whole : cell.toString());
        cell.setLength(0);
        whole = null;
        wasQuoted = false;
        closed = false;
      } else if (c == '\r' || c == '\n') {
        if (c == '\r') {
          int n = read();
          if (n != '\n') {
            unread(n);
          }
        }
        line++;
        cells.add(whole != null ? whole : cell.toString());
        return cells;
      } else {
        // an unquoted run up to the next delimiter or line break; a quote in it is text
        int start = position - 1;
        int end = runEnd(position, delimiter, '\r', '\n');
        if (end < limit && cell.length() == 0 && whole == null) {
          whole = new String(buffer, start, end - start);
        } else {
          if (whole != null) {
            cell.append(whole);
            whole = null;
          }
          cell.append(buffer, start, end - start);
        }
        position = end;
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
