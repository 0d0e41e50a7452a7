package vn.cchc.api.unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.query.Dimensions;
import vn.cchc.query.QueryResult;
import vn.cchc.query.unit.UnitQueries;

@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Đơn vị", description = "Danh mục đơn vị, sáp nhập/chia tách/đổi tên và hồ sơ đơn vị")
class UnitController {
  private final UnitQueries units;
  private final Dimensions dimensions;

  UnitController(UnitQueries units, Dimensions dimensions) {
    this.units = units;
    this.dimensions = dimensions;
  }

  @GetMapping
  @Operation(
      summary =
          "Danh mục phiên bản đơn vị (mã và thời kỳ hiệu lực; lọc theo năm còn hiệu lực, khối, mã)")
  QueryResult units(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String bloc,
      @RequestParam(required = false) String code) {
    return units.units(
        year == null ? null : dimensions.year(year),
        Dimensions.bloc(bloc, null),
        Dimensions.code("code", code));
  }

  @GetMapping("/{ref}")
  @Operation(
      summary =
          "Một phiên bản đơn vị (khóa mã@ngày hiệu lực, hoặc mã: phiên bản mới nhất), các phiên bản"
              + " khác cùng mã và quan hệ kế thừa (sáp nhập, chia tách, đổi tên)")
  UnitQueries.UnitDetail unit(@PathVariable String ref) {
    return units.unit(Dimensions.unitRef("ref", ref));
  }

  @GetMapping("/{ref}/lineage")
  @Operation(
      summary =
          "Quan hệ kế thừa của một phiên bản đơn vị: đơn vị tiền thân và kế thừa, mỗi bên là một phiên bản")
  QueryResult lineage(@PathVariable String ref) {
    return units.lineage(dimensions.unitKey(Dimensions.unitRef("ref", ref)));
  }

  @GetMapping("/{ref}/profile")
  @Operation(
      summary =
          "Hồ sơ đơn vị: chỉ số, chỉ số thành phần, diễn biến, tiêu chí yếu, tự chấm và thẩm định,"
              + " hài lòng, kiểm tra và tồn tại (khóa mã@ngày hiệu lực, hoặc mã: phiên bản mới nhất)")
  UnitQueries.UnitProfile profile(
      @PathVariable String ref, @RequestParam(required = false) Integer year) {
    return units.profile(Dimensions.unitRef("ref", ref), year);
  }
}
