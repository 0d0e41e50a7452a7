package vn.cchc.api.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.CookieManager;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import vn.cchc.api.security.DemoAccounts;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;

/**
 * {@code ./cchc bench api [--warehouse DIR] [--concurrency 8] [--seconds 10]}: starts the server as
 * a child process on loopback (demo accounts), drives the main endpoints with concurrent clients
 * from this JVM, and prints p50 / p99 latency, requests per second and the server's resident
 * memory. Figures, not a test.
 */
public final class ApiBenchmark {
  private ApiBenchmark() {}

  static final int DEFAULT_CONCURRENCY = 8;
  static final int DEFAULT_SECONDS = 10;
  static final int WARMUP_SECONDS = 3;

  static final CommandLine COMMAND_LINE =
      CommandLine.of(
              """
      Cách dùng: ./cchc bench api [--warehouse THƯ_MỤC] [--concurrency N] [--seconds S]
        Đo độ trễ p50/p99, số yêu cầu mỗi giây và bộ nhớ của máy chủ trên kho đã có bản phát hành
        (mặc định: biến CCHC_WAREHOUSE hoặc ./warehouse; 8 luồng, 10 giây mỗi điểm cuối).""")
          .option(CommandLine.WAREHOUSE, "concurrency", "seconds");

  record Result(
      String endpoint, int requests, int errors, double seconds, double p50, double p99) {}

