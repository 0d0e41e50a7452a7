package vn.cchc.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.cchc.testsupport.Repo;

/** Calls a real server on loopback as one of the demo accounts (or nobody). */
public abstract class HttpTestBase {
  protected static final ObjectMapper JSON = new ObjectMapper();
  protected static final HttpClient HTTP =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(10))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  @LocalServerPort protected int port;

  protected static Path auditFile() {
    return Repo.root().resolve("api/target/test-sql-audit.jsonl");
  }

  /** The audit of sign-ins and exports of the shared test server. */
  protected static Path eventAuditFile() {
    return Repo.root().resolve("api/target/test-audit.jsonl");
  }

  /** The local user store of the shared test server (empty at its start). */
  protected static Path userStore() {
    return Repo.root().resolve("api/target/test-users/users.json");
  }

  /** The accounts of the demo profile, and nobody. */
  public enum Caller {
    ANONYMOUS(null, null),
    VIEWER("viewer", "xem-demo"),
    ANALYST("analyst", "phantich-demo"),
    ADMIN("admin", "quantri-demo"),
    /** The demo's unit official: An Giang's Department of Home Affairs (91-SNV) from 2025. */
    UNIT("donvi", "donvi-demo");

    final String user;
    final String password;

    Caller(String user, String password) {
      this.user = user;
      this.password = password;
    }

    HttpRequest.Builder sign(HttpRequest.Builder b) {
      if (user != null) {
        b.header(
            "Authorization",
            "Basic "
                + Base64.getEncoder()
                    .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
      }
      return b;
    }
  }

  public record Answer(int status, String contentType, byte[] body, HttpResponse<byte[]> raw) {
    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("Not JSON (" + status + "): " + text(), e);
      }
    }
  }

  protected String base() {
    return "http://127.0.0.1:" + port;
  }

  protected Answer get(Caller caller, String path) {
    return send(caller.sign(HttpRequest.newBuilder(URI.create(base() + path))).GET().build());
  }

  /** A request without a body, with extra headers given as name, value, name, value… */
  protected Answer request(Caller caller, String method, String path, String... headers) {
    HttpRequest.Builder b = caller.sign(HttpRequest.newBuilder(URI.create(base() + path)));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return send(b.method(method, HttpRequest.BodyPublishers.noBody()).build());
  }

  protected JsonNode getJson(String path) {
    Answer a = get(Caller.VIEWER, path);
    if (a.status() != 200) {
      throw new AssertionError("GET " + path + " → " + a.status() + ": " + a.text());
    }
    return a.json();
  }

  protected Answer postSql(Caller caller, String sql, String query) {
    try {
      String body = JSON.writeValueAsString(java.util.Map.of("sql", sql));
      return send(
          caller
              .sign(HttpRequest.newBuilder(URI.create(base() + "/api/v1/sql" + query)))
              .header("Content-Type", "application/json")
              .POST(HttpRequest.BodyPublishers.ofString(body))
              .build());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  protected static Answer send(HttpRequest request) {
    try {
      HttpResponse<byte[]> r = HTTP.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Answer(
          r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r);
    } catch (IOException e) {
      throw new AssertionError("Cannot reach " + request.uri() + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
