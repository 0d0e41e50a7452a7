package vn.cchc.api.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.cchc.api.ServerTestBase;
import vn.cchc.api.security.SecurityHeaders;

/**
 * Issue 15, acceptance 4: every malformed request a client can send — refused by Tomcat before
 * Spring sees it, by Spring Security's firewall, by the servlet container's error dispatch or by
 * the JSON reader — is answered with Vietnamese {@code application/problem+json}, never Tomcat's
 * English HTML, an empty body or Spring Boot's generic JSON, and never with a Java class name. Sent
 * over a raw socket, so that no client library normalises the request first.
 */
class MalformedRequestsTest extends ServerTestBase {
  static final Pattern JAVA_NAME =
      Pattern.compile(
          "\\b(java|javax|jakarta|org\\.apache|org\\.springframework|com\\.fasterxml|org\\.duckdb|vn\\.cchc)\\.[a-z]|Exception|Tomcat");

  /** Letters only Vietnamese has (ư, ơ, đ, ậ, ể, …): an English text has none of them. */
  static final Pattern VIETNAMESE = Pattern.compile("[ăâđêôơưĂÂĐÊÔƠƯ\\u1EA0-\\u1EF9]");

  static final String ANALYST =
      "Authorization: Basic "
          + Base64.getEncoder()
              .encodeToString("analyst:phantich-demo".getBytes(StandardCharsets.UTF_8))
          + "\r\n";

  record Malformed(String name, byte[] request, int status, String detailStart) {}

