package vn.cchc.ingestion.source;

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
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import vn.cchc.ingestion.validate.RejectRule;

/**
 * Streams the sheets of an XLSX workbook with POI's event API (SAX), so memory does not grow with
 * the number of rows. Numbers come out as written (no grouping, no rounding by the cell format);
 * date cells as ISO dates.
 */
public final class XlsxSource {
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

  private void withSheets(SheetAction action) {
    if (!Files.isRegularFile(path)) {
      throw FileRefusedException.whole(RejectRule.CORRUPT_FILE, "Không tìm thấy tệp");
    }
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
          "Tệp Excel bị hỏng hoặc không phải định dạng .xlsx ("
              + e.getClass().getSimpleName()
              + ")");
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
          handler.header(row);
        } else {
          handler.row(row);
          progress.update(++rows, 0);
        }
      } catch (FileRefusedException e) {
        throw e;
      } catch (RuntimeException e) {
        throw new HandlerFailure(e);
      }
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
