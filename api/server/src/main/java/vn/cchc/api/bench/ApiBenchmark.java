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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import vn.cchc.api.security.DemoAccounts;
import vn.cchc.model.bench.MarkdownTable;
import vn.cchc.model.bench.Samples;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.warehouse.WarehouseLayout;

/**
 * {@code ./cchc bench api}: drives the main endpoints with {@link Wrk} at 1, 8 and 32 connections
 * and prints p50 / p99 latency and requests per second, cold and warm, with the server's resident
 * memory. Cold is the first measurement of a server just started (empty result cache, cold JIT):
 * every cold run is a fresh server. Warm is one server after a warm-up pass over every endpoint.
 * Each figure is the median of {@code --runs} wrk runs with their range. The servers are children
 * on loopback with the demo accounts, always stopped at the end ({@link BenchServer}); the load
 * generator runs on the same machine. Figures, not a test: the table goes to standard output,
 * progress to standard error.
 */
public final class ApiBenchmark {
  private ApiBenchmark() {}

  static final String DEFAULT_CONNECTIONS = "1,8,32";
  static final int DEFAULT_SECONDS = 3;
  static final int DEFAULT_COLD_SECONDS = 2;
  static final int DEFAULT_RUNS = 3;
  private static final String API = "/api/v1";
  private static final ObjectMapper JSON = new ObjectMapper();

  static final CommandLine COMMAND_LINE =
      CommandLine.of(
              """
      Cách dùng: ./cchc bench api [--warehouse THƯ_MỤC] [--connections 1,8,32] [--seconds S] [--cold-seconds S]
                                  [--runs N]
        Đo độ trễ p50/p99 và số yêu cầu mỗi giây bằng wrk (apt-get install wrk) trên các điểm cuối chính, ở mỗi
        số kết nối, lạnh (máy chủ vừa khởi động, mỗi lần một máy chủ mới) và ấm (sau một lượt làm nóng), cùng bộ
        nhớ của máy chủ. Mặc định: kho ở biến CCHC_WAREHOUSE hoặc ./warehouse, 1,8,32 kết nối, 3 lần mỗi điểm,
        ấm 3 s, lạnh 2 s mỗi lần.""")
          .option(CommandLine.WAREHOUSE, "connections", "seconds", "cold-seconds", "runs");

  record Settings(
      Path warehouse, List<Integer> connections, int seconds, int coldSeconds, int runs) {}

  /** The runs of one endpoint at one number of connections, cold or warm. */
  static final class Point {
    final Samples p50 = new Samples();
    final Samples p99 = new Samples();
    final Samples rps = new Samples();
    long errors;

    void add(Wrk.Run run) {
      p50.add(run.p50Ms());
      p99.add(run.p99Ms());
      rps.add(run.requestsPerSecond());
      errors += run.errors();
    }
  }

  /** Every point of one phase (cold or warm), by endpoint then connections. */
  static final class Phase {
    final String name;
    final Map<String, Map<Integer, Point>> points = new LinkedHashMap<>();
    final Samples rssMb = new Samples();
    final Samples peakRssMb = new Samples();

    Phase(String name) {
      this.name = name;
    }

    Point point(String endpoint, int connections) {
      return points
          .computeIfAbsent(endpoint, k -> new LinkedHashMap<>())
          .computeIfAbsent(connections, k -> new Point());
    }

    void measure(Wrk wrk, BenchServer server, String cookie, String endpoint, int c, int seconds)
        throws IOException, InterruptedException {
      Wrk.Run r = wrk.run(server.base() + endpoint, cookie, c, seconds);
      point(endpoint, c).add(r);
      System.err.printf(
          Locale.ROOT,
          "%-4s %2d kết nối %-55s %8.1f req/s  p50 %7.1f ms  p99 %7.1f ms%s%n",
          name,
          c,
          endpoint,
          r.requestsPerSecond(),
          r.p50Ms(),
          r.p99Ms(),
          r.errors() > 0 ? "  lỗi " + r.errors() : "");
    }

