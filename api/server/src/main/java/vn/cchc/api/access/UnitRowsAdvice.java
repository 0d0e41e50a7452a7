package vn.cchc.api.access;

import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import vn.cchc.query.QueryResult;

/**
 * Keeps a UNIT user's answers to its units: on an {@link UnitAccess.Door#OWN OWN} list only the
 * rows whose {@code unit_key} is in the user's scope remain (a list without that column gives no
 * rows: closed unless it says which unit a row is); on a published list the {@link
 * UnitAccess#MASKED masked} columns of other units' rows are emptied. Runs before the JSON, CSV or
 * XLSX is written, so every format carries the same rows; answers of other roles pass untouched.
 */
@ControllerAdvice
final class UnitRowsAdvice implements ResponseBodyAdvice<Object> {
  private static final Logger LOG = LoggerFactory.getLogger(UnitRowsAdvice.class);
  static final String UNIT_KEY = "unit_key";

  @Override
  public boolean supports(
      MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
    return true;
  }

  @Override
  public Object beforeBodyWrite(
      Object body,
      MethodParameter returnType,
      MediaType selectedContentType,
      Class<? extends HttpMessageConverter<?>> selectedConverterType,
      ServerHttpRequest request,
      ServerHttpResponse response) {
    if (!(body instanceof QueryResult result)
        || !(request instanceof ServletServerHttpRequest servlet)) {
      return body;
    }
    HttpServletRequest http = servlet.getServletRequest();
    if (!(http.getAttribute(UnitAccessFilter.APPLIED)
        instanceof UnitAccessFilter.Applied applied)) {
      return body;
    }
    int key = result.columns().indexOf(UNIT_KEY);
    if (applied.door() == UnitAccess.Door.OWN) {
      if (key < 0) {
        LOG.error(
            "{} không có cột {}: không trả dòng nào cho tài khoản đơn vị",
            http.getRequestURI(),
            UNIT_KEY);
        return new QueryResult(result.columns(), List.of(), false);
      }
      List<List<Object>> kept = new ArrayList<>();
      for (List<Object> row : result.rows()) {
        if (applied.scope().contains((String) row.get(key))) {
          kept.add(row);
        }
      }
      return new QueryResult(result.columns(), kept, result.truncated());
    }
    List<String> masked = UnitAccess.masked(http);
    if (masked.isEmpty() || key < 0) {
      return body;
    }
    List<Integer> columns =
        masked.stream().map(result.columns()::indexOf).filter(i -> i >= 0).toList();
    List<List<Object>> rows = new ArrayList<>(result.size());
    for (List<Object> row : result.rows()) {
      if (applied.scope().contains((String) row.get(key))) {
        rows.add(row);
      } else {
        List<Object> copy = new ArrayList<>(row);
        columns.forEach(i -> copy.set(i, null));
        rows.add(copy);
      }
    }
    return new QueryResult(result.columns(), rows, result.truncated());
  }
}
