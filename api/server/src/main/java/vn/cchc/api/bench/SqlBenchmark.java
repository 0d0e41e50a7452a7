package vn.cchc.api.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import vn.cchc.api.security.DemoAccounts;
import vn.cchc.model.bench.MarkdownTable;
import vn.cchc.model.bench.Samples;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.warehouse.WarehouseLayout;

/**
 * {@code ./cchc bench sql}: the same queries through {@code POST /api/v1/sql} (as the analyst, one
 * connection, one request at a time) and in DuckDB directly, over JDBC on a read-only copy of the
 * catalog; prints each pair and the ratio. The queries go from a lookup to a window over every
 * scored item. Each figure is the median of {@code --runs} executions after one warm-up, with their
 * range. The table goes to standard output, progress to standard error.
 */
public final class SqlBenchmark {
  private SqlBenchmark() {}

  static final int DEFAULT_RUNS = 10;
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A query of the benchmark, named by what it costs. */
  record Query(String name, String sql) {}

  static final List<Query> QUERIES =
      List.of(
          new Query(
              "chỉ số theo khối, năm mới nhất",
              "SELECT bloc, count(*) AS units, round(avg(index_pct), 2) AS average_pct"
                  + " FROM index_scores WHERE year = (SELECT max(year) FROM index_scores)"
                  + " GROUP BY bloc ORDER BY bloc"),
          new Query(
              "gộp score_facts theo lĩnh vực",
              "SELECT year, bloc, field_code, count(*) AS items,"
                  + " round(avg(self_points), 3) AS mean_self FROM score_facts"
                  + " GROUP BY ALL ORDER BY ALL"),
          new Query(
              "nối tự chấm với thẩm định",
              "SELECT s.year, count(*) AS items, round(avg(a.points - s.points), 4) AS mean_gap"
                  + " FROM raw_self_scores s JOIN raw_appraisals a"
                  + " USING (year, unit_code, sub_criterion_code)"
                  + " GROUP BY s.year ORDER BY s.year"),
          new Query(
              "xếp hạng lệch (hàm cửa sổ)",
              "SELECT year, bloc, count(*) FILTER (WHERE rank_change > 0) AS up, count(*) AS items"
                  + " FROM (SELECT year, bloc,"
                  + " rank() OVER (PARTITION BY year, bloc, sub_criterion_code"
                  + " ORDER BY self_points DESC)"
                  + " - rank() OVER (PARTITION BY year, bloc, sub_criterion_code"
                  + " ORDER BY appraisal_r1_points DESC) AS rank_change FROM score_facts)"
                  + " GROUP BY ALL ORDER BY ALL"));

  static final CommandLine COMMAND_LINE =
      CommandLine.of(
              """
      Cách dùng: ./cchc bench sql [--warehouse THƯ_MỤC] [--runs N]
        So sánh thời gian của cùng các truy vấn qua POST /api/v1/sql (tài khoản analyst) và chạy thẳng trong DuckDB
        trên bản sao chỉ đọc của catalog.duckdb (mặc định: kho ở biến CCHC_WAREHOUSE hoặc ./warehouse, 10 lần mỗi
        truy vấn sau một lần làm nóng).""")
          .option(CommandLine.WAREHOUSE, "runs");