  public static void main(String[] args) throws Exception {
    Path warehouse;
    int concurrency;
    int seconds;
    try {
      CommandLine.Arguments a = COMMAND_LINE.parse(args);
      if (a.help()) {
        COMMAND_LINE.printUsage(System.out);
        return;
      }
      warehouse = a.warehouse(System.getenv()).toAbsolutePath().normalize();
      concurrency = a.positiveInt("concurrency", DEFAULT_CONCURRENCY);
      seconds = a.positiveInt("seconds", DEFAULT_SECONDS);
    } catch (CchcException e) {
      System.exit(COMMAND_LINE.refuse(e, System.err));
      return;
    }
    if (!Files.isRegularFile(warehouse.resolve("catalog.duckdb"))) {
      System.err.println(
          "Kho "
              + warehouse
              + " chưa có bản phát hành: chạy ./cchc demo hoặc ./cchc transform trước");
      System.exit(ExitCode.USAGE);
    }
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = Files.createTempFile("cchc-bench-api-", ".log");
    Process server =
        new ProcessBuilder(
                javaBin(),
                "-Xmx1g",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                "vn.cchc.api.ApiServer",
                "--demo",
                "--warehouse",
                warehouse.toString(),
                "--port",
                String.valueOf(port),
                "--address",
                "127.0.0.1")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    try {
      String base = "http://127.0.0.1:" + port;
      // a session, as the dashboard has: HTTP Basic would verify a bcrypt hash on every request
      HttpClient http =
          HttpClient.newBuilder()
              .executor(Executors.newFixedThreadPool(concurrency))
              .cookieHandler(new CookieManager())
              .build();
      waitUntilUp(http, base, server, log);
      DemoAccounts.Demo viewer = DemoAccounts.ALL.get(0);
      login(http, base, viewer);
      String auth = null;
      JsonNode years = new ObjectMapper().readTree(send(http, base + "/api/v1/years", auth).body());
      int year = years.get("rows").get(years.get("rows").size() - 1).get("year").asInt();
      JsonNode ranking =
          new ObjectMapper()
              .readTree(send(http, base + "/api/v1/ranking?bloc=SO&year=" + year, auth).body());
      String unit = ranking.get("rows").get(0).get("unit_key").asText();
      List<String> endpoints =
          List.of(
              "/api/v1/ranking?year=" + year + "&bloc=XA",
              "/api/v1/overview?year=" + year + "&bloc=SO",
              "/api/v1/units/" + unit + "/profile?year=" + year,
              "/api/v1/heatmap?year=" + year + "&bloc=SO&level=FIELD",
              "/api/v1/heatmap?year=" + year + "&bloc=XA&level=CRITERION&field=3",
              "/api/v1/trends?basis=AS_IS&bloc=SO",
              "/api/v1/findings?overdue=true",
              "/api/v1/inspections/targets",
              "/api/v1/map/communes?year=" + year);
      System.out.printf(
          "Kho %s, năm %d, %d luồng đồng thời, %d s mỗi điểm cuối (sau %d s khởi động)%n%n",
          warehouse, year, concurrency, seconds, WARMUP_SECONDS);
      System.out.printf(
          "%-58s %8s %7s %9s %9s %9s%n",
          "điểm cuối", "yêu cầu", "lỗi", "req/s", "p50 ms", "p99 ms");
      for (String e : endpoints) {
        load(http, base + e, auth, concurrency, WARMUP_SECONDS);
        Result r = load(http, base + e, auth, concurrency, seconds);
        System.out.printf(
            "%-58s %8d %7d %9.1f %9.2f %9.2f%n",
            e, r.requests(), r.errors(), r.requests() / r.seconds(), r.p50(), r.p99());
      }
      System.out.println();
      System.out.println(
          "Bộ nhớ máy chủ (tiến trình " + server.pid() + "): " + memory(server.pid()));
    } finally {
      server.destroy();
      if (!server.waitFor(15, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
    System.exit(0);
  }

  static Result load(HttpClient http, String url, String auth, int concurrency, int seconds)
      throws InterruptedException {
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(concurrency);
    long start = System.nanoTime();
    for (int i = 0; i < concurrency; i++) {
      pool.submit(
          () -> {
            while (System.nanoTime() < end) {
              long t0 = System.nanoTime();
              try {
                HttpResponse<byte[]> r = send(http, url, auth);
                if (r.statusCode() != 200) {
                  errors.incrementAndGet();
                }
              } catch (IOException | InterruptedException e) {
                errors.incrementAndGet();
              }
              latencies.add(System.nanoTime() - t0);
            }
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    double elapsed = (System.nanoTime() - start) / 1e9;
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return new Result(
        url,
        sorted.size(),
        errors.get(),
        elapsed,
        percentile(sorted, 0.50),
        percentile(sorted, 0.99));
  }

  static double percentile(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.ceil(p * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, i))) / 1e6;
  }

  static HttpResponse<byte[]> send(HttpClient http, String url, String auth)
      throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).GET();
    if (auth != null) {
      b.header("Authorization", auth);
    }
    return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  static void login(HttpClient http, String base, DemoAccounts.Demo user)
      throws IOException, InterruptedException {
    String form =
        "username="
            + URLEncoder.encode(user.username(), StandardCharsets.UTF_8)
            + "&password="
            + URLEncoder.encode(user.password(), StandardCharsets.UTF_8);
    HttpResponse<Void> r =
        http.send(
            HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.discarding());
    if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException(
          "Không thể đăng nhập tài khoản " + user.username() + " (" + r.statusCode() + ")");
    }
  }

  static void waitUntilUp(HttpClient http, String base, Process server, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
    while (System.nanoTime() < deadline) {
      if (!server.isAlive()) {
        throw new IllegalStateException("Máy chủ dừng khi khởi động:\n" + Files.readString(log));
      }
      try {
        if (http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("Máy chủ không khởi động trong 90 s; xem " + log);
  }

  /** Resident and peak resident memory from /proc (Linux). */
  static String memory(long pid) {
    Path status = Path.of("/proc", String.valueOf(pid), "status");
    try {
      String rss = "?";
      String peak = "?";
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmRSS:")) {
          rss = line.substring(6).strip();
        } else if (line.startsWith("VmHWM:")) {
          peak = line.substring(6).strip();
        }
      }
      return "RSS " + rss + ", đỉnh RSS " + peak;
    } catch (IOException e) {
      return "không đọc được " + status;
    }
  }

  static String javaBin() {
    return Path.of(
            System.getProperty("java.home"),
            "bin",
            "java" + (File.separatorChar == '\\' ? ".exe" : ""))
        .toString();
  }
}
