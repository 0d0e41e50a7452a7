package vn.cchc.ingestion.source;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.cchc.ingestion.validate.RejectRule;

/**
 * Streams a CSV file (RFC 4180: quoted fields may hold delimiters, quotes and line breaks) row by
 * row in constant memory. The encoding comes from a byte-order mark (UTF-8, UTF-16), else from the
 * caller, else UTF-8; text that does not decode refuses the file at the first bad cell, and a file
 * that is not text at all (a workbook, UTF-16 without a mark, binary bytes) is refused with what it
 * is. The delimiter (comma, semicolon or tab) is taken from the header line, so files saved by a
 * Vietnamese-locale Excel ({@code ;} with decimal commas) read as they are.
 *
 * <p>Every physical line must be accounted for: a quote that is never closed, a quoted cell whose
 * continuation line looks like a whole row, or text after a closing quote refuses the file at the
 * line where the quote opened; a row with a non-blank cell beyond the header or under a blank
 * header cell is rejected, never truncated.
 */
public final class CsvSource {
  private static final char REPLACEMENT = '\uFFFD';

  /** How many leading bytes decide whether the file is text at all. */
  private static final int SNIFF = 4096;

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
      refuseIfNotText(in, charset);
      CharsetDecoder decoder =
          charset
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .onUnmappableCharacter(CodingErrorAction.REPLACE);
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
      char delimiter = sniffDelimiter(reader);
      handler.decimalMarks(DecimalMarks.ofDelimiter(delimiter));
      CsvRecordParser parser = new CsvRecordParser(reader, delimiter);
      boolean headerSeen = false;
      List<String> header = List.of();
      HeaderCells headerCells = new HeaderCells(header);
      long rows = 0;
      List<String> cells;
      while ((cells = parser.next()) != null) {
        RawRow row =
            new RawRow(parser.recordLine(), normalise(cells, header, parser.recordLine(), charset));
        if (row.blank()) {
          continue;
        }
        if (!headerSeen) {
          headerSeen = true;
          header = row.cells();
          headerCells = new HeaderCells(header);
          parser.header = header;
          handler.header(row);
        } else {
          int extra = headerCells.firstCellWithout(row);
          if (extra < 0) {
            handler.row(row);
          } else {
            handler.extraCells(
                row, "cột " + (extra + 1), row.cell(extra), extraCellsMessage(row, header, extra));
          }
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

  /**
   * Refuses, with what the file really is, a file that is no text in {@code charset}: a workbook
   * renamed {@code .csv}, UTF-16 saved without a byte-order mark, or binary bytes.
   */
  private static void refuseIfNotText(BufferedInputStream in, Charset charset) throws IOException {
    in.mark(SNIFF);
    byte[] head = in.readNBytes(SNIFF);
    in.reset();
    int n = head.length;
    if (startsWith(head, 0x50, 0x4B, 0x03, 0x04)) {
      throw FileRefusedException.whole(
          RejectRule.CORRUPT_FILE,
          "Tệp không phải CSV mà là tệp nén ZIP, thường là một sổ Excel .xlsx bị đổi đuôi thành"
              + " .csv: hãy đổi đuôi tệp thành .xlsx (hoặc mở bằng Excel và lưu lại dưới dạng CSV"
              + " UTF-8)");
    }
    if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
      throw FileRefusedException.whole(
          RejectRule.CORRUPT_FILE,
          "Tệp không phải CSV mà là một sổ Excel 97-2003 (.xls) hoặc một sổ Excel có mật khẩu:"
              + " hãy mở bằng Excel, gỡ mật khẩu nếu có, rồi lưu lại dưới dạng .xlsx hoặc CSV UTF-8");
    }
    String name = charset.name();
    if (name.startsWith("UTF-16") || name.startsWith("UTF-32")) {
      return;
    }
    int zerosEven = 0;
    int zerosOdd = 0;
    int firstBinary = -1;
    int controls = 0;
    for (int i = 0; i < n; i++) {
      int b = head[i] & 0xFF;
      if (b == 0) {
        if (i % 2 == 0) {
          zerosEven++;
        } else {
          zerosOdd++;
        }
      }
      if ((b < 0x20 && b != '\t' && b != '\n' && b != '\r') || b == 0x7F) {
        controls++;
        if (firstBinary < 0) {
          firstBinary = i;
        }
      }
    }
    int pairs = n / 2;
    boolean little = pairs > 0 && zerosOdd * 10 >= pairs * 3 && zerosEven * 20 < pairs;
    boolean big = pairs > 0 && zerosEven * 10 >= pairs * 3 && zerosOdd * 20 < pairs;
    if (little || big) {
      throw FileRefusedException.whole(
          RejectRule.ENCODING,
          "Tệp được lưu bằng mã UTF-16 (Unicode) nhưng thiếu dấu BOM ở đầu tệp nên không đọc được:"
              + " hãy mở tệp và lưu lại dưới dạng CSV UTF-8");
    }
    if (zerosEven + zerosOdd > 0 || (controls > 0 && controls * 100 >= n)) {
      throw FileRefusedException.whole(
          RejectRule.CORRUPT_FILE,
          "Tệp không phải tệp văn bản CSV: có byte nhị phân 0x"
              + String.format("%02X", head[firstBinary] & 0xFF)
              + " ở byte thứ "
              + (firstBinary + 1)
              + "; hãy mở bằng chương trình đã tạo ra nó và lưu lại dưới dạng CSV UTF-8 hoặc"
              + " Excel .xlsx");
    }
  }

  private static boolean startsWith(byte[] head, int... magic) {
    if (head.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if ((head[i] & 0xFF) != magic[i]) {
        return false;
      }
    }
    return true;
  }

  private static String extraCellsMessage(RawRow row, List<String> header, int extra) {
    if (extra < header.size()) {
      return "Dòng có giá trị ở cột "
          + (extra + 1)
          + " mà cột này không có tiêu đề: hãy đặt tên cột ở dòng tiêu đề hoặc xóa giá trị;"
          + " dòng không được nạp";
    }
    return "Dòng có "
        + row.cells().size()
        + " ô, nhiều hơn "
        + header.size()
        + " cột của dòng tiêu đề (ô thừa đầu tiên ở cột "
        + (extra + 1)
        + "): có thể một ô chứa dấu phân cách mà không được đặt trong dấu ngoặc kép; hãy đặt ô"
        + " đó trong dấu ngoặc kép (\"…\"); dòng không được nạp";
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
   * NFC-normalises cells, in place; a cell that did not decode refuses the file, named by its
   * header when there is one.
   */
  private List<String> normalise(
      List<String> cells, List<String> header, long line, Charset charset) {
    for (int i = 0; i < cells.size(); i++) {
      String cell = cells.get(i);
      if (Text.isAscii(cell)) {
        continue; // decoded, and already NFC
      }
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
      cells.set(i, Text.nfc(cell));
    }
    return cells;
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
