package vn.cchc.superset;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Apache Superset for the tests: the pinned apache-superset, duckdb-engine and duckdb from
 * PyPI in a cached virtual environment ({@code ${CCHC_CACHE:-~/.cache/cchc}/superset-venv}, rebuilt
 * only when the pins change), a SQLite metadata database and a superset_config.py in a fresh
 * directory, gunicorn with one worker on 127.0.0.1 and a free port. {@link #close()} stops the
 * whole process tree.
 */
final class SupersetServer implements AutoCloseable {
  static final String USER = "admin";
  private static final Duration STARTUP = Duration.ofMinutes(3);

  private final Process process;
  private final URI url;
  private final String password;
  private final Path log;

  private SupersetServer(Process process, URI url, String password, Path log) {
    this.process = process;
    this.url = url;
    this.password = password;
    this.log = log;
  }

  URI url() {
    return url;
  }

  String password() {
    return password;
  }

  static List<String> pins() {
    return List.of(
        "apache-superset==" + System.getProperty("cchc.superset.version", "6.0.0"),
        "duckdb-engine==" + System.getProperty("cchc.superset.duckdb-engine.version", "0.17.0"),
        "duckdb==" + System.getProperty("cchc.superset.duckdb.version", "2.0.0"),
        // imported by superset's CLI (superset/cli/test_db.py) but missing from 6.0.0's
        // requirements
        "rich==15.0.0");
  }

  /**
   * The virtual environment, created or rebuilt when it does not hold exactly the pinned versions.
   */
  static Path venv() throws IOException, InterruptedException {
    String cacheRoot = System.getenv("CCHC_CACHE");
    Path cache =
        cacheRoot != null
            ? Path.of(cacheRoot)
            : Path.of(System.getProperty("user.home"), ".cache", "cchc");
    Path venv = cache.resolve("superset-venv");
    String constraints = resource("superset/constraints.txt");
    String marker = String.join("\n", pins()) + "\n" + constraints;
    Path markerFile = venv.resolve("cchc-pins.txt");
    if (Files.isRegularFile(markerFile)
        && Files.readString(markerFile).equals(marker)
        && Files.isExecutable(venv.resolve("bin/superset"))) {
      return venv;
    }
    deleteTree(venv);
    Files.createDirectories(cache);
    String python = System.getenv().getOrDefault("CCHC_SUPERSET_PYTHON", "python3");
    run(cache, Map.of(), Duration.ofMinutes(5), python, "-m", "venv", venv.toString());
    Path constraintsFile = cache.resolve("superset-constraints.txt");
    Files.writeString(constraintsFile, constraints);
    List<String> install =
        new ArrayList<>(
            List.of(
                venv.resolve("bin/pip").toString(),
                "install",
                "-q",
                "--disable-pip-version-check",
                "-c",
                constraintsFile.toString()));
    install.addAll(pins());
    run(cache, Map.of(), Duration.ofMinutes(30), install.toArray(String[]::new));
    Files.writeString(markerFile, marker);
    return venv;
  }

  /**
   * Installs if needed, configures, migrates, creates the admin and starts Superset; waits for
   * /health.
   */
  static SupersetServer start(Path dir) throws IOException, InterruptedException {
    Path venv = venv();
    deleteTree(dir);
    Files.createDirectories(dir);
    String password = "pw-" + UUID.randomUUID();
    Path config = dir.resolve("superset_config.py");
    Files.writeString(
        config,
        """
        SECRET_KEY = "%s"
        SQLALCHEMY_DATABASE_URI = "sqlite:///%s"
        WTF_CSRF_ENABLED = True
        # the tests log in more often than a person would
        AUTH_RATE_LIMITED = False
        RATELIMIT_ENABLED = False
        FEATURE_FLAGS = {"THUMBNAILS": False, "ALERT_REPORTS": False}
        SUPERSET_WEBSERVER_TIMEOUT = 120

        """
                .formatted(UUID.randomUUID(), dir.resolve("superset.db"))
            + resource("vn/cchc/superset/superset_config_duckdb.py"));
    Map<String, String> env =
        Map.of(
            "SUPERSET_CONFIG_PATH",
            config.toString(),
            "FLASK_APP",
            "superset",
            "SUPERSET_HOME",
            dir.toString(),
            "PYTHONUNBUFFERED",
            "1");
    String superset = venv.resolve("bin/superset").toString();
    run(dir, env, Duration.ofMinutes(5), superset, "db", "upgrade");
    run(
        dir,
        env,
        Duration.ofMinutes(2),
        superset,
        "fab",
        "create-admin",
        "--username",
        USER,
        "--firstname",
        "Quản trị",
        "--lastname",
        "CCHC",
        "--email",
        "admin@example.org",
        "--password",
        password);
    run(dir, env, Duration.ofMinutes(5), superset, "init");

    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path log = dir.resolve("superset.log");
    ProcessBuilder pb =
        new ProcessBuilder(
                venv.resolve("bin/gunicorn").toString(),
                "--workers",
                "1",
                "--threads",
                "4",
                "--bind",
                "127.0.0.1:" + port,
                "--timeout",
                "120",
                "superset.app:create_app()")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    pb.environment().putAll(env);
    SupersetServer server =
        new SupersetServer(pb.start(), URI.create("http://127.0.0.1:" + port), password, log);
    try {
      server.awaitHealthy();
    } catch (IOException | RuntimeException e) {
      server.close();
      throw e;
    }
    return server;
  }

  private void awaitHealthy() throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + STARTUP.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("Superset exited with " + process.exitValue() + ":\n" + logTail());
      }
      try {
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(url.resolve("/health"))
                    .timeout(Duration.ofSeconds(5))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IOException("Superset did not become healthy within " + STARTUP + ":\n" + logTail());
  }

  String logTail() {
    try {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    } catch (IOException e) {
      return "(no log: " + e + ")";
    }
  }

  /** Stops gunicorn and its workers: TERM to the tree, KILL after ten seconds. */
  @Override
  public void close() {
    List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroy);
    for (ProcessHandle p : tree) {
      try {
        p.onExit().get(10, TimeUnit.SECONDS);
      } catch (Exception e) {
        p.destroyForcibly();
      }
    }
  }

  private static void run(Path dir, Map<String, String> env, Duration timeout, String... command)
      throws IOException, InterruptedException {
    Path out = Files.createTempFile("cchc-superset-cmd", ".log");
    ProcessBuilder pb =
        new ProcessBuilder(command)
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .redirectOutput(out.toFile());
    pb.environment().putAll(env);
    Process p = pb.start();
    if (!p.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      throw new IOException("Timed out after " + timeout + ": " + String.join(" ", command));
    }
    String output = Files.readString(out);
    Files.deleteIfExists(out);
    if (p.exitValue() != 0) {
      throw new IOException(
          "Failed ("
              + p.exitValue()
              + "): "
              + String.join(" ", command)
              + "\n"
              + output.substring(Math.max(0, output.length() - 4000)));
    }
  }

  static String resource(String name) throws IOException {
    try (InputStream in = SupersetServer.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new IOException("Cannot find resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
