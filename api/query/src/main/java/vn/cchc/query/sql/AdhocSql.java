package vn.cchc.query.sql;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import vn.cchc.model.error.CchcException;
import vn.cchc.query.QueryResult;
import vn.cchc.query.catalog.CatalogConnections;

/**
 * Runs an analyst's SQL in the sandbox: statement check, DuckDB's own parse (exactly one SELECT),
 * the locked read-only catalog, a timeout and a row cap. Every attempt, refused or not, is audited.
 */
public final class AdhocSql {
  public static final int DEFAULT_MAX_ROWS = 10_000;
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

  private static final ObjectMapper JSON = new ObjectMapper();

  private final CatalogConnections catalog;
  private final SqlAudit audit;
  private final int maxRows;
  private final Duration timeout;

  public AdhocSql(CatalogConnections catalog, SqlAudit audit, int maxRows, Duration timeout) {
    if (maxRows < 1 || timeout.toSeconds() < 1) {
      throw new IllegalArgumentException(
          "Cannot use max rows " + maxRows + " and timeout " + timeout);
    }
    this.catalog = catalog;
    this.audit = audit;
    this.maxRows = maxRows;
    this.timeout = timeout;
  }

  public int maxRows() {
    return maxRows;
  }

  /** The result and what it cost. */
  public record Result(QueryResult table, long millis, String releaseId) {}

  /** The outcome of the audit line written before a query runs; its result follows in another. */
  public static final String STARTED = "STARTED";

  public Result run(String user, String source, String sql) {
    long start = System.nanoTime();
    Instant at = Instant.now();
    // before anything runs: a query that takes the process down is still in the audit
    audit.record(new SqlAudit.Entry(at, user, source, sql, STARTED, -1, 0, null));
    try {
      String statement = StatementCheck.check(sql);
      Result result;
      try (CatalogConnections.Lease lease = catalog.lease()) {
        requireSingleSelect(lease.connection(), statement);
        try (Statement st = lease.connection().createStatement()) {
          st.setQueryTimeout((int) timeout.toSeconds());
          try (ResultSet rs = st.executeQuery(capped(statement, maxRows))) {
            QueryResult table = vn.cchc.query.catalog.Rows.read(rs, maxRows);
            result = new Result(table, millisSince(start), lease.release().releaseId());
          }
        }
      }
      audit.record(
          new SqlAudit.Entry(
              at,
              user,
              source,
              sql,
              result.table().truncated() ? "TRUNCATED" : "OK",
              result.table().size(),
              result.millis(),
              result.table().truncated() ? "Kết quả bị cắt ở " + maxRows + " dòng" : null));
      return result;
    } catch (SQLException e) {
      SqlRefused refused = translate(e);
      audit.record(
          new SqlAudit.Entry(
              at,
              user,
              source,
              sql,
              refused.reason().name(),
              -1,
              millisSince(start),
              refused.getMessage()));
      throw refused;
    } catch (SqlRefused e) {
      audit.record(
          new SqlAudit.Entry(
              at, user, source, sql, e.reason().name(), -1, millisSince(start), e.getMessage()));
      throw e;
    } catch (CchcException e) {
      audit.record(
          new SqlAudit.Entry(
              at, user, source, sql, e.code().name(), -1, millisSince(start), e.getMessage()));
      throw e;
    }
  }

  /**
   * The statement as run: DuckDB reads at most one row past the cap, so that {@code SELECT * FROM
   * range(1e10)} stops there instead of being materialised whole (the JDBC driver materialises a
   * result before the first row is read), and an {@code ORDER BY} becomes a top-N. The statement
   * goes on its own lines so that a trailing {@code --} comment cannot swallow the closing
   * parenthesis. Columns with the same name come back with DuckDB's suffixes ({@code a, a_1}).
   */
  static String capped(String statement, int maxRows) {
    return "SELECT * FROM (\n" + statement + "\n) LIMIT " + ((long) maxRows + 1);
  }

