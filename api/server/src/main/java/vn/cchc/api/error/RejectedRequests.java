package vn.cchc.api.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.stereotype.Component;
import vn.cchc.api.security.SecurityHeaders;

/**
 * What Spring Security's firewall refuses ({@code //}, {@code ;}, {@code %2e}, {@code ..}, a
 * backslash, TRACE or an unknown method, a header with control characters): Vietnamese problem
 * details written at once. The default handler sends a bare error status, which the container's
 * error dispatch — refused by the same firewall — leaves with an empty body.
 */
@Component
class RejectedRequests implements RequestRejectedHandler {
  private static final Logger LOG = LoggerFactory.getLogger(RejectedRequests.class);
  private static final Pattern METHOD = Pattern.compile("HTTP method \"([A-Za-z]{1,16})\"");
  private static final Pattern MALICIOUS =
      Pattern.compile("potentially malicious String \"([\\x21-\\x7e]{1,8})\"");

  private final ObjectMapper json;

  RejectedRequests(ObjectMapper json) {
    this.json = json;
  }

  @Override
  public void handle(
      HttpServletRequest request, HttpServletResponse response, RequestRejectedException e)
      throws IOException {
    LOG.info(
        "Từ chối yêu cầu {} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
    if (response.isCommitted()) {
      return;
    }
    response.reset();
    SecurityHeaders.apply(response);
    String detail = detail(String.valueOf(e.getMessage()));
    Problems.write(
        response,
        json,
        Problems.of(
            HttpStatus.BAD_REQUEST,
            detail.startsWith(METHOD_DETAIL) ? "METHOD_NOT_ALLOWED" : "INVALID_REQUEST",
            detail,
            request));
  }

  static final String METHOD_DETAIL = "Không thể xử lý phương thức HTTP";

  static String detail(String message) {
    Matcher m = METHOD.matcher(message);
    if (m.find()) {
      return METHOD_DETAIL + " " + m.group(1) + ": máy chủ chỉ nhận GET, HEAD và POST";
    }
    m = MALICIOUS.matcher(message);
    if (m.find()) {
      return "Không thể xử lý địa chỉ yêu cầu: địa chỉ có chuỗi \""
          + m.group(1)
          + "\" không được phép";
    }
    if (message.contains("not normalized")) {
      return "Không thể xử lý địa chỉ yêu cầu: địa chỉ chưa được chuẩn hóa (có /./, /../ hoặc //)";
    }
    if (message.contains("printable ASCII")) {
      return "Không thể xử lý địa chỉ yêu cầu: địa chỉ chỉ được chứa ký tự ASCII in được (hãy mã hóa dạng %XX)";
    }
    if (message.contains("header")) {
      return "Không thể xử lý yêu cầu: tiêu đề HTTP có ký tự không được phép";
    }
    if (message.contains("parameter")) {
      return "Không thể xử lý yêu cầu: tên hoặc giá trị tham số có ký tự không được phép";
    }
    if (message.contains("domain")) {
      return "Không thể xử lý yêu cầu: tên máy chủ (Host) không được chấp nhận";
    }
    return "Không thể xử lý yêu cầu: yêu cầu bị bộ lọc an toàn của máy chủ từ chối";
  }
}
