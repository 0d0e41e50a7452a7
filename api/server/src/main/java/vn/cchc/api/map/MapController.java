package vn.cchc.api.map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.query.Dimensions;
import vn.cchc.query.QueryResult;
import vn.cchc.query.map.CommuneMapQueries;

@RestController
@RequestMapping("/api/v1/map")
@Tag(
    name = "Bản đồ",
    description =
        "Bản đồ chỉ số CCHC của các xã, phường, đặc khu hiện nay; ranh giới: "
            + CommuneMapQueries.BOUNDARIES_PATH)
class MapController {
  private final CommuneMapQueries map;
  private final Dimensions dimensions;

  MapController(CommuneMapQueries map, Dimensions dimensions) {
    this.map = map;
    this.dimensions = dimensions;
  }

  @GetMapping("/communes")
  @Operation(
      summary =
          "Chỉ số và xếp loại của từng xã, phường hiện nay trong một năm (mặc định: năm mới nhất);"
              + " các năm trước khi sắp xếp là giá trị quy đổi AS_IS từ các đơn vị tiền thân (value_source = AS_IS)")
  QueryResult communes(@RequestParam(required = false) Integer year) {
    return map.communes(dimensions.year(year));
  }
}
