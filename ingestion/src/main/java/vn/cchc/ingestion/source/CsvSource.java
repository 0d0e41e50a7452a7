package vn.cchc.ingestion.source;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.ingestion.validate.RejectRule;

/**
 * Streams a CSV file (RFC 4180: quoted fields may hold delimiters, quotes and line breaks) row by
 * row in constant memory. The encoding comes from a byte-order mark (UTF-8, UTF-16), else from the
 * caller, else UTF-8; text that does not decode refuses the file at the first bad cell. The
 * delimiter (comma, semicolon or tab) is taken from the header line, so files saved by a
 * Vietnamese-locale Excel ({@code ;} with decimal commas) read as they are.
 */
public final class CsvSource {
  private static final char REPLACEMENT = '\uFFFD';
  private final Path path;
  private final Charset explicitEncoding;

  /**
   * @param explicitEncoding the user's {@code --encoding}, or null to use a BOM or UTF-8
   */
  public CsvSource(Path path, Charset explicitEncoding) {
    this.path = path;
    this.explicitEncoding = explicitEncoding;
  }

  public void read(RowHandler handler, Progress progress) throws IOException {
    try (CountingStream counting = new CountingStream(Files.newInputStream(path));
        BufferedInputStream in = new BufferedInputStream(counting, 1 << 16)) {
      Charset charset = detectCharset(in);
      CharsetDecoder decoder =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
      char delimiter = sniffDelimiter(reader);
      Parser parser = new Parser(reader, delimiter);
      boolean headerSeen = false;
      List<String> header = List.of();
      long rows = 0;
      List<String> cells;
      while ((cells = parser.next()) != null) {
        RawRow row =
            new RawRow(parser.recordLine, normalise(cells, header, parser.recordLine, charset));
        if (row.blank()) {
          continue;
        }
        if (!headerSeen) {
          headerSeen = true;
          header = row.cells();
          handler.header(row);
        } else {
          handler.row(row);
          progress.update(++rows, counting.count);
        }
      }
      if (!headerSeen) {
        throw FileRefusedException.atLine(
            RejectRule.EMPTY_FILE, 1, "Tệp rỗng: không có dòng tiêu đề nào");
      }
    }
  }

  private Charset detectCharset(BufferedInputStream in) throws IOException {
    in.mark(4);
    int b0 = in.read();
    int b1 = in.read();
    int b2 = in.read();
    if (b0 == 0xEF && b1 == 0xBB && b2 == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    in.reset();
    if (b0 == 0xFF && b1 == 0xFE) {
      in.skip(2);
      return StandardCharsets.UTF_16LE;
    }
    if (b0 == 0xFE && b1 == 0xFF) {
      in.skip(2);
      return StandardCharsets.UTF_16BE;
    }
    return explicitEncoding != null ? explicitEncoding : StandardCharsets.UTF_8;
  }

  private static char sniffDelimiter(BufferedReader reader) throws IOException {
    reader.mark(1 << 16);
    int commas = 0;
    int semicolons = 0;
    int tabs = 0;
    boolean quoted = false;
    for (int i = 0, c; i < (1 << 16) - 1 && (c = reader.read()) != -1; i++) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted && (c == '\n' || c == '\r')) {
        break;
      } else if (!quoted && c == ',') {
        commas++;
      } else if (!quoted && c == ';') {
        semicolons++;
      } else if (!quoted && c == '\t') {
        tabs++;
      }
    }
    reader.reset();
    if (semicolons > commas && semicolons >= tabs) {
      return ';';
    }
    return tabs > commas ? '\t' : ',';
  }

  /**
   * NFC-normalises cells; a cell that did not decode refuses the file, named by its header when
   * there is one.
   */
  private List<String> normalise(
      List<String> cells, List<String> header, long line, Charset charset) {
    List<String> out = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (cell.indexOf(REPLACEMENT) >= 0) {
        String column =
            i < header.size() && !header.get(i).isBlank() ? header.get(i) : "cột " + (i + 1);
        throw FileRefusedException.atCell(
            RejectRule.ENCODING,
            line,
            column,
            cell,
            "Tệp không đọc được theo bảng mã "
                + charset.displayName()
                + ": có byte không hợp lệ. Tệp có thể được lưu bằng mã Windows-1258 (TCVN cũ);"
                + " hãy lưu lại dưới dạng CSV UTF-8 hoặc chạy lại với --encoding windows-1258");
      }
      out.add(
          Normalizer.isNormalized(cell, Normalizer.Form.NFC)
              ? cell
              : Normalizer.normalize(cell, Normalizer.Form.NFC));
    }
    return out;
  }

  /** The RFC 4180 state machine; remembers the physical line each record starts on. */
  private static final class Parser {
    private final Reader reader;
    private final char delimiter;
    private long line = 1;
    private long recordLine;
    private int pushedBack = -2;

    Parser(Reader reader, char delimiter) {
      this.reader = reader;
      this.delimiter = delimiter;
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
      while (true) {
        if (c == -1) {
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
              c = n;
              continue;
            }
          } else {
            if (c == '\n') {
              line++;
            }
            cell.append((char) c);
          }
        } else if (c == '"' && cell.length() == 0 && !wasQuoted) {
          quoted = true;
          wasQuoted = true;
        } else if (c == delimiter) {
          cells.add(cell.toString());
          cell.setLength(0);
          wasQuoted = false;
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
  }

  private static final class CountingStream extends FilterInputStream {
    long count;

    CountingStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }
}
