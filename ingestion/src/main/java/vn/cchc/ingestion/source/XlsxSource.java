package vn.cchc.ingestion.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.dhatim.fastexcel.reader.CellAddress;
import org.dhatim.fastexcel.reader.ExcelReaderException;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import vn.cchc.ingestion.validate.RejectRule;

/**
 * Streams the sheets of an XLSX workbook with fastexcel (StAX), so memory does not grow with the
 * number of rows. Cells read as {@link CellText} writes them: numbers as written (no grouping, no
 * rounding by the cell format), date cells as ISO dates.
 *
 * <p>A sheet with merged cells is refused before any row is read (a merge keeps only its first
 * cell's value, so a merged header hides a column and a merged data cell blanks the cells under
 * it); since the sheet's list of merges comes after its rows, the sheet is scanned for it first
 * ({@link MergedRanges}). A row with a value in a column without a header is rejected. A file that
 * is no workbook is refused with what it is: password protected, an old {@code .xls}, a text file.
 */
public final class XlsxSource {
  /** How many merged ranges a refusal names. */
  private static final int SHOWN_MERGES = 5;

  private static final String CORRUPT =
      "Tệp Excel bị hỏng hoặc không phải định dạng .xlsx: hãy mở bằng Excel và lưu lại dưới"
          + " dạng Sổ làm việc Excel (.xlsx)";

  private final Path path;

  public XlsxSource(Path path) {
    this.path = path;
  }

  /** The workbook's sheet names in order. */
  public List<String> sheetNames() {
    try (Workbook wb = open()) {
      return wb.book.getSheets().map(Sheet::getName).toList();
    } catch (IOException | RuntimeException | LinkageError e) {
      throw refusal(e);
    }
  }

  /** Streams one sheet's rows into {@code handler}. */
  public void read(String sheet, RowHandler handler, Progress progress) {
    try (Workbook wb = open()) {
      Sheet found =
          wb.book
              .getSheets()
              .filter(s -> s.getName().equals(sheet))
              .findFirst()
              .orElseThrow(
                  () ->
                      FileRefusedException.forValue(
                          RejectRule.CORRUPT_FILE, sheet, "Không tìm thấy trang tính " + sheet));
      refuseMergedCells(wb.parts, found);
      handler.decimalMarks(DecimalMarks.EITHER);
      readSheet(wb, found, handler, progress);
    } catch (IOException | RuntimeException | LinkageError e) {
      throw refusal(e);
    }
  }

  /** A failure of the workbook (not of the row handler, whose errors pass untouched). */
  private static RuntimeException refusal(Throwable e) {
    if (e instanceof FileRefusedException refused) {
      return refused;
    }
    if (e instanceof HandlerFailure failure) {
      return failure.failure;
    }
    return FileRefusedException.whole(RejectRule.CORRUPT_FILE, CORRUPT);
  }

  /** The workbook as fastexcel reads it, with the parts it does not hand out. */
  private record Workbook(ReadableWorkbook book, WorkbookParts parts, CellText text)
      implements AutoCloseable {
    @Override
    public void close() throws IOException {
      try {
        book.close();
      } finally {
        parts.close();
      }
    }
  }

  private Workbook open() throws IOException {
    if (!Files.isRegularFile(path)) {
      throw FileRefusedException.whole(RejectRule.CORRUPT_FILE, "Không tìm thấy tệp");
    }
    refuseIfNotWorkbook();
    WorkbookParts parts = WorkbookParts.open(path);
    try {
      // without a styles part fastexcel cannot read formats; numbers then read as stored
      ReadableWorkbook book =
          new ReadableWorkbook(path.toFile(), new ReadingOptions(parts.hasStyles(), true));
      return new Workbook(book, parts, new CellText(book.getFormats(), book.getNumFmtIdToFormat()));
    } catch (IOException | RuntimeException e) {
      parts.close();
      throw e;
    }
  }

  /** Refuses the sheet if it has merged cells, naming them. */
  private static void refuseMergedCells(WorkbookParts parts, Sheet sheet) {
    List<String> merges;
    try (InputStream xml =
        parts
            .sheet(sheet.getId())
            .orElseThrow(() -> FileRefusedException.whole(RejectRule.CORRUPT_FILE, CORRUPT))) {
      merges = MergedRanges.in(xml);
    } catch (IOException e) {
      throw FileRefusedException.whole(
          RejectRule.CORRUPT_FILE,
          "Tệp Excel bị hỏng (nội dung trang tính " + sheet.getName() + " không đọc được)");
    }
    if (merges.isEmpty()) {
      return;
    }
    String shown =
        String.join(", ", merges.subList(0, Math.min(SHOWN_MERGES, merges.size())))
            + (merges.size() > SHOWN_MERGES
                ? " và " + (merges.size() - SHOWN_MERGES) + " vùng khác"
                : "");
    String first = merges.get(0);
    long firstRow =
        new CellAddress(first.contains(":") ? first.substring(0, first.indexOf(':')) : first)
                .getRow()
            + 1L;
    throw FileRefusedException.atCell(
        RejectRule.MALFORMED_FILE,
        firstRow,
        "",
        shown,
        "Trang tính "
            + sheet.getName()
            + " có ô gộp ("
            + shown
            + "): ô gộp chỉ giữ giá trị ở ô đầu tiên, các ô còn lại bị đọc là trống (một ô tiêu"
            + " đề gộp làm mất cả một cột); hãy bỏ gộp ô (Unmerge) và điền giá trị vào từng ô;"
            + " trang tính không được nạp");
  }

