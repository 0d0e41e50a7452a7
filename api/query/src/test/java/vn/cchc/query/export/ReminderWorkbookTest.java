package vn.cchc.query.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.query.DeclaredCatalog;
import vn.cchc.query.QueryResult;
import vn.cchc.query.inspection.RemediationQueries;

/**
 * The reminder list on a hand-made catalog whose due dates sit on the edges of the definitions
 * (released 30/06/2026, window 30 days): due the day before is overdue, due on the release date or
 * 30 days after is due soon, 31 days after is not yet due; a remediated finding is not listed. The
 * sample release cannot show this: every finding open on its date is overdue.
 */
class ReminderWorkbookTest {
  static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  static final String FORMULA = "=HYPERLINK(\"http://x\",\"bấm\")";
  static final String NOT_SIGNED = "Chưa sử dụng chữ ký số trong gửi, nhận văn bản điện tử";

  static DeclaredCatalog catalog;
  static RemediationQueries queries;

  @BeforeAll
  static void catalog() throws SQLException {
    catalog = DeclaredCatalog.create();
    catalog.exec(
        "INSERT INTO release_info VALUES ('r1', 's1', DATE '2026-06-30');"
            + " INSERT INTO raw_units (unit_code, name, bloc, parent_code, valid_from, valid_to) VALUES"
            + " ('30307', 'Phường Long Xuyên', 'XA', '91', DATE '2025-07-01', NULL),"
            + " ('91-SNV', 'Sở Nội vụ', 'SO', '91', DATE '2025-07-01', NULL);"
            + " INSERT INTO raw_criteria (version, bloc, field_code, name) VALUES"
            + " ('V2025', 'SO', '7', 'Xây dựng và phát triển chính quyền số');"
            + " INSERT INTO raw_inspections (inspection_id, year, unit_code, form, start_date, end_date) VALUES"
            + " ('KT2025-001', 2025, '30307', 'ANNOUNCED', DATE '2025-09-01', DATE '2025-09-02'),"
            + " ('KT2025-002', 2025, '91-SNV', 'SURPRISE', DATE '2025-10-01', DATE '2025-10-01');"
            + " INSERT INTO raw_findings (finding_id, inspection_id, field_code, severity, description,"
            + "   recommendation, due_date, remediated_on) VALUES"
            + " ('F1', 'KT2025-002', '7', 'HIGH', '"
            + NOT_SIGNED
            + "', 'Triển khai chữ ký số', DATE '2026-07-30', NULL),"
            + " ('F2', 'KT2025-002', '7', 'LOW', 'Cổng thông tin chậm cập nhật', NULL, DATE '2026-07-31', NULL),"
            + " ('F3', 'KT2025-001', 'MOT_CUA', 'MEDIUM', '"
            + FORMULA.replace("'", "''")
            + "', 'Khắc phục', DATE '2026-06-29', NULL),"
            + " ('F4', 'KT2025-001', '7', 'LOW', 'Đúng hạn chót', 'Khắc phục', DATE '2026-06-30', NULL),"
            + " ('F5', 'KT2025-001', '7', 'LOW', 'Đã khắc phục', 'Khắc phục', DATE '2026-01-01',"
            + "   DATE '2026-02-01')");
    queries = new RemediationQueries(catalog.executor());
  }

  @AfterAll
  static void close() throws SQLException {
    catalog.close();
  }

  @Test
  void theDueDatesOnTheEdgesFallOnTheirSideOfEachDefinition() {
    assertThat(
            columns(queries.reminders(30), "finding_id", "due_status", "days_overdue", "days_left"))
        .containsExactly(
            // the commune has the overdue finding, so it comes first; within a unit, by due date
            List.of("F3", "OVERDUE", 1L, "-"),
            List.of("F4", "DUE_SOON", "-", 0L),
            List.of("F1", "DUE_SOON", "-", 30L),
            List.of("F2", "NOT_YET_DUE", "-", 31L));
    assertThat(columns(queries.reminders(29), "finding_id", "due_status"))
        .containsExactly(
            List.of("F3", "OVERDUE"),
            List.of("F4", "DUE_SOON"),
            List.of("F1", "NOT_YET_DUE"),
            List.of("F2", "NOT_YET_DUE"));
    assertThat(
            columns(
                queries.trackerByUnit(30),
                "unit_key",
                "open_findings",
                "overdue",
                "due_soon",
                "not_yet_due",
                "oldest_due_date",
                "due_soon_until"))
        .containsExactly(
            List.of(
                "30307@2025-07-01", 2L, 1L, 1L, 0L, LocalDate.of(2026, 6, 29), AS_OF.plusDays(30)),
            List.of(
                "91-SNV@2025-07-01",
                2L,
                0L,
                1L,
                1L,
                LocalDate.of(2026, 7, 30),
                AS_OF.plusDays(30)));
    assertThat(
            columns(
                queries.trackerByField(30), "field_code", "field_name", "units", "open_findings"))
        .containsExactly(
            List.of("MOT_CUA", "Bộ phận một cửa, một cửa liên thông", 1L, 1L),
            List.of("7", "Xây dựng và phát triển chính quyền số", 2L, 3L));
  }

