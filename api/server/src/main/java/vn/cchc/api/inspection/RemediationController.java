package vn.cchc.api.inspection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.query.Dimensions;
import vn.cchc.query.QueryResult;
import vn.cchc.query.export.ReminderWorkbook;
import vn.cchc.query.export.TableXlsx;
import vn.cchc.query.inspection.RemediationQueries;

/**
 * The follow-up of findings (issue #14): open, due-soon and overdue findings as of the release
 * date, the reminder list, and the next year's field scores of the units concerned. Definitions in
 * {@link RemediationQueries}.
 */
@RestController
@RequestMapping("/api/v1/findings")
@Tag(
    name = "Kiểm tra CCHC",
    description = "Kết quả kiểm tra, tồn tại và khắc phục, đề xuất đối tượng kiểm tra năm sau")
class RemediationController {
  static final String BY_UNIT = "UNIT";
  static final String BY_FIELD = "FIELD";
  private static final String DUE_WITHIN =
      "Sắp đến hạn: chưa khắc phục, chưa quá hạn, hạn trong số ngày này kể từ ngày tính đến (1–365, mặc"
          + " định 30)";

  private final RemediationQueries remediation;
  private final Dimensions dimensions;

  RemediationController(RemediationQueries remediation, Dimensions dimensions) {
    this.remediation = remediation;
    this.dimensions = dimensions;
  }

  @GetMapping("/tracker")
  @Operation(
      summary =
          "Theo dõi khắc phục: tồn tại chưa khắc phục, quá hạn, sắp đến hạn, chưa đến hạn theo đơn vị"
              + " hoặc lĩnh vực, tính đến ngày của bản phát hành")
  QueryResult tracker(
      @RequestParam(required = false) @Parameter(description = "UNIT (mặc định) hoặc FIELD")
          String by,
      @RequestParam(name = "due_within_days", required = false) @Parameter(description = DUE_WITHIN)
          String dueWithinDays) {
    String grouping = Dimensions.oneOf("by", by, List.of(BY_UNIT, BY_FIELD), BY_UNIT);
    int days = RemediationQueries.dueWithinDays(dueWithinDays);
    return grouping.equals(BY_FIELD)
        ? remediation.trackerByField(days)
        : remediation.trackerByUnit(days);
  }

  @GetMapping("/reminders")
  @Operation(summary = "Danh sách nhắc khắc phục: mỗi tồn tại chưa khắc phục một dòng, theo đơn vị")
  QueryResult reminders(
      @RequestParam(name = "due_within_days", required = false) @Parameter(description = DUE_WITHIN)
          String dueWithinDays) {
    return remediation.reminders(RemediationQueries.dueWithinDays(dueWithinDays));
  }

  /**
   * The reminder list as the workbook the Sở Nội vụ sends. A list of units' findings in a file, so
   * it takes the role every unit-level export takes (ANALYST or ADMIN, {@code ExportAccess}), as
   * {@code /findings?format=xlsx} does.
   */
  @GetMapping("/reminders.xlsx")
  @Operation(
      summary =
          "Danh sách nhắc khắc phục dạng XLSX, để gửi các đơn vị (cần vai trò ANALYST hoặc ADMIN)")
  ResponseEntity<byte[]> remindersWorkbook(
      @RequestParam(name = "due_within_days", required = false) @Parameter(description = DUE_WITHIN)
          String dueWithinDays)
      throws IOException {
    int days = RemediationQueries.dueWithinDays(dueWithinDays);
    QueryResult rows = remediation.reminders(days);
    // the rows carry the date they were computed at; a second query could read a newer release
    LocalDate asOf =
        rows.isEmpty() ? remediation.asOfDate() : (LocalDate) rows.value(0, "as_of_date");
    if (asOf == null) {
      throw new CchcException(
          ErrorCode.WAREHOUSE_INCONSISTENT,
          "Không thể lập danh sách nhắc khắc phục: bản phát hành không có ngày tính đến");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ReminderWorkbook.write(rows, asOf, days, out);
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(TableXlsx.MEDIA_TYPE))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("nhac-khac-phuc-" + asOf + ".xlsx")
                .build()
                .toString())
        .body(out.toByteArray());
  }

  @GetMapping("/effect")
  @Operation(
      summary =
          "Tác động của kết quả kiểm tra: điểm lĩnh vực năm kiểm tra và năm sau của từng đơn vị có tồn"
              + " tại, so với mức thay đổi bình quân của khối")
  QueryResult effect(
      @RequestParam(required = false)
          @Parameter(
              description =
                  "Năm kiểm tra (mặc định: năm gần nhất có đơn vị được chấm điểm lại năm sau)")
          Integer year) {
    return remediation.effect(year == null ? null : dimensions.year(year));
  }

  @GetMapping("/effect/by-field")
  @Operation(summary = "Tác động của kết quả kiểm tra, cộng theo lĩnh vực hoặc chủ đề")
  QueryResult effectByField(@RequestParam(required = false) Integer year) {
    return remediation.effectByField(year == null ? null : dimensions.year(year));
  }
}
