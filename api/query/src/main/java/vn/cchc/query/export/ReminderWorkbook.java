package vn.cchc.query.export;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import vn.cchc.model.inspection.Severity;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.text.SpreadsheetText;
import vn.cchc.query.QueryResult;
import vn.cchc.query.inspection.RemediationQueries;
import vn.cchc.query.inspection.RemediationQueries.Due;

/**
 * The reminder list the Sở Nội vụ sends to the units: every finding open on the release date, as
 * {@link RemediationQueries#reminders} orders them (by unit, the most overdue unit first; by due
 * date within a unit), one sheet with a title, a summary line and Vietnamese headers. Dates are
 * date cells shown dd/mm/yyyy, counts are numbers, text goes through {@link
 * SpreadsheetText#neutralise} as in {@link TableXlsx}. The header row is frozen and repeated on
 * every printed page (A4 landscape, one page wide); each unit's rows share a shade, alternating.
 */
public final class ReminderWorkbook {
  private ReminderWorkbook() {}

  public static final String SHEET_NAME = "Nhắc khắc phục";
  static final String TITLE = "Danh sách tồn tại, hạn chế cần đôn đốc khắc phục — tính đến ngày ";

  /** The columns: header and width in characters. */
  static final List<Column> COLUMNS =
      List.of(
          new Column("STT", 6),
          new Column("Đơn vị", 32),
          new Column("Mã đơn vị", 11),
          new Column("Khối", 20),
          new Column("Mã cuộc kiểm tra", 14),
          new Column("Năm kiểm tra", 9),
          new Column("Lĩnh vực", 28),
          new Column("Mức độ", 11),
          new Column("Nội dung tồn tại", 48),
          new Column("Kiến nghị", 42),
          new Column("Hạn khắc phục", 13),
          new Column("Số ngày quá hạn / còn lại", 12),
          new Column("Tình trạng", 13));

  static final int HEADER_ROW = 2;
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  record Column(String header, int width) {}

