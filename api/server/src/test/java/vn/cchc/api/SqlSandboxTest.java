package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.testsupport.SampleWarehouse;

/**
 * The ad-hoc SQL sandbox list: everything that could read a file, write, load code or change
 * settings is refused with a clear message, a runaway query is stopped, a large result is cut — and
 * the server stays healthy after each.
 */
class SqlSandboxTest extends ServerTestBase {
  record Attempt(String sql, String reason, String messageStart) {}

  static List<Attempt> attempts() {
    String warehouse = SampleWarehouse.get().toString();
    String files =
        "Không thể truy cập tệp hoặc tài nguyên ngoài kho dữ liệu của bản phát hành hiện hành";
    return List.of(
        new Attempt("SELECT * FROM read_csv('/etc/passwd')", "FILE_ACCESS", files),
        new Attempt("SELECT * FROM read_text('/etc/passwd')", "FILE_ACCESS", files),
        new Attempt("SELECT * FROM read_blob('/etc/shadow')", "FILE_ACCESS", files),
        new Attempt("SELECT * FROM glob('/etc/*')", "FILE_ACCESS", files),
        new Attempt(
            "SELECT * FROM read_csv('" + warehouse + "/../../../../etc/passwd')",
            "FILE_ACCESS",
            files),
        new Attempt(
            "SELECT * FROM read_parquet('" + warehouse + "/releases/../../../../../etc/hosts')",
            "FILE_ACCESS",
            files),
        new Attempt(
            "COPY (SELECT * FROM index_scores) TO '/tmp/cchc-leak.csv'",
            "NOT_READ_ONLY",
            "Không thể chạy câu lệnh COPY: chỉ được phép đọc dữ liệu"),
        new Attempt(
            "ATTACH '/tmp/cchc-other.duckdb' AS other",
            "NOT_READ_ONLY",
            "Không thể chạy câu lệnh ATTACH"),
        new Attempt("INSTALL httpfs", "NOT_READ_ONLY", "Không thể chạy câu lệnh INSTALL"),
        new Attempt("LOAD httpfs", "NOT_READ_ONLY", "Không thể chạy câu lệnh LOAD"),
        new Attempt(
            "SET enable_external_access = true", "NOT_READ_ONLY", "Không thể chạy câu lệnh SET"),
        new Attempt("PRAGMA threads = 64", "NOT_READ_ONLY", "Không thể chạy câu lệnh PRAGMA"),
        new Attempt(
            "CREATE TABLE stolen AS SELECT * FROM index_scores",
            "NOT_READ_ONLY",
            "Không thể chạy câu lệnh CREATE"),
        new Attempt(
            "CREATE TEMP TABLE t AS SELECT 1", "NOT_READ_ONLY", "Không thể chạy câu lệnh CREATE"),
        new Attempt(
            "/* hidden */ DELETE FROM index_scores",
            "NOT_READ_ONLY",
            "Không thể chạy câu lệnh DELETE"),
        new Attempt(
            "SELECT 1; DROP VIEW index_scores",
            "MULTIPLE_STATEMENTS",
            "Không thể chạy nhiều câu lệnh một lúc"),
        new Attempt("EXPLAIN ANALYZE SELECT 1", "NOT_READ_ONLY", "Không thể chạy câu lệnh EXPLAIN"),
        new Attempt(
            "SELECT count(*) FROM range(1000000000000) a, range(1000) b",
            "TIMEOUT",
            "Không thể chạy xong câu lệnh trong 3 giây"),
        new Attempt(
            "SELECT * FROM khong_co_bang",
            "INVALID_SQL",
            "Không thể chạy câu lệnh SQL: Catalog Error"));
  }