    void memoryOf(BenchServer server) throws IOException {
      double[] memory = server.memoryMb();
      rssMb.add(memory[0]);
      peakRssMb.add(memory[1]);
    }
  }

  public static void main(String[] args) throws Exception {
    Settings settings;
    try {
      CommandLine.Arguments a = COMMAND_LINE.parse(args);
      if (a.help()) {
        COMMAND_LINE.printUsage(System.out);
        return;
      }
      settings =
          new Settings(
              a.warehouse(System.getenv()).toAbsolutePath().normalize(),
              connections(a.value("connections", DEFAULT_CONNECTIONS)),
              a.positiveInt("seconds", DEFAULT_SECONDS),
              a.positiveInt("cold-seconds", DEFAULT_COLD_SECONDS),
              a.positiveInt("runs", DEFAULT_RUNS));
    } catch (CchcException e) {
      System.exit(COMMAND_LINE.refuse(e, System.err));
      return;
    }
    requireRelease(settings.warehouse());
    if (!Wrk.installed()) {
      System.err.println(
          "Không thể đo API: không tìm thấy wrk trên PATH (cài bằng: apt-get install wrk;"
              + " ./cchc bench api tự cài)");
      System.exit(ExitCode.USAGE);
    }
    try (Wrk wrk = Wrk.withSummaryScript()) {
      run(settings, wrk);
    }
    System.exit(0);
  }

