package vn.cchc.superset.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.superset.bundle.Json;

/**
 * Superset's REST API as its pinned version serves it: bearer token from {@code
 * /api/v1/security/login}, CSRF token with its session cookie from {@code
 * /api/v1/security/csrf_token/}, and on every write the bearer, the {@code X-CSRFToken}, the same
 * cookie and a {@code Referer} on the instance.
 */
public final class SupersetClient {
  /** The Superset line we test against; others are refused rather than half-provisioned. */
  public static final String SUPPORTED_VERSION = "6.0";

  /**
   * Superset 6.0 has no version endpoint in its OpenAPI ({@code /api/v1/_openapi}); every build
   * serves this file without login (it also feeds the "About" menu).
   */
  static final String VERSION_PATH = "/static/version_info.json";

  private final URI base;
  private final HttpClient http;
  private final Duration timeout;
  private String bearer;
  private String csrf;

  public SupersetClient(URI base, Duration timeout) {
    String s = base.toString();
    this.base = URI.create(s.endsWith("/") ? s.substring(0, s.length() - 1) : s);
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(timeout)
            .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public URI base() {
    return base;
  }

  /** The version the instance reports, e.g. {@code 6.0.0}. */
  public String version() {
    HttpResponse<String> r =
        send(HttpRequest.newBuilder(uri(VERSION_PATH)).GET(), "đọc phiên bản Superset");
    JsonNode body = r.statusCode() == 200 ? tryParse(r.body()) : null;
    if (body == null || !body.path("version").isTextual()) {
      throw new CchcException(
          ErrorCode.EXTERNAL_SERVICE,
          "Không thể xác định phiên bản Superset tại "
              + base
              + ": "
              + VERSION_PATH
              + " trả về HTTP "
              + r.statusCode()
              + " — địa chỉ này có phải là Superset không?");
    }
    return body.path("version").asText();
  }

  /** Refuses a Superset outside the supported line, before anything is written. */
  public String requireSupportedVersion() {
    String version = version();
    if (!version.equals(SUPPORTED_VERSION) && !version.startsWith(SUPPORTED_VERSION + ".")) {
      throw new CchcException(
          ErrorCode.EXTERNAL_SERVICE,
          "Không thể đồng bộ với Superset "
              + version
              + " tại "
              + base
              + ": chỉ hỗ trợ Superset "
              + SUPPORTED_VERSION
              + ".x (API nhập/xuất thay đổi giữa các phiên bản)."
              + " Hãy dùng './cchc superset bundle' và nhập tệp bằng tay, hoặc nâng cấp công cụ.");
    }
    return version;
  }

  public void login(String user, String password) {
    String body =
        Json.write(
            Map.of("username", user, "password", password, "provider", "db", "refresh", false));
    HttpResponse<String> r =
        send(
            HttpRequest.newBuilder(uri("/api/v1/security/login"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)),
            "đăng nhập Superset");
    if (r.statusCode() == 401 || r.statusCode() == 400 || r.statusCode() == 403) {
      throw new CchcException(
          ErrorCode.EXTERNAL_SERVICE,
          "Không thể đăng nhập Superset tại "
              + base
              + ": sai tên đăng nhập hoặc mật khẩu của người dùng '"
              + user
              + "' (HTTP "
              + r.statusCode()
              + ")");
    }
    JsonNode token = ok(r, "đăng nhập Superset").path("access_token");
    if (!token.isTextual()) {
      throw new CchcException(
          ErrorCode.EXTERNAL_SERVICE,
          "Không thể đăng nhập Superset tại " + base + ": câu trả lời không có access_token");
    }
    bearer = token.asText();
    JsonNode c =
        ok(
            send(authorized(uri("/api/v1/security/csrf_token/")).GET(), "lấy mã CSRF"),
            "lấy mã CSRF");
    csrf = c.path("result").asText();
  }

  public JsonNode get(String path) {
    return ok(send(authorized(uri(path)).GET(), "đọc " + path), "đọc " + path);
  }

  /** GET that answers null on 404 (an asset that does not exist). */
  public JsonNode find(String path) {
    HttpResponse<String> r = send(authorized(uri(path)).GET(), "đọc " + path);
    return r.statusCode() == 404 ? null : ok(r, "đọc " + path);
  }

  public JsonNode put(String path, Object body) {
    return ok(
        send(
            writing(uri(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(Json.write(body))),
            "cập nhật " + path),
        "cập nhật " + path);
  }

  public JsonNode post(String path, Object body) {
    return ok(
        send(
            writing(uri(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))),
            "gửi " + path),
        "gửi " + path);
  }

  public void delete(String path) {
    HttpResponse<String> r = send(writing(uri(path)).DELETE(), "xoá " + path);
    if (r.statusCode() != 404) {
      ok(r, "xoá " + path);
    }
  }

  /**
   * POST /api/v1/assets/import/ with overwrite: the whole bundle in one transaction on Superset's
   * side.
   */
  public JsonNode importAssets(byte[] bundle) {
    String boundary = "cchc-" + UUID.randomUUID();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    part(body, boundary, "bundle", "cchc_superset.zip", "application/zip", bundle);
    part(body, boundary, "passwords", null, null, "{}".getBytes(StandardCharsets.UTF_8));
    part(body, boundary, "overwrite", null, null, "true".getBytes(StandardCharsets.UTF_8));
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> r =
        send(
            writing(uri("/api/v1/assets/import/"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .timeout(timeout.multipliedBy(4))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
            "nhập gói tài sản");
    return ok(r, "nhập gói tài sản vào Superset");
  }

  public static String rison(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static void part(
      ByteArrayOutputStream out,
      String boundary,
      String name,
      String fileName,
      String contentType,
      byte[] content) {
    StringBuilder head =
        new StringBuilder("--")
            .append(boundary)
            .append("\r\n")
            .append("Content-Disposition: form-data; name=\"")
            .append(name)
            .append('"');
    if (fileName != null) {
      head.append("; filename=\"").append(fileName).append('"');
    }
    head.append("\r\n");
    if (contentType != null) {
      head.append("Content-Type: ").append(contentType).append("\r\n");
    }
    head.append("\r\n");
    out.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
    out.writeBytes(content);
    out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private URI uri(String path) {
    return URI.create(base + path);
  }

  private HttpRequest.Builder authorized(URI uri) {
    if (bearer == null) {
      throw new IllegalStateException("Cannot call " + uri + " before login");
    }
    return HttpRequest.newBuilder(uri)
        .timeout(timeout)
        .header("Authorization", "Bearer " + bearer)
        .header("Accept", "application/json");
  }

  private HttpRequest.Builder writing(URI uri) {
    return authorized(uri).header("X-CSRFToken", csrf).header("Referer", base + "/");
  }

  private HttpResponse<String> send(HttpRequest.Builder request, String what) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpConnectTimeoutException | ConnectException e) {
      throw new CchcException(
          ErrorCode.EXTERNAL_SERVICE,
          "Không thể kết nối tới Superset tại "
              + base
              + " để "
              + what
              + ": máy chủ không trả lời (sai địa chỉ, hoặc Superset chưa chạy)",
          e);
    } catch (HttpTimeoutException e) {
      throw new CchcException(
          ErrorCode.EXTERNAL_SERVICE,
          "Không thể "
              + what
              + " tại "
              + base
              + ": Superset không trả lời sau "
              + timeout.toSeconds()
              + " giây",
          e);
    } catch (IOException e) {
      throw new CchcException(
          ErrorCode.EXTERNAL_SERVICE, "Không thể " + what + " tại " + base + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CchcException(ErrorCode.EXTERNAL_SERVICE, "Không thể " + what + ": bị ngắt", e);
    }
  }

  private JsonNode ok(HttpResponse<String> r, String what) {
    int status = r.statusCode();
    if (status / 100 == 2) {
      JsonNode body = tryParse(r.body());
      return body == null ? Json.tree(Map.of()) : body;
    }
    String detail = r.body() == null ? "" : r.body().strip();
    if (detail.length() > 600) {
      detail = detail.substring(0, 600) + "…";
    }
    if (status == 401) {
      throw new CchcException(
          ErrorCode.EXTERNAL_SERVICE,
          "Không thể " + what + " tại " + base + ": phiên đăng nhập bị từ chối (HTTP 401)");
    }
    if (status == 403) {
      throw new CchcException(
          ErrorCode.EXTERNAL_SERVICE,
          "Không thể "
              + what
              + " tại "
              + base
              + ": người dùng không có quyền (HTTP 403) "
              + detail);
    }
    throw new CchcException(
        ErrorCode.EXTERNAL_SERVICE,
        "Không thể " + what + " tại " + base + ": HTTP " + status + " " + detail);
  }

  private static JsonNode tryParse(String body) {
    try {
      return body == null || body.isBlank() ? null : Json.parse(body);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