  /** Refuses a file that is not an XLSX workbook, saying what it is instead. */
  private void refuseIfNotWorkbook() {
    FileMagic magic;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
      magic = FileMagic.valueOf(in);
    } catch (IOException e) {
      throw FileRefusedException.whole(RejectRule.CORRUPT_FILE, "Không đọc được tệp");
    }
    if (magic == FileMagic.OLE2) {
      boolean encrypted;
      try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
        encrypted = fs.getRoot().hasEntry("EncryptionInfo");
      } catch (IOException | RuntimeException e) {
        encrypted = false;
      }
      throw FileRefusedException.whole(
          RejectRule.CORRUPT_FILE,
          encrypted
              ? "Sổ Excel được bảo vệ bằng mật khẩu (mã hóa) nên không đọc được: hãy mở bằng Excel,"
                  + " gỡ mật khẩu (Tệp → Thông tin → Bảo vệ Sổ làm việc → Mã hóa bằng Mật khẩu, xóa"
                  + " mật khẩu) rồi lưu lại và nạp lại"
              : "Tệp là sổ Excel 97-2003 (.xls) mang đuôi .xlsx: hãy mở bằng Excel và lưu lại dưới"
                  + " dạng Sổ làm việc Excel (.xlsx)");
    }
    if (magic != FileMagic.OOXML) {
      throw FileRefusedException.whole(
          RejectRule.CORRUPT_FILE,
          "Tệp không phải sổ Excel .xlsx"
              + (magic == FileMagic.UNKNOWN ? "" : " (nội dung là " + magic.name() + ")")
              + ": nếu là tệp CSV, hãy đổi đuôi thành .csv; nếu không, hãy mở bằng Excel và lưu"
              + " lại dưới dạng .xlsx");
    }
  }

  private static void readSheet(Workbook wb, Sheet sheet, RowHandler handler, Progress progress)
      throws IOException {
    Collector collector = new Collector(handler, progress);
    try (Stream<Row> rows = sheet.openStream()) {
      Iterator<Row> it = rows.iterator();
      while (true) {
        Row row;
        try {
          if (!it.hasNext()) {
            break;
          }
          row = it.next();
        } catch (ExcelReaderException | UncheckedIOException e) {
          if (!(e.getCause() instanceof XMLStreamException
              || e.getCause() instanceof IOException)) {
            throw e;
          }
          throw FileRefusedException.atLine(
              RejectRule.CORRUPT_FILE,
              collector.lastRow + 1,
              "Tệp Excel bị hỏng (nội dung trang tính không đọc được)");
        }
        collector.row(row, wb.text);
      }
    }
    if (!collector.headerSeen) {
      throw FileRefusedException.atLine(
          RejectRule.EMPTY_FILE, 1, "Trang tính rỗng: không có dòng tiêu đề nào");
    }
  }

  /** Turns fastexcel's rows into raw rows and hands them to the handler. */
  private static final class Collector {
    private final RowHandler handler;
    private final Progress progress;
    private HeaderCells headerCells;
    private boolean headerSeen;
    private long rows;
    private long seen;
    private long lastRow;

    Collector(RowHandler handler, Progress progress) {
      this.handler = handler;
      this.progress = progress;
    }

    void row(Row sheetRow, CellText text) {
      // fastexcel numbers a row without an r attribute by the rows before it, from 0
      long number = sheetRow.getRowNum() == seen ? seen + 1 : sheetRow.getRowNum();
      seen++;
      lastRow = number;
      List<String> cells = new ArrayList<>(sheetRow.getCellCount());
      for (int i = 0; i < sheetRow.getCellCount(); i++) {
        cells.add(Text.nfc(text.of(sheetRow.getCell(i))));
      }
      RawRow row = new RawRow(number, cells);
      if (row.blank()) {
        return;
      }
      try {
        if (!headerSeen) {
          headerSeen = true;
          headerCells = new HeaderCells(row.cells());
          handler.header(row);
        } else {
          int extra = headerCells.firstCellWithout(row);
          if (extra < 0) {
            handler.row(row);
          } else {
            String column = CellAddress.convertNumToColString(extra);
            handler.extraCells(
                row,
                "cột " + column,
                row.cell(extra),
                "Ô "
                    + column
                    + row.rowNumber()
                    + " có giá trị mà cột "
                    + column
                    + " không có tiêu đề ở dòng tiêu đề: hãy đặt tên cột hoặc xóa giá trị; dòng"
                    + " không được nạp");
          }
          progress.update(++rows, 0);
        }
      } catch (FileRefusedException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new HandlerFailure(e);
      }
    }
  }

  /** Carries a failure of the row handler (not of the workbook) past the workbook's handling. */
  private static final class HandlerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final RuntimeException failure;

    HandlerFailure(RuntimeException failure) {
      super(failure);
      this.failure = failure;
    }
  }
}
