package vn.cchc.ingestion.source;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import vn.cchc.ingestion.validate.RejectRule;

/**
 * Streams the sheets of an XLSX workbook with POI's event API (SAX), so memory does not grow with
 * the number of rows. Numbers come out as written (no grouping, no rounding by the cell format);
 * date cells as ISO dates.
 *
 * <p>A sheet with merged cells is refused before any row is read (a merge keeps only its first
 * cell's value, so a merged header hides a column and a merged data cell blanks the cells under
 * it); since the sheet's list of merges comes after its rows, the sheet is scanned for it first. A
 * row with a value in a column without a header is rejected. A file that is no workbook is refused
 * with what it is: password protected, an old {@code .xls}, a text file.
 */
public final class XlsxSource {
  /** How many merged ranges a refusal names. */
  private static final int SHOWN_MERGES = 5;

  private final Path path;

  public XlsxSource(Path path) {
    this.path = path;
  }

  /** The workbook's sheet names in order. */
  public List<String> sheetNames() {
    List<String> names = new ArrayList<>();
    withSheets((name, stream, pkg, reader) -> names.add(name));
    return names;
  }

  /** Streams one sheet's rows into {@code handler}. */
  public void read(String sheet, RowHandler handler, Progress progress) {
    refuseMergedCells(sheet);
    handler.decimalMarks(DecimalMarks.EITHER);
    boolean[] found = {false};
    withSheets(
        (name, stream, pkg, reader) -> {
          if (!name.equals(sheet)) {
            return;
          }
          found[0] = true;
          readSheet(stream, pkg, reader, handler, progress);
        });
    if (!found[0]) {
      throw FileRefusedException.forValue(
          RejectRule.CORRUPT_FILE, sheet, "Không tìm thấy trang tính " + sheet);
    }
  }

  private interface SheetAction {
    void accept(String name, InputStream stream, OPCPackage pkg, XSSFReader reader)
        throws Exception;
  }

  /** Refuses the sheet if it has merged cells, naming them. */
  private void refuseMergedCells(String sheet) {
    List<String> merges = new ArrayList<>();
    withSheets(
        (name, stream, pkg, reader) -> {
          if (!name.equals(sheet)) {
            return;
          }
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(
              new DefaultHandler() {
                @Override
                public void startElement(
                    String uri, String localName, String qName, Attributes attributes) {
                  if ("mergeCell".equals(localName) && attributes.getValue("ref") != null) {
                    merges.add(attributes.getValue("ref"));
                  }
                }
              });
          try {
            parser.parse(new InputSource(stream));
          } catch (IOException | org.xml.sax.SAXException e) {
            throw FileRefusedException.whole(
                RejectRule.CORRUPT_FILE,
                "Tệp Excel bị hỏng (nội dung trang tính " + sheet + " không đọc được)");
          }
        });
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
        new CellReference(first.contains(":") ? first.substring(0, first.indexOf(':')) : first)
                .getRow()
            + 1L;
    throw FileRefusedException.atCell(
        RejectRule.MALFORMED_FILE,
        firstRow,
        "",
        shown,
        "Trang tính "
            + sheet
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

  private void withSheets(SheetAction action) {
    if (!Files.isRegularFile(path)) {
      throw FileRefusedException.whole(RejectRule.CORRUPT_FILE, "Không tìm thấy tệp");
    }
    refuseIfNotWorkbook();
    try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream stream = sheets.next()) {
          action.accept(sheets.getSheetName(), stream, pkg, reader);
        }
      }
    } catch (FileRefusedException e) {
      throw e;
    } catch (HandlerFailure e) {
      throw e.failure;
    } catch (Exception | LinkageError e) {
      throw FileRefusedException.whole(
          RejectRule.CORRUPT_FILE,
          "Tệp Excel bị hỏng hoặc không phải định dạng .xlsx: hãy mở bằng Excel và lưu lại dưới"
              + " dạng Sổ làm việc Excel (.xlsx)");
    }
  }

  private static void readSheet(
      InputStream sheetStream,
      OPCPackage pkg,
      XSSFReader reader,
      RowHandler handler,
      Progress progress)
      throws Exception {
    ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
    StylesTable styles = reader.getStylesTable();
    Collector collector = new Collector(handler, progress);
    XMLReader parser = XMLHelper.newXMLReader();
    parser.setContentHandler(
        new XSSFSheetXMLHandler(styles, null, strings, collector, new PlainFormatter(), false));
    try {
      parser.parse(new InputSource(sheetStream));
    } catch (IOException | org.xml.sax.SAXException e) {
      throw FileRefusedException.atLine(
          RejectRule.CORRUPT_FILE,
          collector.lastRow,
          "Tệp Excel bị hỏng (nội dung trang tính không đọc được)");
    }
    if (!collector.headerSeen) {
      throw FileRefusedException.atLine(
          RejectRule.EMPTY_FILE, 1, "Trang tính rỗng: không có dòng tiêu đề nào");
    }
  }

  /** Collects cells of the current row and hands whole rows to the handler. */
  private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final RowHandler handler;
    private final Progress progress;
    private final List<String> cells = new ArrayList<>();
    private List<String> header = List.of();
    private boolean headerSeen;
    private long rows;
    private long lastRow;

    Collector(RowHandler handler, Progress progress) {
      this.handler = handler;
      this.progress = progress;
    }

    @Override
    public void startRow(int rowNum) {
      lastRow = rowNum + 1L;
      cells.clear();
    }

    @Override
    public void endRow(int rowNum) {
      RawRow row = new RawRow(rowNum + 1L, List.copyOf(cells));
      if (row.blank()) {
        return;
      }
      try {
        if (!headerSeen) {
          headerSeen = true;
          header = row.cells();
          handler.header(row);
        } else {
          int extra = firstCellWithoutHeader(row);
          if (extra < 0) {
            handler.row(row);
          } else {
            String column = CellReference.convertNumToColString(extra);
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

    private int firstCellWithoutHeader(RawRow row) {
      for (int i = 0; i < row.cells().size(); i++) {
        if ((i >= header.size() || header.get(i).isBlank()) && !row.cells().get(i).isBlank()) {
          return i;
        }
      }
      return -1;
    }

    @Override
    public void cell(String cellReference, String formattedValue, XSSFComment comment) {
      int col = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
      while (cells.size() < col) {
        cells.add("");
      }
      String v = formattedValue == null ? "" : formattedValue;
      cells.add(
          Normalizer.isNormalized(v, Normalizer.Form.NFC)
              ? v
              : Normalizer.normalize(v, Normalizer.Form.NFC));
    }
  }

  /** Carries a failure of the row handler (not of the workbook) through POI untouched. */
  private static final class HandlerFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final RuntimeException failure;

    HandlerFailure(RuntimeException failure) {
      super(failure);
      this.failure = failure;
    }
  }

  /** Numbers as plain text with every digit, dates as ISO {@code yyyy-MM-dd}. */
  private static final class PlainFormatter extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value).toLocalDate().toString();
      }
      if (value == Math.rint(value) && Math.abs(value) < 1e15) {
        return Long.toString((long) value);
      }
      return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }
  }
}