  /**
   * Writes {@code reminders} (the rows of {@link RemediationQueries#reminders} for {@code
   * dueWithinDays}) as of {@code asOf}.
   */
  public static void write(
      QueryResult reminders, LocalDate asOf, int dueWithinDays, OutputStream out)
      throws IOException {
    Objects.requireNonNull(asOf, "asOf");
    try (SXSSFWorkbook wb = new SXSSFWorkbook(200)) {
      Styles styles = new Styles(wb);
      Sheet sheet = wb.createSheet(SHEET_NAME);
      for (int i = 0; i < COLUMNS.size(); i++) {
        sheet.setColumnWidth(i, COLUMNS.get(i).width() * 256);
      }
      int last = COLUMNS.size() - 1;
      text(sheet.createRow(0), 0, TITLE + DAY.format(asOf), styles.title);
      sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, last));
      Row summary = sheet.createRow(1);
      summary.setHeightInPoints(30);
      text(summary, 0, summary(reminders, asOf, dueWithinDays), styles.summary);
      sheet.addMergedRegion(new CellRangeAddress(1, 1, 0, last));
      Row head = sheet.createRow(HEADER_ROW);
      for (int i = 0; i < COLUMNS.size(); i++) {
        text(head, i, COLUMNS.get(i).header(), styles.header);
      }
      int r = HEADER_ROW + 1;
      int band = 1;
      String unit = null;
      for (int i = 0; i < reminders.size(); i++) {
        String key = unit(reminders, i);
        if (!key.equals(unit)) {
          unit = key;
          band = 1 - band;
        }
        row(sheet.createRow(r++), reminders, i, styles.band(band));
      }
      if (reminders.isEmpty()) {
        text(sheet.createRow(r), 0, "Không có tồn tại nào chưa khắc phục.", styles.summary);
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, last));
      } else {
        sheet.setAutoFilter(new CellRangeAddress(HEADER_ROW, r - 1, 0, last));
      }
      sheet.createFreezePane(0, HEADER_ROW + 1);
      sheet.setRepeatingRows(new CellRangeAddress(HEADER_ROW, HEADER_ROW, -1, -1));
      sheet.getPrintSetup().setLandscape(true);
      sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
      sheet.getPrintSetup().setFitWidth((short) 1);
      sheet.getPrintSetup().setFitHeight((short) 0);
      sheet.setFitToPage(true);
      wb.write(out);
      wb.dispose();
    }
  }

  private static void row(Row row, QueryResult t, int i, Styles.Band s) {
    Due due = Due.valueOf(str(t, i, "due_status"));
    number(row, 0, row.getRowNum() - HEADER_ROW, s.number);
    text(row, 1, str(t, i, "unit_label"), s.text);
    text(row, 2, str(t, i, "unit_code"), s.text);
    String bloc = str(t, i, "bloc");
    text(row, 3, bloc == null ? null : Bloc.parse(bloc).map(Bloc::labelVi).orElse(bloc), s.text);
    text(row, 4, str(t, i, "inspection_id"), s.text);
    number(row, 5, (Number) t.value(i, "year"), s.number);
    text(row, 6, field(str(t, i, "field_code"), str(t, i, "field_name")), s.text);
    String severity = str(t, i, "severity");
    text(
        row,
        7,
        severity == null ? null : Severity.parse(severity).map(Severity::labelVi).orElse(severity),
        s.text);
    text(row, 8, str(t, i, "description"), s.text);
    text(row, 9, str(t, i, "recommendation"), s.text);
    if (t.value(i, "due_date") instanceof LocalDate d) {
      Cell c = row.createCell(10);
      c.setCellValue(d);
      c.setCellStyle(s.date);
    }
    number(
        row, 11, (Number) t.value(i, due == Due.OVERDUE ? "days_overdue" : "days_left"), s.number);
    text(row, 12, due.labelVi(), due == Due.OVERDUE ? s.overdue : s.text);
  }

  /** An index field as "3. Cải cách thủ tục hành chính"; a topic by its name. */
  static String field(String code, String name) {
    if (code == null) {
      return name;
    }
    return code.matches("[0-9.]+") && name != null && !name.equals(code)
        ? code + ". " + name
        : name;
  }

  static String summary(QueryResult t, LocalDate asOf, int dueWithinDays) {
    Set<String> units = new HashSet<>();
    int[] counts = new int[Due.values().length];
    for (int i = 0; i < t.size(); i++) {
      units.add(unit(t, i));
      counts[Due.valueOf(str(t, i, "due_status")).ordinal()]++;
    }
    return "Tổng số: "
        + t.size()
        + " tồn tại chưa khắc phục của "
        + units.size()
        + " đơn vị; quá hạn: "
        + counts[Due.OVERDUE.ordinal()]
        + "; sắp đến hạn (hạn trong "
        + dueWithinDays
        + " ngày tới, đến ngày "
        + DAY.format(asOf.plusDays(dueWithinDays))
        + "): "
        + counts[Due.DUE_SOON.ordinal()]
        + "; chưa đến hạn: "
        + counts[Due.NOT_YET_DUE.ordinal()]
        + ". Số ngày quá hạn hoặc còn lại tính đến ngày "
        + DAY.format(asOf)
        + ".";
  }

  /** A unit version: code and key (the key is null when no version was valid on the day). */
  private static String unit(QueryResult t, int row) {
    return t.value(row, "unit_code") + "@" + t.value(row, "unit_key");
  }

  private static String str(QueryResult t, int row, String column) {
    Object v = t.value(row, column);
    return v == null ? null : v.toString();
  }

  private static void text(Row row, int column, String value, CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellStyle(style);
    if (value != null) {
      c.setCellValue(SpreadsheetText.neutralise(value));
    }
  }

  private static void number(Row row, int column, Number value, CellStyle style) {
    Cell c = row.createCell(column);
    c.setCellStyle(style);
    if (value != null) {
      c.setCellValue(value.doubleValue());
    }
  }

  /** Every style the sheet uses, made once (a workbook holds at most 64 000). */
  private static final class Styles {
    final CellStyle title;
    final CellStyle summary;
    final CellStyle header;
    private final Band[] bands;

    Styles(Workbook wb) {
      Font big = wb.createFont();
      big.setBold(true);
      big.setFontHeightInPoints((short) 14);
      title = wb.createCellStyle();
      title.setFont(big);
      Font italic = wb.createFont();
      italic.setItalic(true);
      summary = wb.createCellStyle();
      summary.setFont(italic);
      summary.setWrapText(true);
      summary.setVerticalAlignment(VerticalAlignment.TOP);
      Font bold = wb.createFont();
      bold.setBold(true);
      header = bordered(wb);
      header.setFont(bold);
      header.setWrapText(true);
      header.setAlignment(HorizontalAlignment.CENTER);
      header.setVerticalAlignment(VerticalAlignment.CENTER);
      header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
      header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
      Font red = wb.createFont();
      red.setBold(true);
      red.setColor(IndexedColors.DARK_RED.getIndex());
      bands = new Band[] {new Band(wb, null, red), new Band(wb, IndexedColors.LEMON_CHIFFON, red)};
    }

    Band band(int i) {
      return bands[i];
    }

    static CellStyle bordered(Workbook wb) {
      CellStyle s = wb.createCellStyle();
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
      s.setVerticalAlignment(VerticalAlignment.TOP);
      return s;
    }

    /** The styles of one shade of rows. */
    static final class Band {
      final CellStyle text;
      final CellStyle number;
      final CellStyle date;
      final CellStyle overdue;

      Band(Workbook wb, IndexedColors fill, Font red) {
        text = cell(wb, fill);
        text.setWrapText(true);
        number = cell(wb, fill);
        number.setAlignment(HorizontalAlignment.RIGHT);
        date = cell(wb, fill);
        date.setAlignment(HorizontalAlignment.CENTER);
        date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
        overdue = cell(wb, fill);
        overdue.setWrapText(true);
        overdue.setFont(red);
      }

      private static CellStyle cell(Workbook wb, IndexedColors fill) {
        CellStyle s = bordered(wb);
        if (fill != null) {
          s.setFillForegroundColor(fill.getIndex());
          s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        }
        return s;
      }
    }
  }
}