  @Test
  void everyDangerousQueryIsRefusedAndTheServerStaysHealthy() {
    List<String> wrong = new ArrayList<>();
    for (Attempt a : attempts()) {
      Answer answer = postSql(Caller.ANALYST, a.sql(), "");
      JsonNode body = answer.json();
      if (answer.status() != 400
          || !a.reason().equals(body.path("reason").asText())
          || !body.path("detail").asText().startsWith(a.messageStart())) {
        wrong.add(a.sql() + " → " + answer.status() + " " + answer.text());
      }
      Answer health = get(Caller.ANONYMOUS, "/api/v1/health");
      if (health.status() != 200) {
        wrong.add("health after " + a.sql() + " → " + health.status());
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(Files.exists(java.nio.file.Path.of("/tmp/cchc-leak.csv"))).isFalse();
    JsonNode after = postSql(Caller.ANALYST, "SELECT count(*) AS n FROM index_scores", "").json();
    assertThat(after.get("result").get("rows").get(0).get("n").asInt())
        .isEqualTo(((Number) Marts.single("SELECT count(*) FROM index_scores")).intValue());
  }

  @Test
  void aLargeResultIsCutAtTheRowCapWithANotice() {
    Answer answer = postSql(Caller.ANALYST, "SELECT * FROM score_facts", "");
    assertThat(answer.status()).isEqualTo(200);
    JsonNode body = answer.json();
    assertThat(body.get("result").get("count").asInt()).isEqualTo(500);
    assertThat(body.get("result").get("truncated").asBoolean()).isTrue();
    assertThat(body.get("notice").asText())
        .isEqualTo("Kết quả bị cắt ở 500 dòng đầu tiên; hãy thêm điều kiện lọc hoặc LIMIT");
  }

  @Test
  void viewsOverTheWarehouseWorkAndCsvComesBack() {
    Answer csv =
        postSql(
            Caller.ADMIN,
            "SELECT year, count(*) AS units FROM index_scores WHERE bloc = 'SO'"
                + " GROUP BY year ORDER BY year",
            "?format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.text().replace("\uFEFF", "")).startsWith("year,units\r\n2020,38\r\n");
    // raw_units lists a reused code once per version
    JsonNode versions =
        postSql(
                Caller.ANALYST,
                "SELECT name FROM raw_units WHERE unit_code = '30307' ORDER BY valid_from",
                "")
            .json();
    assertThat(versions.get("result").get("rows").findValuesAsText("name"))
        .containsExactly("Phường Mỹ Hòa", "Phường Long Xuyên");
    JsonNode raw =
        postSql(
                Caller.ANALYST,
                "WITH f AS (SELECT * FROM raw_findings) SELECT count(*) AS n FROM f",
                "")
            .json();
    assertThat(raw.get("result").get("rows").get(0).get("n").asInt())
        .isEqualTo(((Number) Marts.single("SELECT count(*) FROM raw_findings")).intValue());
  }

  @Test
  void everyQueryIsAudited() throws Exception {
    String marker = "SELECT 'audit-" + System.nanoTime() + "' AS marker";
    postSql(Caller.ANALYST, marker, "");
    postSql(Caller.ANALYST, "COPY index_scores TO '/tmp/x.csv'", "");
    List<String> lines = Files.readAllLines(auditFile(), StandardCharsets.UTF_8);
    List<JsonNode> markerLines =
        lines.stream()
            .filter(l -> l.contains(marker.substring(8, 30)))
            .map(SqlSandboxTest::json)
            .toList();
    assertThat(markerLines)
        .extracting(l -> l.get("outcome").asText())
        .containsExactly("STARTED", "OK");
    assertThat(markerLines.get(0).get("at")).isEqualTo(markerLines.get(1).get("at"));
    JsonNode ok = markerLines.get(1);
    assertThat(ok.get("user").asText()).isEqualTo("analyst");
    assertThat(ok.get("source").asText()).isEqualTo("API");
    assertThat(ok.get("sql").asText()).isEqualTo(marker);
    assertThat(ok.get("outcome").asText()).isEqualTo("OK");
    assertThat(ok.get("rows").asLong()).isEqualTo(1);
    assertThat(ok.get("millis").isNumber()).isTrue();
    assertThat(ok.get("at").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");
    JsonNode refused = JSON.readTree(lines.get(lines.size() - 1));
    assertThat(refused.get("outcome").asText()).isEqualTo("NOT_READ_ONLY");
    assertThat(refused.get("rows").asLong()).isEqualTo(-1);

    JsonNode viaApi = JSON.readTree(get(Caller.ADMIN, "/api/v1/sql/audit?limit=1").body());
    assertThat(viaApi.get(0).get("sql").asText()).isEqualTo("COPY index_scores TO '/tmp/x.csv'");
  }

  @Test
  void binaryValuesComeBackAsBase64InJsonAndCsv() {
    String sql =
        "SELECT '\\xAA\\xBB\\x00'::BLOB AS bytes, encode('Huế') AS text, NULL::BLOB AS nothing";
    Answer json = postSql(Caller.ANALYST, sql, "");
    assertThat(json.status()).as(json.text()).isEqualTo(200);
    JsonNode row = json.json().get("result").get("rows").get(0);
    assertThat(row.get("bytes").asText()).isEqualTo("qrsA");
    assertThat(java.util.Base64.getDecoder().decode(row.get("text").asText()))
        .isEqualTo("Huế".getBytes(StandardCharsets.UTF_8));
    assertThat(row.get("nothing").isNull()).isTrue();
    Answer csv = postSql(Caller.ANALYST, sql, "?format=csv");
    assertThat(csv.text().replace("\uFEFF", ""))
        .isEqualTo("bytes,text,nothing\r\nqrsA,SHXhur8=,\r\n");
  }

  @Test
  void timesUpToMidnightComeBackAsWritten() {
    Answer a =
        postSql(
            Caller.ANALYST, "SELECT TIME '24:00:00' AS end_of_day, TIME '07:30:05' AS morning", "");
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    JsonNode row = a.json().get("result").get("rows").get(0);
    assertThat(row.get("end_of_day").asText()).isEqualTo("24:00:00");
    assertThat(row.get("morning").asText()).isEqualTo("07:30:05");
    Answer tz = postSql(Caller.ANALYST, "SELECT TIMETZ '24:00:00+07' AS end_of_day_tz", "");
    assertThat(tz.status()).isEqualTo(400);
    assertThat(tz.json().get("detail").asText())
        .isEqualTo(
            "Không thể đọc giá trị của cột end_of_day_tz (TIME WITH TIME ZONE):"
                + " nằm ngoài khoảng thời gian đọc được; hãy chuyển nó thành chuỗi, ví dụ CAST(end_of_day_tz AS VARCHAR)");
    assertThat(get(Caller.ANONYMOUS, "/api/v1/health").status()).isEqualTo(200);
  }

  static JsonNode json(String line) {
    try {
      return JSON.readTree(line);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /** Refused with this reason and message start, then health 200 and a normal query answering. */
  private void assertRefusedAndHealthy(List<Attempt> attempts) {
    List<String> wrong = new ArrayList<>();
    for (Attempt a : attempts) {
      Answer answer = postSql(Caller.ANALYST, a.sql(), "");
      if (answer.status() != 400
          || !a.reason().equals(answer.json().path("reason").asText())
          || !answer.json().path("detail").asText().startsWith(a.messageStart())) {
        wrong.add(a.sql() + " → " + answer.status() + " " + answer.text());
      }
      if (get(Caller.ANONYMOUS, "/api/v1/health").status() != 200) {
        wrong.add("health after " + a.sql());
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(postSql(Caller.ANALYST, "SELECT count(*) AS n FROM index_scores", "").status())
        .isEqualTo(200);
  }

  @Test
  void aHugeRangeIsReadOnlyToTheRowCapAuditedBeforeItRuns() throws Exception {
    // range(1e10) itself is a binder error in DuckDB 2.0 (no range(DOUBLE)): the same 10^10 rows
    String sql = "SELECT * FROM range(CAST(1e10 AS BIGINT)) -- " + System.nanoTime();
    Answer answer = postSql(Caller.ANALYST, sql, "");
    // read whole, it would not finish within the 3 s timeout of the test server
    assertThat(answer.status()).as(answer.text()).isEqualTo(200);
    JsonNode result = answer.json().get("result");
    assertThat(result.get("count").asInt()).isEqualTo(500);
    assertThat(result.get("truncated").asBoolean()).isTrue();
    assertThat(result.get("rows").get(499).get("range").asLong()).isEqualTo(499);
    List<JsonNode> audited =
        Files.readAllLines(auditFile(), StandardCharsets.UTF_8).stream()
            .map(SqlSandboxTest::json)
            .filter(l -> l.get("sql").asText().equals(sql))
            .toList();
    assertThat(audited)
        .extracting(l -> l.get("outcome").asText() + " " + l.get("rows").asLong())
        .containsExactly("STARTED -1", "TRUNCATED 500");
    assertThat(get(Caller.ANONYMOUS, "/api/v1/health").status()).isEqualTo(200);
    // the cap keeps an ORDER BY: the first 500 by the same order
    JsonNode ordered =
        postSql(
                Caller.ANALYST,
                "SELECT unit_key, year FROM score_facts ORDER BY final_points DESC, unit_key,"
                    + " year, sub_criterion_code",
                "")
            .json();
    assertThat(ordered.get("result").get("rows").findValuesAsText("unit_key"))
        .isEqualTo(
            Marts.rows(
                    "SELECT unit_key FROM score_facts ORDER BY final_points DESC, unit_key, year,"
                        + " sub_criterion_code LIMIT 500")
                .stream()
                .map(r -> (String) r.get(0))
                .toList());
  }

  @Test
  void theAuditOtherReleasesTheSpillAndTheRestOfTheWarehouseAreNotReadable() throws Exception {
    java.nio.file.Path wh = SampleWarehouse.get();
    java.nio.file.Path audit = wh.resolve("audit").resolve("sql-audit.jsonl");
    if (!Files.exists(audit)) {
      Files.createDirectories(audit.getParent());
      Files.writeString(audit, "{}\n");
    }
    String files =
        "Không thể truy cập tệp hoặc tài nguyên ngoài kho dữ liệu của bản phát hành hiện hành";
    String other =
        wh.resolve("releases").resolve("r20000101T000000Z-000000") + "/index_scores/*.parquet";
    List<Attempt> attempts = new ArrayList<>();
    for (String path :
        List.of(
            audit.toString(),
            wh.resolve("audit") + "/*",
            wh.resolve("tmp").resolve("sql-spill") + "/*",
            wh.resolve("tmp").resolve("sql-spill") + "/*/*",
            wh.resolve("tmp") + "/**",
            wh.resolve("releases").resolve("CURRENT").toString(),
            other,
            wh.resolve("releases") + "/*/index_scores/*.parquet",
            wh.resolve("catalog.duckdb").toString(),
            wh.resolve("ingest").resolve("CURRENT").toString(),
            wh.resolve("rejects") + "/*/rejects.csv",
            wh + "/*")) {
      for (String reader : List.of("read_text", "read_json", "read_csv", "glob", "read_blob")) {
        attempts.add(
            new Attempt("SELECT * FROM " + reader + "('" + path + "')", "FILE_ACCESS", files));
      }
    }
    attempts.add(new Attempt("SELECT * FROM '" + other + "'", "FILE_ACCESS", files));
    // the catalog is self-contained: even the current release's own Parquet is not a file to read
    String release = (String) Marts.single("SELECT release_id FROM release_info");
    attempts.add(
        new Attempt(
            "SELECT count(*) AS n FROM read_parquet('"
                + wh.resolve("releases").resolve(release)
                + "/index_scores/*.parquet')",
            "FILE_ACCESS",
            files));
    assertRefusedAndHealthy(attempts);
    Answer own = postSql(Caller.ANALYST, "SELECT count(*) AS n FROM index_scores", "");
    assertThat(own.status()).as(own.text()).isEqualTo(200);
    assertThat(own.json().get("result").get("rows").get(0).get("n").asInt())
        .isEqualTo(((Number) Marts.single("SELECT count(*) FROM index_scores")).intValue());
  }

  @Test
  void theServersSettingsFilesAndStateAreNotShown() {
    String hidden = "Không thể dùng ";
    List<Attempt> attempts = new ArrayList<>();
    for (String sql :
        List.of(
            "SELECT * FROM duckdb_settings()",
            "SELECT name, value FROM system.main.duckdb_settings() WHERE name = 'temp_directory'",
            "SELECT current_setting('temp_directory')",
            "SELECT \"CURRENT_SETTING\"('memory_limit') AS m",
            "SELECT 1 AS x WHERE current_setting('threads') IS NOT NULL",
            "SELECT * FROM pragma_database_list",
            "SELECT path FROM duckdb_databases",
            "SELECT * FROM duckdb_databases()",
            "SELECT * FROM duckdb_extensions()",
            "SELECT * FROM duckdb_temporary_files()",
            "SELECT * FROM duckdb_memory()",
            "SELECT * FROM duckdb_secrets()",
            "SELECT * FROM which_secret('s3://x/y', 's3')",
            "SELECT getenv('HOME')",
            "SELECT getvariable('x')",
            "SELECT * FROM pg_catalog.pg_settings",
            "SELECT * FROM pragma_database_size()",
            "SELECT * FROM pragma_metadata_info()",
            "SELECT * FROM duckdb_logs",
            "SELECT * FROM query('SELECT * FROM duckdb_settings()')",
            "SELECT * FROM query_table('index_scores')",
            "WITH s AS (SELECT * FROM duckdb_settings()) SELECT * FROM s",
            "SELECT (SELECT max(value) FROM duckdb_settings()) AS v",
            "SELECT * FROM index_scores WHERE unit_code IN (SELECT current_setting('temp_directory'))",
            "SHOW memory_limit",
            "SHOW temp_directory",
            "SHOW \"allowed_directories\"",
            "/* x */ FROM duckdb_settings()")) {
      attempts.add(new Attempt(sql, "SERVER_INTERNALS", hidden));
    }
    attempts.add(
        new Attempt("PRAGMA database_list", "NOT_READ_ONLY", "Không thể chạy câu lệnh PRAGMA"));
    attempts.add(
        new Attempt(
            "CALL pragma_database_list()", "NOT_READ_ONLY", "Không thể chạy câu lệnh CALL"));
    assertRefusedAndHealthy(attempts);
    Answer settings = postSql(Caller.ANALYST, "SELECT current_setting('temp_directory')", "");
    assertThat(settings.json().get("detail").asText())
        .isEqualTo(
            "Không thể dùng current_setting(): cấu hình, tệp và trạng thái của máy chủ không mở cho"
                + " truy vấn phân tích; hãy xem các bảng của kho bằng SHOW TABLES, DESCRIBE <bảng>"
                + " hoặc information_schema.columns");
    // the catalog itself stays listable
    for (String sql :
        List.of(
            "SHOW TABLES",
            "SHOW index_scores",
            "DESCRIBE index_scores",
            "SUMMARIZE SELECT year FROM index_scores",
            "SELECT count(*) AS n FROM information_schema.columns WHERE table_name = 'index_scores'",
            "SELECT * FROM pragma_table_info('index_scores')",
            "SELECT count(*) AS n FROM duckdb_columns() WHERE table_name = 'index_scores'",
            "SELECT * FROM generate_series(1, 3)")) {
      Answer a = postSql(Caller.ANALYST, sql, "");
      assertThat(a.status()).as(sql + " → " + a.text()).isEqualTo(200);
    }
  }
}
