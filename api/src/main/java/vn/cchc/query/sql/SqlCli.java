package vn.cchc.query.sql;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.cchc.model.error.CchcException;
import vn.cchc.query.catalog.CatalogConnections;
import vn.cchc.query.catalog.Sandbox;
import vn.cchc.query.export.TableCsv;

/**
 * {@code ./cchc sql "SELECT …"}: the same sandbox, row cap, timeout and audit as {@code POST /api/v1/sql},
 * for an analyst at a terminal. The audited user is the operating-system user.
 */
public final class SqlCli {
  private SqlCli() {}

  static final String USAGE = """
      Cách dùng: ./cchc sql [--warehouse THƯ_MỤC] [--format csv|json] [--max-rows N] [--timeout-seconds S] "SELECT …"
        Chạy một câu SELECT chỉ đọc trên bản phát hành hiện tại của kho (mặc định: $CCHC_WAREHOUSE hoặc ./warehouse).
        Mọi câu lệnh đều được ghi nhật ký kiểm toán vào THƯ_MỤC/audit/sql-audit.jsonl.""";

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    String env = System.getenv("CCHC_WAREHOUSE");
    Path warehouse = Path.of(env == null || env.isBlank() ? "warehouse" : env);
    String format = "csv";
    int maxRows = AdhocSql.DEFAULT_MAX_ROWS;
    Duration timeout = AdhocSql.DEFAULT_TIMEOUT;
    List<String> sql = new ArrayList<>();
    try {
      for (int i = 0; i < args.length; i++) {
        switch (args[i]) {
          case "--warehouse" -> warehouse = Path.of(args[++i]);
          case "--format" -> format = args[++i].toLowerCase(Locale.ROOT);
          case "--max-rows" -> maxRows = Integer.parseInt(args[++i]);
          case "--timeout-seconds" -> timeout = Duration.ofSeconds(Long.parseLong(args[++i]));
          case "-h", "--help" -> {
            out.println(USAGE);
            return 0;
          }
          default -> sql.add(args[i]);
        }
      }
    } catch (ArrayIndexOutOfBoundsException | NumberFormatException e) {
      err.println("Không thể hiểu tham số dòng lệnh: " + String.join(" ", args));
      err.println(USAGE);
      return 2;
    }
    if (sql.isEmpty() || !(format.equals("csv") || format.equals("json"))) {
      err.println(USAGE);
      return 2;
    }
    try (CatalogConnections catalog = new CatalogConnections(warehouse, Sandbox.defaults(),
        CatalogConnections.DEFAULT_QUERY_TIMEOUT)) {
      AdhocSql adhoc = new AdhocSql(catalog, SqlAudit.inWarehouse(warehouse), maxRows, timeout);
      AdhocSql.Result result = adhoc.run(System.getProperty("user.name"), "CLI", String.join(" ", sql));
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      if (format.equals("csv")) {
        TableCsv.writeForTerminal(result.table(), w);
      } else {
        w.write(new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .writerWithDefaultPrettyPrinter().writeValueAsString(result.table().records()));
        w.write(System.lineSeparator());
      }
      w.flush();
      err.println(result.table().size() + " dòng, " + result.millis() + " ms, bản phát hành " + result.releaseId()
          + (result.table().truncated() ? " — kết quả bị cắt ở " + maxRows + " dòng" : ""));
      return 0;
    } catch (SqlRefused e) {
      err.println("Từ chối (" + e.reason() + "): " + e.getMessage());
      return 2;
    } catch (CchcException e) {
      err.println(e.getMessage());
      return 1;
    } catch (java.io.IOException e) {
      err.println("Không thể ghi kết quả: " + e.getMessage());
      return 1;
    }
  }
}