  public static void main(String[] args) throws Exception {
    Path warehouse;
    int runs;
    try {
      CommandLine.Arguments a = COMMAND_LINE.parse(args);
      if (a.help()) {
        COMMAND_LINE.printUsage(System.out);
        return;
      }
      warehouse = a.warehouse(System.getenv()).toAbsolutePath().normalize();
      runs = a.positiveInt("runs", DEFAULT_RUNS);
    } catch (vn.cchc.model.error.CchcException e) {
      System.exit(COMMAND_LINE.refuse(e, System.err));
      return;
    }
    ApiBenchmark.requireRelease(warehouse);
    MarkdownTable table =
        new MarkdownTable()
            .text("truy vấn")
            .figure("dòng")
            .figure("API ms (HTTP)")
            .figure("API ms (máy chủ)")
            .figure("DuckDB ms")
            .figure("API / DuckDB");
    Path copy = Files.createTempDirectory("cchc-bench-sql-");
    Path catalog = copy.resolve("catalog.duckdb");
    try {
      Files.copy(new WarehouseLayout(warehouse).catalogFile(), catalog);
      HttpClient http = HttpClient.newHttpClient();
      try (BenchServer server = BenchServer.start(warehouse);
          Connection duck = readOnly(catalog)) {
        String cookie = server.login(http, DemoAccounts.ALL.get(1));
        for (Query q : QUERIES) {
          Samples viaHttp = new Samples();
          Samples onServer = new Samples();
          Samples direct = new Samples();
          int rows = -1;
          for (int run = 0; run <= runs; run++) {
            long t0 = System.nanoTime();
            JsonNode answer = post(http, server, cookie, q.sql());
            double ms = (System.nanoTime() - t0) / 1e6;
            if (run > 0) {
              viaHttp.add(ms);
              onServer.add(answer.get("millis").asDouble());
            }
            rows = answer.get("result").get("rows").size();
          }
          for (int run = 0; run <= runs; run++) {
            long t0 = System.nanoTime();
            int n = execute(duck, q.sql());
            double ms = (System.nanoTime() - t0) / 1e6;
            if (run > 0) {
              direct.add(ms);
            }
            if (n != rows) {
              throw new IllegalStateException(
                  "DuckDB trả " + n + " dòng, API " + rows + " dòng cho: " + q.sql());
            }
          }
          System.err.printf(
              Locale.ROOT,
              "%-34s API %.1f ms, DuckDB %.1f ms%n",
              q.name(),
              viaHttp.median(),
              direct.median());
          table.row(
              q.name(),
              rows,
              viaHttp.format(1),
              onServer.format(0),
              direct.format(1),
              Samples.number(viaHttp.median() / direct.median(), 1) + "×");
        }
      }
    } finally {
      Files.deleteIfExists(catalog);
      Files.deleteIfExists(copy.resolve("catalog.duckdb.wal"));
      Files.deleteIfExists(copy);
    }
    System.out.printf(
        Locale.ROOT,
        "Kho %s. API: POST /api/v1/sql, tài khoản analyst, một kết nối, tuần tự; \"HTTP\" là cả vòng"
            + " yêu cầu–trả lời (JSON), \"máy chủ\" là millis máy chủ báo (hộp cát, kiểm tra câu lệnh,"
            + " chạy, đọc dòng; đo theo ms nguyên). DuckDB: JDBC trên bản sao chỉ đọc của"
            + " catalog.duckdb, cấu hình mặc định, chạy và đọc hết các dòng. Trung vị (nhỏ nhất–lớn"
            + " nhất) của %d lần sau một lần làm nóng.%n%n",
        warehouse,
        runs);
    System.out.print(table.render());
    System.out.println();
    for (int i = 0; i < QUERIES.size(); i++) {
      System.out.printf("%d. %s: `%s`%n", i + 1, QUERIES.get(i).name(), QUERIES.get(i).sql());
    }
    System.exit(0);
  }

  private static Connection readOnly(Path catalog) throws SQLException {
    Properties props = new Properties();
    props.setProperty("duckdb.read_only", "true");
    return DriverManager.getConnection("jdbc:duckdb:" + catalog, props);
  }

  /** Runs a query and reads every value of every row, as the API does; returns the rows. */
  private static int execute(Connection c, String sql) throws SQLException {
    int rows = 0;
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        for (int i = 1; i <= columns; i++) {
          rs.getObject(i);
        }
        rows++;
      }
    }
    return rows;
  }

  private static JsonNode post(HttpClient http, BenchServer server, String cookie, String sql)
      throws IOException, InterruptedException {
    String body = JSON.writeValueAsString(JSON.createObjectNode().put("sql", sql));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(server.base() + "/api/v1/sql"))
                .header("Cookie", cookie)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "POST /api/v1/sql trả về " + r.statusCode() + ": " + r.body());
    }
    return JSON.readTree(r.body());
  }
}
