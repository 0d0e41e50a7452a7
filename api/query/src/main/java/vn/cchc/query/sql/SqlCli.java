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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.query.catalog.CatalogConnections;
import vn.cchc.query.catalog.Sandbox;
import vn.cchc.query.export.TableCsv;

/**
 * {@code ./cchc sql "SELECT …"}: the same sandbox, row cap, timeout and audit as {@code POST
 * /api/v1/sql}, for an analyst at a terminal. The audited user is the operating-system user.
 */
public final class SqlCli {
  private SqlCli() {}

  static final String USAGE =
      """
      Cách dùng: ./cchc sql [--warehouse THƯ_MỤC] [--format csv|json] [--max-rows N] [--timeout-seconds S] "SELECT …"
        Chạy một câu SELECT chỉ đọc trên bản phát hành hiện tại của kho (mặc định: $CCHC_WAREHOUSE hoặc ./warehouse).
        Mọi câu lệnh đều được ghi nhật ký kiểm toán vào THƯ_MỤC/audit/sql-audit.jsonl.
        Giới hạn của hộp cát, như máy chủ: CCHC_DUCKDB_MEMORYLIMIT (1GB), CCHC_DUCKDB_THREADS (2),
        CCHC_DUCKDB_SPILLDIRECTORY (THƯ_MỤC/tmp/sql-spill), CCHC_DUCKDB_MAXSPILLSIZE (1GB).""";

  static final CommandLine COMMAND_LINE =
      CommandLine.of(USAGE)
          .option(CommandLine.WAREHOUSE, "format", "max-rows", "timeout-seconds")
          .positionals();

  static final String MEMORY_LIMIT = "CCHC_DUCKDB_MEMORYLIMIT";
  static final String THREADS = "CCHC_DUCKDB_THREADS";
  static final String SPILL_DIRECTORY = "CCHC_DUCKDB_SPILLDIRECTORY";
  static final String MAX_SPILL_SIZE = "CCHC_DUCKDB_MAXSPILLSIZE";

  public static void main(String[] args) {
    System.exit(run(args, System.getenv(), System.out, System.err));
  }

  /**
   * The command with its output streams; returns the exit code (0 done, 1 failure, 2 bad arguments
   * or refused).
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    return run(args, System.getenv(), out, err);
  }

  /**
   * The sandbox the server's {@code cchc.duckdb.*} keys describe, from the same environment
   * variables.
   */
  static Sandbox sandbox(Map<String, String> env) {
    String spill = env.get(SPILL_DIRECTORY);
    return new Sandbox(
        env.getOrDefault(MEMORY_LIMIT, Sandbox.DEFAULT_MEMORY_LIMIT).trim(),
        env.containsKey(THREADS)
            ? Integer.parseInt(env.get(THREADS).trim())
            : Sandbox.DEFAULT_THREADS,
        spill == null || spill.isBlank() ? null : Path.of(spill),
        env.getOrDefault(MAX_SPILL_SIZE, Sandbox.DEFAULT_MAX_SPILL_SIZE).trim());
  }

  static int run(String[] args, Map<String, String> env, PrintStream out, PrintStream err) {
    Path warehouse;
    String format;
    int maxRows;
    Duration timeout;
    List<String> sql;
    try {
      CommandLine.Arguments a = COMMAND_LINE.parse(args);
      if (a.help()) {
        return COMMAND_LINE.printUsage(out);
      }
      warehouse = a.warehouse(env);
      format = a.value("format", "csv").toLowerCase(Locale.ROOT);
      if (!format.equals("csv") && !format.equals("json")) {
        throw new CchcException(
            ErrorCode.INVALID_ARGUMENT,
            "Không thể dùng --format " + format + ": chỉ nhận csv hoặc json");
      }
      maxRows = a.positiveInt("max-rows", AdhocSql.DEFAULT_MAX_ROWS);
      timeout =
          Duration.ofSeconds(
              a.positiveInt("timeout-seconds", (int) AdhocSql.DEFAULT_TIMEOUT.toSeconds()));
      sql = a.positionals();
      if (sql.isEmpty()) {
        throw new CchcException(
            ErrorCode.INVALID_ARGUMENT, "Không thể chạy: chưa có câu SELECT nào");
      }
    } catch (CchcException e) {
      return COMMAND_LINE.refuse(e, err);
    }
    Sandbox sandbox;
    try {
      sandbox = sandbox(env);
    } catch (IllegalArgumentException e) {
      err.println(
          "Không thể dùng giới hạn hộp cát từ biến môi trường "
              + String.join(", ", MEMORY_LIMIT, THREADS, MAX_SPILL_SIZE)
              + ": dung lượng phải có dạng 512MB hoặc 1GB, số luồng là số nguyên dương");
      return ExitCode.USAGE;
    }
    try (CatalogConnections catalog =
        new CatalogConnections(warehouse, sandbox, CatalogConnections.DEFAULT_QUERY_TIMEOUT)) {
      AdhocSql adhoc = new AdhocSql(catalog, SqlAudit.inWarehouse(warehouse), maxRows, timeout);
      AdhocSql.Result result =
          adhoc.run(System.getProperty("user.name"), "CLI", String.join(" ", sql));
      Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
      if (format.equals("csv")) {
        TableCsv.writeForTerminal(result.table(), w);
      } else {
        w.write(
            new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .writerWithDefaultPrettyPrinter()
                .writeValueAsString(result.table().records()));
        w.write(System.lineSeparator());
      }
      w.flush();
      err.println(
          result.table().size()
              + " dòng, "
              + result.millis()
              + " ms, bản phát hành "
              + result.releaseId()
              + (result.table().truncated() ? " — kết quả bị cắt ở " + maxRows + " dòng" : ""));
      return ExitCode.OK;
    } catch (SqlRefused e) {
      err.println("Từ chối (" + e.reason() + "): " + e.getMessage());
      return ExitCode.USAGE;
    } catch (CchcException e) {
      err.println(e.getMessage());
      return ExitCode.FAILED;
    } catch (java.io.IOException e) {
      err.println("Không thể ghi kết quả: " + e.getMessage());
      return ExitCode.FAILED;
    }
  }
}