  @Test
  void theWorkbookHasTheTitleHeadersAndOneRowPerOpenFindingWithDatesAsDates() throws Exception {
    Sheet sheet = sheet(queries.reminders(30));
    assertThat(sheet.getSheetName()).isEqualTo("Nhắc khắc phục");
    assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
        .isEqualTo("Danh sách tồn tại, hạn chế cần đôn đốc khắc phục — tính đến ngày 30/06/2026");
    assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
        .isEqualTo(
            "Tổng số: 4 tồn tại chưa khắc phục của 2 đơn vị; quá hạn: 1; sắp đến hạn (hạn trong 30"
                + " ngày tới, đến ngày 30/07/2026): 2; chưa đến hạn: 1. Số ngày quá hạn hoặc còn lại"
                + " tính đến ngày 30/06/2026.");
    assertThat(texts(sheet.getRow(2)))
        .containsExactly(
            "STT",
            "Đơn vị",
            "Mã đơn vị",
            "Khối",
            "Mã cuộc kiểm tra",
            "Năm kiểm tra",
            "Lĩnh vực",
            "Mức độ",
            "Nội dung tồn tại",
            "Kiến nghị",
            "Hạn khắc phục",
            "Số ngày quá hạn / còn lại",
            "Tình trạng");
    assertThat(sheet.getLastRowNum()).isEqualTo(2 + 4);
    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 3);

    Row overdue = sheet.getRow(3);
    assertThat(overdue.getCell(0).getNumericCellValue()).isEqualTo(1.0);
    assertThat(overdue.getCell(1).getStringCellValue()).isEqualTo("Phường Long Xuyên");
    assertThat(overdue.getCell(3).getStringCellValue()).isEqualTo("Khối UBND cấp xã");
    assertThat(overdue.getCell(6).getStringCellValue())
        .isEqualTo("Bộ phận một cửa, một cửa liên thông");
    assertThat(overdue.getCell(7).getStringCellValue()).isEqualTo("Trung bình");
    // a description a spreadsheet would run is written as text, as every export writes it
    assertThat(overdue.getCell(8).getStringCellValue()).isEqualTo("'" + FORMULA);
    assertThat(overdue.getCell(8).getCellType()).isEqualTo(CellType.STRING);
    assertThat(overdue.getCell(11).getNumericCellValue()).isEqualTo(1.0);
    assertThat(overdue.getCell(12).getStringCellValue()).isEqualTo("Quá hạn");

    Row soon = sheet.getRow(5);
    assertThat(soon.getCell(1).getStringCellValue()).isEqualTo("Sở Nội vụ");
    assertThat(soon.getCell(5).getNumericCellValue()).isEqualTo(2025.0);
    assertThat(soon.getCell(6).getStringCellValue())
        .isEqualTo("7. Xây dựng và phát triển chính quyền số");
    assertThat(soon.getCell(8).getStringCellValue()).isEqualTo(NOT_SIGNED);
    Cell due = soon.getCell(10);
    assertThat(DateUtil.isCellDateFormatted(due)).isTrue();
    assertThat(due.getCellStyle().getDataFormatString()).isEqualTo("dd/mm/yyyy");
    assertThat(due.getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2026, 7, 30));
    assertThat(soon.getCell(11).getNumericCellValue()).isEqualTo(30.0);
    assertThat(soon.getCell(12).getStringCellValue()).isEqualTo("Sắp đến hạn");
    assertThat(sheet.getRow(6).getCell(9).getStringCellValue()).isEmpty();
    assertThat(sheet.getRow(6).getCell(12).getStringCellValue()).isEqualTo("Chưa đến hạn");
  }

  @Test
  void anEmptyListSaysSo() throws Exception {
    QueryResult none = queries.reminders(30);
    Sheet sheet = sheet(new QueryResult(none.columns(), List.of(), false));
    assertThat(sheet.getRow(1).getCell(0).getStringCellValue())
        .startsWith("Tổng số: 0 tồn tại chưa khắc phục của 0 đơn vị;");
    assertThat(sheet.getRow(3).getCell(0).getStringCellValue())
        .isEqualTo("Không có tồn tại nào chưa khắc phục.");
  }

  private static Sheet sheet(QueryResult reminders) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReminderWorkbook.write(reminders, AS_OF, 30, out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      return wb.getSheetAt(0);
    }
  }

  private static List<String> texts(Row row) {
    List<String> out = new ArrayList<>();
    row.forEach(c -> out.add(c.getStringCellValue()));
    return out;
  }

  /** The given columns of every row, whole numbers as longs, a null as "-". */
  private static List<List<Object>> columns(QueryResult t, String... names) {
    List<List<Object>> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      List<Object> row = new ArrayList<>();
      for (String n : names) {
        Object v = t.value(i, n);
        row.add(
            v == null
                ? "-"
                : v instanceof Integer || v instanceof Short ? ((Number) v).longValue() : v);
      }
      out.add(row);
    }
    return out;
  }
}
