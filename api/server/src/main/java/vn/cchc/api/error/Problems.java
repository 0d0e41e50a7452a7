package vn.cchc.api.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import vn.cchc.model.error.ErrorCode;

/**
 * RFC 9457 problem details with Vietnamese titles, built the same way for controllers and security
 * filters.
 */
public final class Problems {
  private Problems() {}

  public static final String MEDIA_TYPE = "application/problem+json";
  static final String TYPE_BASE = "https://cchc.vn/problems/";
  static final int MAX_INSTANCE_LENGTH = 512;

  public static ProblemDetail of(
      HttpStatus status, String code, String detail, HttpServletRequest request) {
    return of(status.value(), code, detail, request);
  }

  public static ProblemDetail of(
      int status, String code, String detail, HttpServletRequest request) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
    p.setTitle(title(status));
    p.setType(URI.create(TYPE_BASE + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    p.setProperty("code", code);
    if (request != null) {
      instance(request.getRequestURI()).ifPresent(p::setInstance);
    }
    return p;
  }

  /**
   * The request path as the problem's instance, unless it is too long or not a valid URI reference.
   */
  static Optional<URI> instance(String path) {
    if (path == null
        || path.isEmpty()
        || path.length() > MAX_INSTANCE_LENGTH
        || !path.startsWith("/")
        || path.startsWith("//")) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(path));
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }

  public static HttpStatus status(ErrorCode code) {
    return switch (code) {
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case INVALID_ARGUMENT, INVALID_INPUT, FILE_REFUSED -> HttpStatus.BAD_REQUEST;
      case IO_ERROR, EXTERNAL_SERVICE -> HttpStatus.SERVICE_UNAVAILABLE;
      case WAREHOUSE_INCONSISTENT, INTERNAL_ERROR -> HttpStatus.INTERNAL_SERVER_ERROR;
    };
  }

  static String title(HttpStatus status) {
    return switch (status) {
      case BAD_REQUEST -> "Yêu cầu không hợp lệ";
      case UNAUTHORIZED -> "Chưa đăng nhập";
      case FORBIDDEN -> "Không có quyền";
      case NOT_FOUND -> "Không tìm thấy";
      case METHOD_NOT_ALLOWED -> "Phương thức không được hỗ trợ";
      case NOT_ACCEPTABLE -> "Định dạng không được hỗ trợ";
      case UNSUPPORTED_MEDIA_TYPE -> "Kiểu dữ liệu gửi lên không được hỗ trợ";
      case SERVICE_UNAVAILABLE -> "Dịch vụ tạm thời không sẵn sàng";
      case NOT_IMPLEMENTED -> "Phương thức không được hỗ trợ";
      case HTTP_VERSION_NOT_SUPPORTED -> "Phiên bản HTTP không được hỗ trợ";
      case PAYLOAD_TOO_LARGE, URI_TOO_LONG, REQUEST_HEADER_FIELDS_TOO_LARGE -> "Yêu cầu quá lớn";
      default -> status.is5xxServerError() ? "Lỗi máy chủ" : "Yêu cầu không hợp lệ";
    };
  }

  /** The problem code for a bare status, when nothing more specific is known. */
  static String codeFor(int status) {
    return switch (status) {
      case 401 -> "UNAUTHENTICATED";
      case 403 -> ErrorCode.FORBIDDEN.name();
      case 404 -> ErrorCode.NOT_FOUND.name();
      case 405, 501 -> "METHOD_NOT_ALLOWED";
      case 413, 414, 431 -> "REQUEST_TOO_LARGE";
      case 415 -> "UNSUPPORTED_MEDIA_TYPE";
      case 505 -> "HTTP_VERSION_NOT_SUPPORTED";
      default -> status >= 500 ? ErrorCode.INTERNAL_ERROR.name() : "INVALID_REQUEST";
    };
  }

  /** A Vietnamese detail for a bare status, when nothing more specific is known. */
  static String detailFor(int status, String method) {
    return switch (status) {
      case 400 -> "Không thể xử lý yêu cầu: yêu cầu không hợp lệ";
      case 401 -> "Không thể truy cập: cần đăng nhập";
      case 403 -> "Không thể truy cập: tài khoản không có quyền";
      case 404 -> "Không tìm thấy địa chỉ được yêu cầu";
      case 405, 501 ->
          "Không thể xử lý phương thức HTTP"
              + (method != null && method.matches("[A-Z]{1,16}") ? " " + method : "")
              + ": máy chủ chỉ nhận GET, HEAD và POST";
      case 408 -> "Không thể nhận hết yêu cầu trong thời gian cho phép";
      case 413, 414, 431 -> "Không thể xử lý yêu cầu: yêu cầu dài quá giới hạn của máy chủ";
      case 415 -> "Không thể đọc nội dung yêu cầu: hãy gửi application/json";
      case 505 -> "Không thể xử lý yêu cầu: máy chủ chỉ hỗ trợ HTTP/1.0 và HTTP/1.1";
      default ->
          status >= 500
              ? "Đã có lỗi nội bộ khi xử lý yêu cầu; lỗi đã được ghi lại để quản trị viên kiểm tra"
              : "Không thể xử lý yêu cầu (mã HTTP " + status + ")";
    };
  }

  /** The title for a status code that may have no {@link HttpStatus} constant. */
  static String title(int status) {
    HttpStatus known = HttpStatus.resolve(status);
    return known != null ? title(known) : status >= 500 ? "Lỗi máy chủ" : "Yêu cầu không hợp lệ";
  }

  /** Writes a problem straight to the response, for filters that run before Spring MVC. */
  public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail p)
      throws IOException {
    response.setStatus(p.getStatus());
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), body(p));
  }

  /** The JSON members of a problem, in the order RFC 9457 lists them, then the extensions. */
  static Map<String, Object> body(ProblemDetail p) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", p.getType());
    body.put("title", p.getTitle());
    body.put("status", p.getStatus());
    body.put("detail", p.getDetail());
    body.put("instance", p.getInstance());
    if (p.getProperties() != null) {
      body.putAll(p.getProperties());
    }
    return body;
  }
}
