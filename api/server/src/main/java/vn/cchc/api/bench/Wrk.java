package vn.cchc.api.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The {@code wrk} HTTP load generator (Debian's package), run once per measurement with {@code
 * wrk-summary.lua}, whose {@code done()} prints the figures as one JSON line.
 */
final class Wrk implements AutoCloseable {
  static final String PROGRAM = "wrk";

  /** wrk's default of 2 s would count a slow cold answer as an error instead of a latency. */
  static final String TIMEOUT = "30s";

  private static final String SUMMARY_SCRIPT = "wrk-summary.lua";
  private static final String SUMMARY_LINE = "CCHC_WRK ";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One run: requests answered, seconds, errors (socket, timeout, non-2xx/3xx), percentiles. */
  record Run(long requests, double seconds, long errors, double p50Ms, double p99Ms) {
    double requestsPerSecond() {
      return requests / seconds;
    }
  }

  private final Path script;

  private Wrk(Path script) {
    this.script = script;
  }

  /** Whether wrk is on the PATH. */
  static boolean installed() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, PROGRAM))) {
        return true;
      }
    }
    return false;
  }

  static Wrk withSummaryScript() throws IOException {
    Path script = Files.createTempFile("cchc-wrk-", ".lua");
    script.toFile().deleteOnExit();
    try (InputStream in = Wrk.class.getResourceAsStream(SUMMARY_SCRIPT)) {
      Files.write(script, in.readAllBytes());
    }
    return new Wrk(script);
  }

  /**
   * Loads {@code url} with {@code connections} connections (one thread per core at most) for {@code
   * seconds}, as a browser with the session {@code cookie} would (gzip accepted).
   */
  Run run(String url, String cookie, int connections, int seconds)
      throws IOException, InterruptedException {
    int threads = Math.max(1, Math.min(connections, Runtime.getRuntime().availableProcessors()));
    List<String> command =
        List.of(
            PROGRAM,
            "-t",
            String.valueOf(threads),
            "-c",
            String.valueOf(connections),
            "-d",
            seconds + "s",
            "--latency",
            "--timeout",
            TIMEOUT,
            "-s",
            script.toString(),
            "-H",
            "Cookie: " + cookie,
            "-H",
            "Accept-Encoding: gzip",
            url);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out;
    try {
      out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw new IllegalStateException("wrk thất bại trên " + url + ":\n" + out);
      }
    } finally {
      p.destroy();
    }
    String line =
        out.lines()
            .filter(l -> l.startsWith(SUMMARY_LINE))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("wrk không in tóm tắt:\n" + out));
    JsonNode j = JSON.readTree(line.substring(SUMMARY_LINE.length()));
    return new Run(
        j.get("requests").asLong(),
        j.get("duration_us").asDouble() / 1e6,
        j.get("errors").asLong() + j.get("status_errors").asLong(),
        j.get("p50_us").asDouble() / 1e3,
        j.get("p99_us").asDouble() / 1e3);
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(script);
  }
}
