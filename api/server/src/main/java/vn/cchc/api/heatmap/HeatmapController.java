package vn.cchc.api.heatmap;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.methodology.MethodologyItem.Level;
import vn.cchc.query.Dimensions;
import vn.cchc.query.QueryResult;
import vn.cchc.query.heatmap.HeatmapQueries;

@RestController
@RequestMapping("/api/v1")
@Tag(
    name = "Bản đồ nhiệt",
    description = "Mức đạt theo đơn vị × lĩnh vực/tiêu chí, và tiêu chí yếu của khối")
class HeatmapController {
  private final HeatmapQueries heatmap;
  private final Dimensions dimensions;

  HeatmapController(HeatmapQueries heatmap, Dimensions dimensions) {
    this.heatmap = heatmap;
    this.dimensions = dimensions;
  }

  @GetMapping("/heatmap")
  @Operation(
      summary = "Bản đồ nhiệt: level=FIELD (lĩnh vực) hoặc CRITERION (tiêu chí, lọc theo field)")
  QueryResult heatmap(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String bloc,
      @RequestParam(required = false) String level,
      @RequestParam(required = false) String field) {
    int y = dimensions.year(year);
    Bloc b = Dimensions.bloc(bloc, Bloc.SO);
    dimensions.requireBlocInYear(y, b);
    Level l =
        Level.valueOf(Dimensions.oneOf("level", level, HeatmapQueries.LEVELS, Level.FIELD.name()));
    return l == Level.FIELD
        ? heatmap.fields(y, b)
        : heatmap.criteria(y, b, Dimensions.code("field", field));
  }

  @GetMapping("/weaknesses")
  @Operation(
      summary = "Tiêu chí yếu của khối: tỷ lệ đạt bình quân, số đơn vị dưới ngưỡng, yếu liên tiếp")
  QueryResult weaknesses(
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String bloc) {
    int y = dimensions.year(year);
    Bloc b = Dimensions.bloc(bloc, Bloc.SO);
    dimensions.requireBlocInYear(y, b);
    return heatmap.weaknesses(y, b);
  }
}
