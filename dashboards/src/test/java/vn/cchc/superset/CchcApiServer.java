package vn.cchc.superset;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.cchc.testsupport.Repo;

/**
 * Our own API (module api, Spring Boot) over the same warehouse, in its own JVM started from {@code
 * api/server/target}, with the demo accounts; the Superset charts are checked against its answers.
 */
final class CchcApiServer implements AutoCloseable {
  private final Process process;
  private final URI url;
  private final HttpClient http = HttpClient.newHttpClient();

  private CchcApiServer(Process process, URI url) {
    this.process = process;
    this.url = url;
  }

  static CchcApiServer start(Path warehouse, Path log) throws IOException, InterruptedException {
    Path api = Repo.root().resolve("api/server/target");
    if (!Files.isRegularFile(api.resolve("cchc-server.jar"))) {
      throw new IllegalStateException(
          "Cannot find " + api.resolve("cchc-server.jar") + ": build the api/server module first");
    }
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p =
        new ProcessBuilder(
                java.toString(),
                "-Xmx512m",
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-cp",
                api.resolve("cchc-server.jar") + ":" + api.resolve("lib") + "/*",
                "vn.cchc.api.ApiServer",
                "--warehouse",
                warehouse.toString(),
                "--port",
                String.valueOf(port),
                "--demo")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    CchcApiServer server = new CchcApiServer(p, URI.create("http://127.0.0.1:" + port));
    long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
    while (System.nanoTime() < deadline) {
      if (!p.isAlive()) {
        throw new IOException("The API exited with " + p.exitValue() + "; see " + log);
      }
      try {
        if (server
                .http
                .send(
                    HttpRequest.newBuilder(server.url.resolve("/api/v1/health")).build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode()
            == 200) {
          return server;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    server.close();
    throw new IOException("The API did not start within 90 s; see " + log);
  }

  /** GET as the demo viewer. */
  String get(String pathAndQuery) throws IOException, InterruptedException {
    String basic =
        Base64.getEncoder().encodeToString("viewer:xem-demo".getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        http.send(
            HttpRequest.newBuilder(url.resolve(pathAndQuery))
                .header("Authorization", "Basic " + basic)
                .header("Accept", "application/json")
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200) {
      throw new IOException(
          "GET " + pathAndQuery + " answered " + r.statusCode() + ": " + r.body());
    }
    return r.body();
  }

  @Override
  public void close() {
    List<ProcessHandle> tree = new java.util.ArrayList<>(process.descendants().toList());
    tree.add(process.toHandle());
    tree.forEach(ProcessHandle::destroy);
    try {
      if (!process.waitFor(15, TimeUnit.SECONDS)) {
        tree.forEach(ProcessHandle::destroyForcibly);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      tree.forEach(ProcessHandle::destroyForcibly);
    }
  }
}