  static List<Malformed> requests() {
    return List.of(
        get(
            "bad %-escape",
            "/api/v1/health%zz",
            400,
            "Không thể xử lý yêu cầu: dòng yêu cầu, địa chỉ hoặc tiêu đề HTTP không hợp lệ"),
        get(
            "%00 in the path",
            "/api/v1/%00health",
            400,
            "Không thể xử lý yêu cầu: dòng yêu cầu, địa chỉ hoặc tiêu đề HTTP không hợp lệ"),
        get(
            "%2f in the path",
            "/api/v1%2fhealth",
            400,
            "Không thể xử lý yêu cầu: dòng yêu cầu, địa chỉ hoặc tiêu đề HTTP không hợp lệ"),
        get(
            "%2e%2e in the path",
            "/dashboard/%2e%2e/%2e%2e/etc/passwd",
            400,
            "Không thể xử lý yêu cầu: dòng yêu cầu, địa chỉ hoặc tiêu đề HTTP không hợp lệ"),
        get(
            "backslash",
            "/api/v1\\health",
            400,
            "Không thể xử lý yêu cầu: dòng yêu cầu, địa chỉ hoặc tiêu đề HTTP không hợp lệ"),
        get(
            ".. in the path",
            "/api/v1/../../etc/passwd",
            400,
            "Không thể xử lý địa chỉ yêu cầu: địa chỉ chưa được chuẩn hóa"),
        get(
            "//",
            "//api/v1/health",
            400,
            "Không thể xử lý địa chỉ yêu cầu: địa chỉ có chuỗi \"//\" không được phép"),
        get(
            ";",
            "/api/v1/health;jsessionid=1",
            400,
            "Không thể xử lý địa chỉ yêu cầu: địa chỉ có chuỗi \";\" không được phép"),
        get(
            "%2e",
            "/api/v1/%2e/health",
            400,
            "Không thể xử lý địa chỉ yêu cầu: địa chỉ có chuỗi \"%2e\" không được phép"),
        get(
            "request line over 8 KB",
            "/api/v1/health?x=" + "a".repeat(9000),
            400,
            "Không thể xử lý yêu cầu: dòng yêu cầu hoặc tiêu đề HTTP dài quá giới hạn của máy chủ"),
        raw(
            "header over 8 KB",
            "GET /api/v1/health HTTP/1.1\r\n" + HOST + "X-Big: " + "b".repeat(10_000) + "\r\n\r\n",
            400,
            "Không thể xử lý yêu cầu: dòng yêu cầu hoặc tiêu đề HTTP dài quá giới hạn của máy chủ"),
        raw(
            "header with a space in its name",
            "GET /api/v1/health HTTP/1.1\r\n" + HOST + "Bad Header: x\r\n\r\n",
            400,
            "Không thể xử lý yêu cầu: dòng yêu cầu, địa chỉ hoặc tiêu đề HTTP không hợp lệ"),
        raw(
            "no Host header",
            "GET /api/v1/health HTTP/1.1\r\nConnection: close\r\n\r\n",
            400,
            "Không thể xử lý yêu cầu: dòng yêu cầu, địa chỉ hoặc tiêu đề HTTP không hợp lệ"),
        raw(
            "HTTP/9.9",
            "GET /api/v1/health HTTP/9.9\r\n" + HOST + "\r\n",
            505,
            "Không thể xử lý yêu cầu: máy chủ chỉ hỗ trợ HTTP/1.0 và HTTP/1.1"),
        raw(
            "TLS on the plain port",
            "\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\u00a1\u0003\u0003garbage\r\n\r\n",
            400,
            "Không thể xử lý yêu cầu: dòng yêu cầu, địa chỉ hoặc tiêu đề HTTP không hợp lệ"),
        raw(
            "CONNECT",
            "CONNECT 127.0.0.1:443 HTTP/1.1\r\n" + HOST + "\r\n",
            501,
            "Không thể xử lý phương thức HTTP CONNECT: máy chủ chỉ nhận GET, HEAD và POST"),
        method(
            "TRACE",
            "/api/v1/health",
            400,
            "Không thể xử lý phương thức HTTP TRACE: máy chủ chỉ nhận GET, HEAD và POST"),
        method(
            "FOO",
            "/api/v1/health",
            400,
            "Không thể xử lý phương thức HTTP FOO: máy chủ chỉ nhận GET, HEAD và POST"),
        method(
            "DELETE",
            "/api/v1/health",
            405,
            "Không thể dùng phương thức DELETE cho /api/v1/health"),
        get("GET /error", "/error", 404, "Không tìm thấy địa chỉ: /error"),
        get(
            "unknown address",
            "/api/v1/khong-co",
            401,
            "Không thể truy cập /api/v1/khong-co: cần đăng nhập"),
        sql(
            "duplicate JSON key",
            "application/json",
            "{\"sql\": \"SELECT 1\", \"sql\": \"SELECT 2\"}",
            400,
            "Không thể đọc nội dung yêu cầu: khóa \"sql\" xuất hiện hai lần"),
        sql(
            "number for sql",
            "application/json",
            "{\"sql\": 5}",
            400,
            "Không thể đọc nội dung yêu cầu: giá trị của khóa \"sql\" không đúng kiểu"),
        sql(
            "boolean for sql",
            "application/json",
            "{\"sql\": true}",
            400,
            "Không thể đọc nội dung yêu cầu: giá trị của khóa \"sql\" không đúng kiểu"),
        sql(
            "object for sql",
            "application/json",
            "{\"sql\": {\"a\": 1}}",
            400,
            "Không thể đọc nội dung yêu cầu: giá trị của khóa \"sql\" không đúng kiểu"),
        sql(
            "array body",
            "application/json",
            "[\"SELECT 1\"]",
            400,
            "Không thể đọc nội dung yêu cầu: cần JSON dạng"),
        sql(
            "truncated JSON",
            "application/json",
            "{\"sql\": \"SELECT 1\"",
            400,
            "Không thể đọc nội dung yêu cầu: JSON không hợp lệ"),
        sql(
            "empty body",
            "application/json",
            "",
            400,
            "Không thể đọc nội dung yêu cầu: cần JSON dạng"),
        sql(
            "text body",
            "text/plain",
            "SELECT 1",
            415,
            "Không thể đọc nội dung kiểu text/plain: hãy gửi application/json"),
        sql(
            "unknown charset",
            "application/json; charset=khong-co",
            "{\"sql\": \"SELECT 1\"}",
            415,
            "Không thể đọc nội dung kiểu application/json; charset=khong-co: hãy gửi application/json"));
  }

