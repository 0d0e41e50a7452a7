package vn.cchc.api.methodology;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.query.Dimensions;
import vn.cchc.query.QueryResult;
import vn.cchc.query.methodology.MethodologyQueries;

@RestController
@RequestMapping("/api/v1/methodology")
@Tag(
    name = "Bộ tiêu chí",
    description = "Lĩnh vực, tiêu chí, tiêu chí thành phần và điểm tối đa của một năm và khối")
class MethodologyController {
  private final MethodologyQueries methodology;
  private final Dimensions dimensions;

  MethodologyController(MethodologyQueries methodology, Dimensions dimensions) {
    this.methodology = methodology;
    this.dimensions = dimensions;
  }

  @GetMapping
  @Operation(summary = "Cây bộ tiêu chí: lĩnh vực → tiêu chí → tiêu chí thành phần")
  Map<String, Object> tree(
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String bloc) {
    return methodology.tree(dimensions.year(year), Dimensions.bloc(bloc, Bloc.SO));
  }

  @GetMapping("/items")
  @Operation(summary = "Bộ tiêu chí dạng danh sách phẳng (xuất được CSV/XLSX)")
  QueryResult items(
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String bloc) {
    return methodology.items(dimensions.year(year), Dimensions.bloc(bloc, Bloc.SO));
  }
}
