package vn.cchc.superset;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's failures: each a clear Vietnamese message and its exit code, nothing
 * provisioned.
 */
class SupersetCliTest {
  @TempDir Path dir;
  private Path warehouse;

  /**
   * A stand-in catalog: the CLI reads only the latest index year from it before talking to
   * Superset.
   */
  @BeforeEach
  void catalog() throws Exception {
    warehouse = dir.resolve("warehouse");
    Files.createDirectories(warehouse);
    try (Connection c =
            DriverManager.getConnection("jdbc:duckdb:" + warehouse.resolve("catalog.duckdb"));
        Statement st = c.createStatement()) {
      st.execute("CREATE TABLE index_scores AS SELECT * FROM (VALUES (2024), (2025)) t(year)");
    }
  }

  @Test
  void aClosedPortIsReportedAsSupersetUnreachable() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Run r =
        run(
            Map.of("SUPERSET_PASSWORD", "x"),
            "sync",
            "--url",
            "http://127.0.0.1:" + port,
            "--user",
            "admin",
            "--warehouse",
            warehouse.toString());
    assertThat(r.exit).isEqualTo(SupersetCli.SUPERSET);
    assertThat(r.err)
        .contains(
            "Không thể kết nối tới Superset tại http://127.0.0.1:"
                + port
                + " để đọc phiên bản Superset: máy chủ không trả lời (sai địa chỉ, hoặc Superset chưa chạy)");
    assertThat(r.out).isEmpty();
  }

  @Test
  void anUnsupportedVersionIsRefusedBeforeLoggingIn() throws Exception {
    List<String> requests = new CopyOnWriteArrayList<>();
    HttpServer server = versionServer("5.0.0", requests);
    try {
      Run r =
          run(
              Map.of("SUPERSET_PASSWORD", "x"),
              "sync",
              "--url",
              url(server),
              "--user",
              "admin",
              "--warehouse",
              warehouse.toString());
      assertThat(r.exit).isEqualTo(SupersetCli.SUPERSET);
      assertThat(r.err)
          .contains(
              "Không thể đồng bộ với Superset 5.0.0 tại "
                  + url(server)
                  + ": chỉ hỗ trợ Superset 6.0.x");
      assertThat(requests).containsExactly("GET /static/version_info.json");
      assertThat(r.out).isEmpty();
    } finally {
      server.stop(0);
    }
  }

  @Test
  void aServerThatIsNotSupersetIsReportedAsSuch() throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        ex -> {
          ex.sendResponseHeaders(404, -1);
          ex.close();
        });
    server.start();
    try {
      Run r =
          run(
              Map.of("SUPERSET_PASSWORD", "x"),
              "sync",
              "--url",
              url(server),
              "--user",
              "admin",
              "--warehouse",
              warehouse.toString());
      assertThat(r.exit).isEqualTo(SupersetCli.SUPERSET);
      assertThat(r.err)
          .contains(
              "Không thể xác định phiên bản Superset tại "
                  + url(server)
                  + ": /static/version_info.json trả về HTTP 404 — địa chỉ này có phải là Superset không?");
    } finally {
      server.stop(0);
    }
  }

  @Test
  void missingArgumentsAreUsageErrors() {
    Run noUrl = run(Map.of(), "sync", "--user", "admin", "--warehouse", warehouse.toString());
    assertThat(noUrl.exit).isEqualTo(SupersetCli.USAGE);
    assertThat(noUrl.err).startsWith("Thiếu --url").contains("Cách dùng:");

    Run badUrl = run(Map.of(), "sync", "--url", "localhost:8088", "--user", "admin");
    assertThat(badUrl.exit).isEqualTo(SupersetCli.USAGE);
    assertThat(badUrl.err).startsWith("Không thể hiểu địa chỉ Superset --url: localhost:8088");

    Run unknown = run(Map.of(), "bundle", "--output", "x.zip");
    assertThat(unknown.exit).isEqualTo(SupersetCli.USAGE);
    assertThat(unknown.err).startsWith("Không thể hiểu tham số: --output");

    Run noPassword =
        run(
            Map.of(),
            "sync",
            "--url",
            "http://127.0.0.1:9",
            "--user",
            "admin",
            "--warehouse",
            warehouse.toString());
    assertThat(noPassword.exit).isEqualTo(SupersetCli.USAGE);
    assertThat(noPassword.err).startsWith("Thiếu mật khẩu Superset: đặt biến SUPERSET_PASSWORD");
  }

  @Test
  void aWarehouseWithoutCatalogIsAUsageError() {
    Run r =
        run(
            Map.of(),
            "bundle",
            "--out",
            dir.resolve("b.zip").toString(),
            "--warehouse",
            dir.resolve("empty").toString());
    assertThat(r.exit).isEqualTo(SupersetCli.USAGE);
    assertThat(r.err)
        .startsWith(
            "Không thể tìm thấy catalog DuckDB của kho: "
                + dir.resolve("empty").resolve("catalog.duckdb"));
  }

  @Test
  void bundleWritesTheSameFileEveryTime() throws Exception {
    Path a = dir.resolve("a.zip");
    Path b = dir.resolve("out/b.zip");
    assertThat(
            run(Map.of(), "bundle", "--out", a.toString(), "--warehouse", warehouse.toString())
                .exit)
        .isZero();
    Run r = run(Map.of(), "bundle", "--out", b.toString(), "--warehouse", warehouse.toString());
    assertThat(r.exit).isZero();
    assertThat(r.out)
        .contains(
            "Đã ghi gói tài sản Superset " + b, "duckdb:///" + warehouse.resolve("catalog.duckdb"));
    assertThat(Files.readAllBytes(b)).isEqualTo(Files.readAllBytes(a));
  }

  @Test
  void theWarehouseComesFromCchcWarehouseWhenNoOptionNamesIt() {
    Path zip = dir.resolve("env.zip");
    Run r = run(Map.of("CCHC_WAREHOUSE", warehouse.toString()), "bundle", "--out", zip.toString());
    assertThat(r.exit).as(r.err).isZero();
    assertThat(r.out).contains("duckdb:///" + warehouse.resolve("catalog.duckdb"));
    assertThat(zip).isRegularFile();
  }

  @Test
  void helpAfterTheSubcommandPrintsTheUsage() {
    Run r = run(Map.of(), "sync", "--help");
    assertThat(r.exit).isEqualTo(SupersetCli.OK);
    assertThat(r.out).startsWith("Cách dùng:").contains("cchc superset bundle --out TỆP.zip");
  }

  private static HttpServer versionServer(String version, List<String> requests) throws Exception {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        ex -> {
          requests.add(ex.getRequestMethod() + " " + ex.getRequestURI().getPath());
          byte[] body =
              ("{\"GIT_SHA\": \"\", \"version\": \"" + version + "\"}")
                  .getBytes(StandardCharsets.UTF_8);
          boolean known = ex.getRequestURI().getPath().equals("/static/version_info.json");
          ex.getResponseHeaders().add("Content-Type", "application/json");
          ex.sendResponseHeaders(known ? 200 : 404, known ? body.length : -1);
          if (known) {
            ex.getResponseBody().write(body);
          }
          ex.close();
        });
    server.start();
    return server;
  }

  private static String url(HttpServer server) {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  private static Run run(Map<String, String> env, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        SupersetCli.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            () -> null,
            args);
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Run(int exit, String out, String err) {}
}