  private static void run(Settings s, Wrk wrk) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    Phase warm = new Phase("ấm");
    Phase cold = new Phase("lạnh");
    Samples starts = new Samples();
    List<String> endpoints;
    int year;
    try (BenchServer server = BenchServer.start(s.warehouse())) {
      starts.add(server.startSeconds());
      String cookie = server.login(http, DemoAccounts.ALL.get(0));
      year = latestYear(http, server, cookie);
      endpoints = endpoints(http, server, cookie, year);
      System.err.printf(
          Locale.ROOT, "máy chủ ấm %d: làm nóng %d điểm cuối%n", server.pid(), endpoints.size());
      int most = s.connections().stream().max(Integer::compare).orElseThrow();
      for (String e : endpoints) {
        wrk.run(server.base() + e, cookie, most, s.coldSeconds());
      }
      for (int run = 1; run <= s.runs(); run++) {
        System.err.printf(Locale.ROOT, "ấm, lần %d/%d%n", run, s.runs());
        for (int c : s.connections()) {
          for (String e : endpoints) {
            warm.measure(wrk, server, cookie, e, c, s.seconds());
          }
        }
        warm.memoryOf(server);
      }
    }
    for (int c : s.connections()) {
      for (int run = 1; run <= s.runs(); run++) {
        try (BenchServer server = BenchServer.start(s.warehouse())) {
          starts.add(server.startSeconds());
          System.err.printf(
              Locale.ROOT,
              "lạnh, %d kết nối, lần %d/%d: máy chủ mới %d%n",
              c,
              run,
              s.runs(),
              server.pid());
          String cookie = server.login(http, DemoAccounts.ALL.get(0));
          for (String e : endpoints) {
            cold.measure(wrk, server, cookie, e, c, s.coldSeconds());
          }
          cold.memoryOf(server);
        }
      }
    }
    System.out.printf(
        Locale.ROOT,
        "Kho %s, năm %d, tài khoản viewer (phiên đăng nhập, Accept-Encoding: gzip như trình duyệt)."
            + " wrk --latency --timeout %s trên cùng máy, %d nhân. Lạnh: mỗi lần một máy chủ mới"
            + " (%s), %d s mỗi điểm cuối; ấm: một máy chủ sau một lượt làm nóng %d s mỗi điểm cuối,"
            + " %d s mỗi lần. Trung vị (nhỏ nhất–lớn nhất) của %d lần; lỗi: yêu cầu không phải"
            + " 2xx/3xx, lỗi socket và quá hạn, cộng mọi lần.%n%n",
        s.warehouse(),
        year,
        Wrk.TIMEOUT,
        Runtime.getRuntime().availableProcessors(),
        BenchServer.HEAP,
        s.coldSeconds(),
        s.coldSeconds(),
        s.seconds(),
        s.runs());
    System.out.print(table(endpoints, s.connections(), cold, warm).render());
    System.out.printf(
        Locale.ROOT,
        "%nBộ nhớ máy chủ: RSS %s MB sau lượt lạnh (%d máy chủ, đỉnh %s MB), %s MB sau mỗi lần ấm"
            + " (đỉnh %s MB); khởi động máy chủ %s s (%d lần).%n",
        cold.rssMb.format(0),
        cold.rssMb.size(),
        cold.peakRssMb.format(0),
        warm.rssMb.format(0),
        warm.peakRssMb.format(0),
        starts.format(1),
        starts.size());
  }

  static MarkdownTable table(
      List<String> endpoints, List<Integer> connections, Phase cold, Phase warm) {
    MarkdownTable table =
        new MarkdownTable()
            .text("điểm cuối (" + API + ")")
            .figure("kết nối")
            .figure("lạnh p50 ms")
            .figure("lạnh p99 ms")
            .figure("lạnh req/s")
            .figure("ấm p50 ms")
            .figure("ấm p99 ms")
            .figure("ấm req/s")
            .figure("lỗi");
    for (String e : endpoints) {
      for (int c : connections) {
        Point k = cold.point(e, c);
        Point w = warm.point(e, c);
        table.row(
            e.substring(API.length()),
            c,
            k.p50.format(1),
            k.p99.format(1),
            k.rps.format(0),
            w.p50.format(1),
            w.p99.format(1),
            w.rps.format(0),
            k.errors + w.errors);
      }
    }
    return table;
  }

  /** The endpoints the dashboard calls most, for the latest year and the first unit ranked. */
  static List<String> endpoints(HttpClient http, BenchServer server, String cookie, int year)
      throws IOException, InterruptedException {
    JsonNode ranking =
        JSON.readTree(get(http, server, API + "/ranking?bloc=SO&year=" + year, cookie));
    String unit = ranking.get("rows").get(0).get("unit_key").asText();
    return List.of(
        API + "/ranking?year=" + year + "&bloc=XA",
        API + "/overview?year=" + year + "&bloc=SO",
        API + "/units/" + unit + "/profile?year=" + year,
        API + "/heatmap?year=" + year + "&bloc=SO&level=FIELD",
        API + "/heatmap?year=" + year + "&bloc=XA&level=CRITERION&field=3",
        API + "/trends?basis=AS_IS&bloc=SO",
        API + "/findings?overdue=true",
        API + "/inspections/targets",
        API + "/map/communes?year=" + year);
  }

  static int latestYear(HttpClient http, BenchServer server, String cookie)
      throws IOException, InterruptedException {
    JsonNode rows = JSON.readTree(get(http, server, API + "/years", cookie)).get("rows");
    return rows.get(rows.size() - 1).get("year").asInt();
  }

  static String get(HttpClient http, BenchServer server, String path, String cookie)
      throws IOException, InterruptedException {
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(URI.create(server.base() + path))
                .header("Cookie", cookie)
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200) {
      throw new IllegalStateException(
          "GET " + path + " trả về " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  static List<Integer> connections(String raw) {
    List<Integer> out = new ArrayList<>();
    for (String part : raw.split(",", -1)) {
      try {
        int n = Integer.parseInt(part.strip());
        if (n >= 1 && !out.contains(n)) {
          out.add(n);
          continue;
        }
      } catch (NumberFormatException e) {
        // refused below
      }
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Không thể dùng --connections "
              + raw
              + ": cần các số nguyên dương khác nhau, cách nhau bởi dấu phẩy");
    }
    return out;
  }

  /** Exits with {@link ExitCode#USAGE} when the warehouse has no release to serve. */
  static void requireRelease(Path warehouse) {
    if (!Files.isRegularFile(new WarehouseLayout(warehouse).catalogFile())) {
      System.err.println(
          "Kho "
              + warehouse
              + " chưa có bản phát hành: chạy ./cchc demo hoặc ./cchc transform trước");
      System.exit(ExitCode.USAGE);
    }
  }
}
