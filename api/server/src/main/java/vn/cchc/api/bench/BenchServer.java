package vn.cchc.api.bench;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import vn.cchc.api.security.DemoAccounts;

/**
 * An API server started for a benchmark: a child JVM on a free loopback port with the demo
 * accounts, over a warehouse's current release. It is stopped by {@link #close}, by a shutdown hook
 * if this JVM is stopped first, and by itself if this JVM dies ({@link ParentBoundServer}).
 */
final class BenchServer implements AutoCloseable {
  static final String HEAP = "-Xmx1g";
  private static final long START_TIMEOUT_SECONDS = 120;

  private final Process process;
  private final Path log;
  private final String base;
  private final long startedNanos;
  private final Thread stopOnExit;
  private double startSeconds = Double.NaN;

  private BenchServer(Process process, Path log, String base, long startedNanos) {
    this.process = process;
    this.log = log;
    this.base = base;
    this.startedNanos = startedNanos;
    this.stopOnExit = new Thread(this::stopAndRemoveLog, "stop-bench-server");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  /** Starts a server and waits until it answers its health check. */
  static BenchServer start(Path warehouse) throws IOException, InterruptedException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = Files.createTempFile("cchc-bench-server-", ".log");
    long t0 = System.nanoTime();
    Process process =
        new ProcessBuilder(
                javaBin(),
                HEAP,
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                ParentBoundServer.class.getName(),
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
    BenchServer server = new BenchServer(process, log, "http://127.0.0.1:" + port, t0);
    try {
      server.waitUntilUp();
    } catch (IOException | InterruptedException | RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  String base() {
    return base;
  }

  long pid() {
    return process.pid();
  }

  /** Seconds from starting the JVM to the first healthy answer. */
  double startSeconds() {
    return startSeconds;
  }

  /**
   * Logs in with the dashboard's form and returns the session cookie as a {@code Cookie} header
   * value (every cookie the login set, whatever its name).
   */
  String login(HttpClient http, DemoAccounts.Demo user) throws IOException, InterruptedException {
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
    List<String> cookies = r.headers().allValues("Set-Cookie");
    if (r.statusCode() != 302
        || r.headers().firstValue("Location").orElse("").contains("error")
        || cookies.isEmpty()) {
      throw new IllegalStateException(
          "Không thể đăng nhập tài khoản " + user.username() + " (" + r.statusCode() + ")");
    }
    return cookies.stream().map(c -> c.split(";", 2)[0].strip()).collect(Collectors.joining("; "));
  }

  /** Resident and peak resident memory in MB, from /proc (Linux). */
  double[] memoryMb() throws IOException {
    double rss = Double.NaN;
    double peak = Double.NaN;
    for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid()), "status"))) {
      if (line.startsWith("VmRSS:")) {
        rss = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      } else if (line.startsWith("VmHWM:")) {
        peak = Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    return new double[] {rss, peak};
  }

  private void waitUntilUp() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newHttpClient();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("Máy chủ dừng khi khởi động:\n" + Files.readString(log));
      }
      try {
        if (http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          startSeconds = (System.nanoTime() - startedNanos) / 1e9;
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(
        "Máy chủ không khởi động trong " + START_TIMEOUT_SECONDS + " s:\n" + Files.readString(log));
  }

  private void stop() {
    process.destroy();
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  private void stopAndRemoveLog() {
    stop();
    try {
      Files.deleteIfExists(log);
    } catch (IOException e) {
      // only a log left in the temporary folder
    }
  }

  @Override
  public void close() {
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running or has run: it stops the server
      return;
    }
    stopAndRemoveLog();
  }

  private static String javaBin() {
    return Path.of(
            System.getProperty("java.home"),
            "bin",
            "java" + (File.separatorChar == '\\' ? ".exe" : ""))
        .toString();
  }
}
