package vn.cchc.api.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import vn.cchc.api.ApiConfig;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;
import vn.cchc.query.sql.SqlAudit;

/**
 * {@code ./cchc audit}: reads the audit the server writes (sign-ins, exports, SQL), newest first,
 * as a table or as JSON lines. Exit codes ({@link ExitCode}): 0 printed, 1 unreadable, 2 a refused
 * argument.
 */
public final class AuditCli {
  private AuditCli() {}

  static final CommandLine COMMAND_LINE =
      CommandLine.of(
              """
      Cách dùng: ./cchc audit [--kind sign-in|export|sql] [--user TÊN] [--since NGÀY] [--limit 50] [--json]
        In nhật ký của máy chủ, mới nhất trước: đăng nhập (thành công, thất bại, bị khóa), xuất tệp
        CSV/XLSX và truy vấn SQL.
        --kind       một hoặc nhiều loại, cách nhau bởi dấu phẩy
        --since      từ ngày yyyy-mm-dd (giờ máy) hoặc thời điểm ISO-8601
        --json       in từng sự kiện thành một dòng JSON
        --warehouse  kho dữ liệu (mặc định $CCHC_WAREHOUSE hoặc ./warehouse): nhật ký ở THƯ_MỤC/audit/
        --file       tệp nhật ký khác (cchc.audit.file của máy chủ); --sql-file: nhật ký SQL khác""")
          .option(CommandLine.WAREHOUSE, "file", "sql-file", "kind", "user", "since", "limit")
          .flag("json");

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss").withZone(ZoneId.systemDefault());

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    try {
      CommandLine.Arguments a = COMMAND_LINE.parse(args);
      if (a.help()) {
        return COMMAND_LINE.printUsage(out);
      }
      Path warehouse = a.warehouse(env).toAbsolutePath().normalize();
      AuditLog log =
          new AuditLog(
              a.value("file").map(Path::of).orElse(warehouse.resolve(ApiConfig.Audit.DEFAULT_FILE)),
              a.value("sql-file")
                  .map(f -> new SqlAudit(Path.of(f)))
                  .orElse(SqlAudit.inWarehouse(warehouse)));
      List<AuditLog.Event> events =
          log.read(
              new AuditLog.Filter(
                  AuditController.kinds(a.value("kind").orElse(null)),
                  a.value("user").orElse(null),
                  AuditController.since(a.value("since").orElse(null)),
                  a.positiveInt("limit", 50)));
      if (a.flag("json")) {
        for (AuditLog.Event e : events) {
          out.println(AuditLog.JSON.writeValueAsString(e));
        }
        return ExitCode.OK;
      }
      if (events.isEmpty()) {
        out.println("Nhật ký chưa có sự kiện nào phù hợp (" + log.file() + ")");
        return ExitCode.OK;
      }
      out.printf(
          "%-19s  %-7s  %-16s  %-8s  %-7s  %s%n",
          "THỜI ĐIỂM", "LOẠI", "NGƯỜI DÙNG", "KẾT QUẢ", "CÁCH", "NỘI DUNG");
      for (AuditLog.Event e : events) {
        String what = e.path() == null ? "" : e.path();
        if (e.detail() != null) {
          what = what.isEmpty() ? e.detail() : what + " — " + e.detail();
        }
        out.printf(
            "%-19s  %-7s  %-16s  %-8s  %-7s  %s%n",
            TIME.format(e.at()),
            e.kind(),
            e.user(),
            e.outcome(),
            e.method() == null ? "" : e.method(),
            what.replace('\n', ' '));
      }
      return ExitCode.OK;
    } catch (CchcException e) {
      return COMMAND_LINE.refuse(e, err);
    } catch (JsonProcessingException | RuntimeException e) {
      err.println("Không thể đọc nhật ký: " + e.getMessage());
      return ExitCode.FAILED;
    }
  }
}