  private void requireSingleSelect(Connection c, String statement) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT CAST(json_serialize_sql(CAST(? AS VARCHAR)) AS VARCHAR)")) {
      ps.setString(1, statement);
      JsonNode parsed;
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        parsed = JSON.readTree(rs.getString(1));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new SQLException("Cannot parse json_serialize_sql output", e);
      }
      if (parsed.path("error").asBoolean(false)) {
        String type = parsed.path("error_type").asText("");
        // json_serialize_sql answers error_type "not implemented" for any statement that is not a
        // SELECT (DuckDB can serialise only queries): that is how a write or DDL is recognised here
        if (type.equals("not implemented")) {
          throw new SqlRefused(
              SqlRefused.Reason.NOT_READ_ONLY,
              "Không thể chạy câu lệnh: chỉ được phép đọc dữ liệu bằng một câu SELECT");
        }
        throw new SqlRefused(
            SqlRefused.Reason.INVALID_SQL,
            "Không thể hiểu câu lệnh SQL: " + redact(parsed.path("error_message").asText("")));
      }
      if (parsed.path("statements").size() != 1) {
        throw new SqlRefused(
            SqlRefused.Reason.MULTIPLE_STATEMENTS,
            "Không thể chạy nhiều câu lệnh một lúc: mỗi lần chỉ gửi một câu SELECT");
      }
      ServerInternals.check(parsed, name -> isSetting(c, name));
    }
  }

  private static boolean isSetting(Connection c, String name) {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT count(*) FROM duckdb_settings()"
                + " WHERE lower(name) = ? OR list_contains(aliases, ?)")) {
      ps.setString(1, name);
      ps.setString(2, name);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1) > 0;
      }
    } catch (SQLException e) {
      return true; // when in doubt, SHOW name is refused
    }
  }

  /**
   * An engine message without the server's scratch paths (the spill folder's name is what keeps it
   * unreadable).
   */
  private String redact(String message) {
    String spill = catalog.sandbox().spillRoot(catalog.warehouse()).toString();
    return message.replace(spill, "<thư mục tạm>");
  }

  private SqlRefused translate(SQLException e) {
    String message = redact(String.valueOf(e.getMessage()));
    String firstLine = message.lines().findFirst().orElse(message);
    String lower = message.toLowerCase(Locale.ROOT);
    if (e instanceof SQLTimeoutException || lower.contains("interrupt")) {
      return new SqlRefused(
          SqlRefused.Reason.TIMEOUT,
          "Không thể chạy xong câu lệnh trong "
              + timeout.toSeconds()
              + " giây: truy vấn đã bị dừng (hãy lọc bớt dữ liệu hoặc thêm LIMIT)",
          e);
    }
    if (lower.contains("permission error")
        || lower.contains("file system operations are disabled")
        || lower.contains("external")) {
      return new SqlRefused(
          SqlRefused.Reason.FILE_ACCESS,
          "Không thể truy cập tệp hoặc tài nguyên ngoài kho dữ liệu của bản phát hành hiện hành:"
              + " chỉ được đọc các bảng trong kho ("
              + firstLine
              + ")",
          e);
    }
    if (lower.contains("configuration has been locked")) {
      return new SqlRefused(
          SqlRefused.Reason.CONFIGURATION_LOCKED,
          "Không thể thay đổi cấu hình cơ sở dữ liệu: cấu hình đã bị khóa (" + firstLine + ")",
          e);
    }
    if (lower.contains("read-only")) {
      return new SqlRefused(
          SqlRefused.Reason.NOT_READ_ONLY,
          "Không thể ghi vào kho dữ liệu: kho chỉ cho phép đọc (" + firstLine + ")",
          e);
    }
    if (lower.contains("max_temp_directory_size")) {
      return new SqlRefused(
          SqlRefused.Reason.SPILL_LIMIT,
          "Không thể chạy xong câu lệnh: dữ liệu tạm ghi ra đĩa đã chạm giới hạn "
              + catalog.sandbox().maxSpillSize()
              + " của hộp cát, truy vấn đã bị dừng (hãy lọc bớt dữ liệu, chọn ít cột hơn"
              + " hoặc bỏ sắp xếp trên bảng lớn)",
          e);
    }
    if (lower.contains("out of memory")) {
      return new SqlRefused(
          SqlRefused.Reason.MEMORY_LIMIT,
          "Không thể chạy xong câu lệnh: vượt quá giới hạn bộ nhớ "
              + catalog.sandbox().memoryLimit()
              + " của hộp cát, truy vấn đã bị dừng (hãy lọc bớt dữ liệu hoặc thêm LIMIT)",
          e);
    }
    return new SqlRefused(
        SqlRefused.Reason.INVALID_SQL, "Không thể chạy câu lệnh SQL: " + firstLine, e);
  }

  private static long millisSince(long start) {
    return (System.nanoTime() - start) / 1_000_000;
  }
}
