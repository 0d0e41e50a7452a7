package vn.cchc.api.quality;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.query.Dimensions;
import vn.cchc.query.QueryResult;
import vn.cchc.query.quality.DataQualityQueries;

@RestController
@RequestMapping("/api/v1/data-quality")
@Tag(
    name = "Chất lượng dữ liệu",
    description = "Vi phạm quy tắc phát hiện khi tính toán; không có gì bị sửa âm thầm")
class DataQualityController {
  private final DataQualityQueries quality;
  private final Dimensions dimensions;

  DataQualityController(DataQualityQueries quality, Dimensions dimensions) {
    this.quality = quality;
    this.dimensions = dimensions;
  }

  @GetMapping
  @Operation(summary = "Danh sách vi phạm (lọc theo mức độ ERROR/WARNING, quy tắc, năm)")
  QueryResult issues(
      @RequestParam(required = false) String severity,
      @RequestParam(required = false) String rule,
      @RequestParam(required = false) Integer year) {
    return quality.issues(
        Dimensions.oneOf("severity", severity, DataQualityQueries.SEVERITIES, null),
        Dimensions.code("rule", rule),
        year == null ? null : dimensions.year(year));
  }

  @GetMapping("/summary")
  @Operation(summary = "Số vi phạm theo quy tắc và mức độ")
  QueryResult summary() {
    return quality.summary();
  }
}
