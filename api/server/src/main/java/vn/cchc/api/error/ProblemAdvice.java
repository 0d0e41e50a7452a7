package vn.cchc.api.error;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorType;
import vn.cchc.query.sql.SqlRefused;

/**
 * Every error of every endpoint becomes RFC 9457 problem details in Vietnamese; never a stack
 * trace.
 */
@RestControllerAdvice
public class ProblemAdvice {
  private static final Logger LOG = LoggerFactory.getLogger(ProblemAdvice.class);

  @ExceptionHandler(SqlRefused.class)
  ResponseEntity<ProblemDetail> sqlRefused(SqlRefused e, HttpServletRequest request) {
    ProblemDetail p =
        Problems.of(HttpStatus.BAD_REQUEST, "SQL_" + e.reason().name(), e.getMessage(), request);
    p.setProperty("reason", e.reason().name());
    return respond(p);
  }

  @ExceptionHandler(CchcException.class)
  ResponseEntity<ProblemDetail> cchc(CchcException e, HttpServletRequest request) {
    HttpStatus status = Problems.status(e.code());
    String detail = e.getMessage();
    if (e.type() == ErrorType.INTERNAL) {
      LOG.error("Lỗi nội bộ tại {}", request.getRequestURI(), e);
      detail = "Đã có lỗi nội bộ khi xử lý yêu cầu; lỗi đã được ghi lại để quản trị viên kiểm tra";
    } else if (e.type() == ErrorType.EXTERNAL) {
      LOG.warn("{}: {}", request.getRequestURI(), e.getMessage());
    }
    return respond(Problems.of(status, e.code().name(), detail, request));
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ResponseEntity<ProblemDetail> typeMismatch(
      MethodArgumentTypeMismatchException e, HttpServletRequest request) {
    return respond(
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "INVALID_ARGUMENT",
            "Không thể hiểu tham số " + e.getName() + ": " + e.getValue(),
            request));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ProblemDetail> missing(
      MissingServletRequestParameterException e, HttpServletRequest request) {
    return respond(
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "INVALID_ARGUMENT",
            "Không thể xử lý yêu cầu: thiếu tham số " + e.getParameterName(),
            request));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ProblemDetail> unreadable(
      HttpMessageNotReadableException e, HttpServletRequest request) {
    return respond(
        Problems.of(
            HttpStatus.BAD_REQUEST, "INVALID_ARGUMENT", StrictJsonInput.unreadable(e), request));
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ProblemDetail> notAcceptable(
      HttpMediaTypeNotAcceptableException e, HttpServletRequest request) {
    return respond(
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "INVALID_ARGUMENT",
            "Không thể xuất dữ liệu này theo định dạng "
                + request.getParameter("format")
                + ": chỉ các danh sách mới xuất được CSV hoặc XLSX",
            request));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ProblemDetail> unsupported(
      HttpMediaTypeNotSupportedException e, HttpServletRequest request) {
    return respond(
        Problems.of(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "INVALID_ARGUMENT",
            "Không thể đọc nội dung kiểu "
                + (e.getContentType() != null ? e.getContentType() : request.getContentType())
                + ": hãy gửi application/json",
            request));
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ProblemDetail> method(
      HttpRequestMethodNotSupportedException e, HttpServletRequest request) {
    return respond(
        Problems.of(
            HttpStatus.METHOD_NOT_ALLOWED,
            "METHOD_NOT_ALLOWED",
            "Không thể dùng phương thức " + e.getMethod() + " cho " + request.getRequestURI(),
            request));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ProblemDetail> noResource(NoResourceFoundException e, HttpServletRequest request) {
    return respond(
        Problems.of(
            HttpStatus.NOT_FOUND,
            "NOT_FOUND",
            "Không tìm thấy địa chỉ: " + request.getRequestURI(),
            request));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    LOG.error("Lỗi không lường trước tại {}", request.getRequestURI(), e);
    return respond(
        Problems.of(
            HttpStatus.INTERNAL_SERVER_ERROR,
            "INTERNAL_ERROR",
            "Đã có lỗi nội bộ khi xử lý yêu cầu; lỗi đã được ghi lại để quản trị viên kiểm tra",
            request));
  }

  private static ResponseEntity<ProblemDetail> respond(ProblemDetail p) {
    return ResponseEntity.status(p.getStatus())
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(p);
  }
}
