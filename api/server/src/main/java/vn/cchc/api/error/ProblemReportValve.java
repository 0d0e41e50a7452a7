package vn.cchc.api.error;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.springframework.http.ProblemDetail;
import vn.cchc.api.security.SecurityHeaders;

/**
 * Tomcat's own error report, for what Tomcat refuses before Spring sees it (a malformed request
 * line or {@code %}-escape, {@code %00} or {@code %2f} in the path, headers over the size limit,
 * CONNECT, an HTTP version it does not speak): Vietnamese problem details instead of Tomcat's
 * English HTML page.
 */
public class ProblemReportValve extends ErrorReportValve {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Override
  protected void report(Request request, Response response, Throwable throwable) {
    // the same guards as Tomcat's: nothing for non-errors, nothing over a body already written
    if (response.getStatus() < 400
        || response.getContentWritten() > 0
        || !response.setErrorReported()) {
      return;
    }
    AtomicBoolean ioAllowed = new AtomicBoolean(false);
    response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
    if (!ioAllowed.get()) {
      return;
    }
    int status = response.getStatus();
    ProblemDetail p =
        Problems.of(
            status,
            Problems.codeFor(status),
            detail(status, request.getMethod(), throwable, response.getMessage()),
            null);
    try {
      response.setContentType(Problems.MEDIA_TYPE);
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      SecurityHeaders.apply(response);
      PrintWriter writer = response.getReporter();
      if (writer != null) {
        writer.write(JSON.writeValueAsString(Problems.body(p)));
        response.finishResponse();
      }
    } catch (IOException | IllegalStateException e) {
      // the client is gone or the response was committed meanwhile: nothing more can be said
    }
  }

  static String detail(int status, String method, Throwable cause, String tomcatMessage) {
    if (status != 400) {
      return Problems.detailFor(status, method);
    }
    String why =
        ((cause == null ? "" : String.valueOf(cause.getMessage()))
                + " "
                + (tomcatMessage == null ? "" : tomcatMessage))
            .toLowerCase(Locale.ROOT);
    return why.contains("too large")
        ? "Không thể xử lý yêu cầu: dòng yêu cầu hoặc tiêu đề HTTP dài quá giới hạn của máy chủ"
        : "Không thể xử lý yêu cầu: dòng yêu cầu, địa chỉ hoặc tiêu đề HTTP không hợp lệ (ký tự lạ, mã %… sai, %00, %2F"
            + " hoặc .. trong địa chỉ)";
  }
}
