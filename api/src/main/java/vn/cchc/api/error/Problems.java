package vn.cchc.api.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import vn.cchc.model.error.ErrorCode;

/** RFC 9457 problem details with Vietnamese titles, built the same way for controllers and security filters. */
public final class Problems {
  private Problems() {}

  public static final String MEDIA_TYPE = "application/problem+json";
  static final String TYPE_BASE = "https://cchc.vn/problems/";

  public static ProblemDetail of(HttpStatus status, String code, String detail, HttpServletRequest request) {
    ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
    p.setTitle(title(status));
    p.setType(URI.create(TYPE_BASE + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-')));
    p.setProperty("code", code);
    if (request != null) {
      p.setInstance(URI.create(request.getRequestURI()));
    }
    return p;
  }

  public static HttpStatus status(ErrorCode code) {
    return switch (code) {
      case NOT_FOUND -> HttpStatus.NOT_FOUND;
      case FORBIDDEN -> HttpStatus.FORBIDDEN;
      case INVALID_ARGUMENT, INVALID_INPUT, FILE_REFUSED, UNKNOWN_TABLE -> HttpStatus.BAD_REQUEST;
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
      default -> status.is5xxServerError() ? "Lỗi máy chủ" : status.getReasonPhrase();
    };
  }

  /** Writes a problem straight to the response, for filters that run before Spring MVC. */
  public static void write(HttpServletResponse response, ObjectMapper json, ProblemDetail p) throws IOException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", p.getType());
    body.put("title", p.getTitle());
    body.put("status", p.getStatus());
    body.put("detail", p.getDetail());
    body.put("instance", p.getInstance());
    if (p.getProperties() != null) {
      body.putAll(p.getProperties());
    }
    response.setStatus(p.getStatus());
    response.setContentType(MEDIA_TYPE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    json.writeValue(response.getOutputStream(), body);
  }
}