  @Test
  void everyMalformedRequestGetsVietnameseProblemDetails() throws IOException {
    List<String> wrong = new ArrayList<>();
    for (Malformed m : requests()) {
      Response r = send(m.request());
      String problem = check(m, r);
      if (problem != null) {
        wrong.add(
            m.name()
                + ": "
                + problem
                + " — "
                + r.statusLine()
                + " "
                + r.headers()
                + " "
                + r.body());
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(send(get("health", "/api/v1/health", 200, "").request()).status()).isEqualTo(200);
  }

  /** Null when the answer is what it must be, else what is wrong with it. */
  static String check(Malformed m, Response r) {
    if (r.status() != m.status()) {
      return "status " + r.status() + ", expected " + m.status();
    }
    if (!r.header("content-type").toLowerCase(Locale.ROOT).startsWith(Problems.MEDIA_TYPE)) {
      return "content type " + r.header("content-type");
    }
    if (!SecurityHeaders.CONTENT_SECURITY_POLICY.equals(r.header("content-security-policy"))
        || !SecurityHeaders.REFERRER_POLICY.equals(r.header("referrer-policy"))) {
      return "security headers missing";
    }
    if (JAVA_NAME.matcher(r.body()).find()) {
      return "Java name in the body";
    }
    JsonNode body;
    try {
      body = JSON.readTree(r.body());
    } catch (IOException e) {
      return "body is not JSON";
    }
    if (body.path("status").asInt() != m.status()) {
      return "status member " + body.path("status");
    }
    if (!VIETNAMESE.matcher(body.path("title").asText()).find()) {
      return "title not Vietnamese";
    }
    if (!body.path("detail").asText().startsWith(m.detailStart())) {
      return "detail " + body.path("detail");
    }
    return null;
  }

  static final String HOST = "Host: 127.0.0.1\r\nConnection: close\r\n";

  static Malformed get(String name, String target, int status, String detail) {
    return raw(name, "GET " + target + " HTTP/1.1\r\n" + HOST + "\r\n", status, detail);
  }

  static Malformed method(String method, String target, int status, String detail) {
    return raw(method, method + " " + target + " HTTP/1.1\r\n" + HOST + "\r\n", status, detail);
  }

  static Malformed sql(String name, String contentType, String body, int status, String detail) {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return raw(
        name,
        "POST /api/v1/sql HTTP/1.1\r\n"
            + HOST
            + ANALYST
            + "Content-Type: "
            + contentType
            + "\r\n"
            + "Content-Length: "
            + bytes.length
            + "\r\n\r\n"
            + body,
        status,
        detail);
  }

  static Malformed raw(String name, String request, int status, String detail) {
    return new Malformed(name, request.getBytes(StandardCharsets.ISO_8859_1), status, detail);
  }

  /** A response as it came off the wire, the chunked encoding undone. */
  record Response(String statusLine, Map<String, String> headers, String body) {
    int status() {
      String[] parts = statusLine.split(" ");
      return parts.length > 1 && parts[1].matches("\\d{3}") ? Integer.parseInt(parts[1]) : -1;
    }

    String header(String name) {
      return headers.getOrDefault(name, "");
    }
  }

  Response send(byte[] request) throws IOException {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
      s.setSoTimeout(20_000);
      s.getOutputStream().write(request);
      s.getOutputStream().flush();
      return parse(readAll(s.getInputStream()));
    }
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buf = new byte[8192];
    try {
      for (int n; (n = in.read(buf)) >= 0; ) {
        out.write(buf, 0, n);
      }
    } catch (java.net.SocketException e) {
      // the server may reset the connection after answering a request it refused; what came before
      // counts
    }
    return out.toByteArray();
  }

  static Response parse(byte[] raw) {
    String all = new String(raw, StandardCharsets.ISO_8859_1);
    int end = all.indexOf("\r\n\r\n");
    if (end < 0) {
      return new Response(all.isEmpty() ? "(no answer)" : all, Map.of(), "");
    }
    String[] lines = all.substring(0, end).split("\r\n");
    Map<String, String> headers = new LinkedHashMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.put(
          lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
          lines[i].substring(colon + 1).trim());
    }
    byte[] body = java.util.Arrays.copyOfRange(raw, end + 4, raw.length);
    if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
      body = dechunk(body);
    }
    return new Response(lines[0], headers, new String(body, StandardCharsets.UTF_8));
  }

  private static byte[] dechunk(byte[] chunked) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int i = 0;
    while (i < chunked.length) {
      int lineEnd = indexOf(chunked, i);
      int size =
          Integer.parseInt(
              new String(chunked, i, lineEnd - i, StandardCharsets.ISO_8859_1).split(";")[0].trim(),
              16);
      if (size == 0) {
        break;
      }
      out.write(chunked, lineEnd + 2, size);
      i = lineEnd + 2 + size + 2;
    }
    return out.toByteArray();
  }

  private static int indexOf(byte[] b, int from) {
    for (int i = from; i < b.length - 1; i++) {
      if (b[i] == '\r' && b[i + 1] == '\n') {
        return i;
      }
    }
    return b.length;
  }
}
