package vn.cchc.api.trend;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.model.trend.Basis;
import vn.cchc.query.Dimensions;
import vn.cchc.query.QueryResult;
import vn.cchc.query.trend.TrendQueries;

@RestController
@RequestMapping("/api/v1/trends")
@Tag(
    name = "Diễn biến",
    description =
        "Chỉ số qua các năm: như thời điểm đó (AS_WAS) hoặc quy đổi về đơn vị hiện nay (AS_IS)")
class TrendController {
  private final TrendQueries trends;
  private final Dimensions dimensions;

  TrendController(TrendQueries trends, Dimensions dimensions) {
    this.trends = trends;
    this.dimensions = dimensions;
  }

  @GetMapping
  @Operation(summary = "Diễn biến chỉ số từng đơn vị (basis=AS_WAS|AS_IS, lọc theo khối, đơn vị)")
  QueryResult trends(
      @RequestParam(required = false) String basis,
      @RequestParam(required = false) String bloc,
      @RequestParam(required = false) String unit) {
    String ref = Dimensions.unitRef("unit", unit);
    String u = ref == null ? null : dimensions.unitKey(ref);
    return trends.unitTrends(Basis.parse(basis), Dimensions.bloc(bloc, null), u);
  }

  @GetMapping("/summary")
  @Operation(summary = "Tổng hợp theo khối và năm: trung bình, thay đổi, số đơn vị tăng/giảm")
  QueryResult summary(
      @RequestParam(required = false) String basis, @RequestParam(required = false) String bloc) {
    return trends.summaries(Basis.parse(basis), Dimensions.bloc(bloc, null));
  }
}
