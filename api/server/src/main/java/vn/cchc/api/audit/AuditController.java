package vn.cchc.api.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/** The audit for admins: sign-ins, exports and SQL, newest first. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Nhật ký", description = "Đăng nhập, xuất tệp và truy vấn SQL (ADMIN)")
class AuditController {
  static final int DEFAULT_LIMIT = 200;
  static final int MAX_LIMIT = 10_000;

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @GetMapping
  @Operation(
      summary =
          "Nhật ký (ADMIN): kind=sign-in|export|sql (nhiều giá trị cách nhau bởi dấu phẩy), user,"
              + " since (ngày yyyy-mm-dd hoặc thời điểm ISO-8601), limit")
  List<AuditLog.Event> events(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String user,
      @RequestParam(required = false) String since,
      @RequestParam(defaultValue = "" + DEFAULT_LIMIT) int limit) {
    return audit.read(
        new AuditLog.Filter(
            kinds(kind),
            user == null || user.isBlank() ? null : user.strip(),
            since(since),
            Math.max(1, Math.min(limit, MAX_LIMIT))));
  }

  /** Parses the kinds of a filter: comma-separated, known ones only. */
  public static Set<String> kinds(String raw) {
    Set<String> out = new LinkedHashSet<>();
    if (raw == null || raw.isBlank()) {
      return out;
    }
    for (String k : raw.split(",")) {
      String kind = k.strip().toLowerCase(Locale.ROOT);
      if (!AuditLog.KINDS.contains(kind)) {
        throw new CchcException(
            ErrorCode.INVALID_ARGUMENT,
            "Không thể hiểu tham số kind: " + k.strip() + " (cần sign-in, export hoặc sql)");
      }
      out.add(kind);
    }
    return out;
  }

  /** A day (from its start, server time) or an instant. */
  public static Instant since(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String v = raw.strip();
    try {
      return v.length() == 10
          ? LocalDate.parse(v).atStartOfDay(ZoneId.systemDefault()).toInstant()
          : Instant.parse(v);
    } catch (DateTimeParseException e) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Không thể hiểu tham số since: "
              + v
              + " (cần ngày yyyy-mm-dd hoặc thời điểm ISO-8601, ví dụ 2026-12-01T08:00:00Z)");
    }
  }
}
