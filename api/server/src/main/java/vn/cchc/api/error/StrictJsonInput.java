package vn.cchc.api.error;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.autoconfigure.jackson.Jackson2ObjectMapperBuilderCustomizer;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.converter.json.Jackson2ObjectMapperBuilder;
import org.springframework.stereotype.Component;

/**
 * Request bodies are read as written, not guessed at: a key given twice ({@code {"sql": "…", "sql":
 * "…"}}) and a number or boolean where text belongs ({@code {"sql": 5}}) are refused, each with a
 * Vietnamese reason.
 */
@Component
class StrictJsonInput implements Jackson2ObjectMapperBuilderCustomizer {
  static final String EXPECTED = "cần JSON dạng {\"sql\": \"SELECT …\"}";
  private static final Pattern DUPLICATE = Pattern.compile("Duplicate field '([^']{1,64})'");

  @Override
  public void customize(Jackson2ObjectMapperBuilder builder) {
    builder.featuresToEnable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    builder.postConfigurer(
        m ->
            m.coercionConfigFor(LogicalType.Textual)
                .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail));
  }

  /** Why a body could not be read, in words that name the key at fault, never a Java type. */
  static String unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof JsonParseException parse) {
      Matcher m = DUPLICATE.matcher(String.valueOf(parse.getOriginalMessage()));
      if (m.find()) {
        return "Không thể đọc nội dung yêu cầu: khóa \""
            + m.group(1)
            + "\" xuất hiện hai lần; "
            + EXPECTED;
      }
      return "Không thể đọc nội dung yêu cầu: JSON không hợp lệ; " + EXPECTED;
    }
    if (cause instanceof JsonMappingException mapping
        && !mapping.getPath().isEmpty()
        && mapping.getPath().get(0).getFieldName() != null) {
      return "Không thể đọc nội dung yêu cầu: giá trị của khóa \""
          + mapping.getPath().get(0).getFieldName()
          + "\" không đúng kiểu; "
          + EXPECTED;
    }
    return "Không thể đọc nội dung yêu cầu: " + EXPECTED;
  }
}
