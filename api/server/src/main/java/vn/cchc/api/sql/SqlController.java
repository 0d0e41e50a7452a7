package vn.cchc.api.sql;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.security.Principal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.query.QueryResult;
import vn.cchc.query.sql.AdhocSql;
import vn.cchc.query.sql.SqlAudit;

@RestController
@RequestMapping("/api/v1/sql")
@Tag(
    name = "SQL tự do",
    description =
        "Truy vấn chỉ đọc trong hộp cát, có giới hạn thời gian và số dòng; mọi truy vấn đều được ghi nhật ký")
class SqlController {
  static final int DEFAULT_AUDIT_LIMIT = 100;

  private final AdhocSql adhoc;
  private final SqlAudit audit;

  SqlController(AdhocSql adhoc, SqlAudit audit) {
    this.adhoc = adhoc;
    this.audit = audit;
  }

  /** The body: {@code {"sql": "SELECT …"}}. */
  record SqlRequest(String sql) {}

  /** JSON answer: the rows plus what the query cost. */
  record SqlResponse(
      String releaseId, long millis, int maxRows, String notice, QueryResult result) {}

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  @Operation(summary = "Chạy một câu SELECT (ANALYST, ADMIN); ?format=csv trả về CSV")
  ResponseEntity<?> run(
      @RequestBody SqlRequest request,
      @RequestParam(required = false) String format,
      Principal user) {
    AdhocSql.Result result = adhoc.run(user.getName(), "API", request.sql());
    if ("csv".equalsIgnoreCase(format) || "xlsx".equalsIgnoreCase(format)) {
      return ResponseEntity.ok()
          .header("X-Row-Count", String.valueOf(result.table().size()))
          .header("X-Truncated", String.valueOf(result.table().truncated()))
          .body(result.table());
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            new SqlResponse(
                result.releaseId(),
                result.millis(),
                adhoc.maxRows(),
                result.table().truncated()
                    ? "Kết quả bị cắt ở "
                        + adhoc.maxRows()
                        + " dòng đầu tiên; hãy thêm điều kiện lọc hoặc LIMIT"
                    : null,
                result.table()));
  }

  @GetMapping("/audit")
  @Operation(summary = "Nhật ký truy vấn SQL gần nhất (ADMIN)")
  List<SqlAudit.Entry> audit(@RequestParam(defaultValue = "" + DEFAULT_AUDIT_LIMIT) int limit) {
    return audit.recent(Math.max(1, Math.min(limit, 10_000)));
  }
}
