package vn.cchc.api.error;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The servlet container's error page, in place of Spring Boot's generic JSON: what a filter or the
 * container turned into an error status ends here as Vietnamese problem details. Opened directly,
 * {@code /error} is just an address that does not exist.
 */
@RestController
class ErrorPageController implements ErrorController {
  private static final Logger LOG = LoggerFactory.getLogger(ErrorPageController.class);

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    String uri = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (!(code instanceof Integer status) || status < 400) {
      return respond(
          Problems.of(
              HttpStatus.NOT_FOUND,
              "NOT_FOUND",
              "Không tìm thấy địa chỉ: " + request.getRequestURI(),
              request));
    }
    if (status >= 500) {
      LOG.error(
          "Lỗi tại {}", uri, (Throwable) request.getAttribute(RequestDispatcher.ERROR_EXCEPTION));
    }
    String detail =
        status == 404 && Problems.instance(uri).isPresent()
            ? "Không tìm thấy địa chỉ: " + uri
            : Problems.detailFor(status, request.getMethod());
    ProblemDetail p = Problems.of(status, Problems.codeFor(status), detail, null);
    Problems.instance(uri).ifPresent(p::setInstance);
    return respond(p);
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
    return ResponseEntity.status(p.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(p);
  }
}
