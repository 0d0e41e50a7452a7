package vn.cchc.api.unit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.query.Dimensions;
import vn.cchc.query.Table;
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
  @Operation(summary = "Danh mục đơn vị (lọc theo năm còn hiệu lực và khối)")
  Table units(@RequestParam(required = false) Integer year, @RequestParam(required = false) String bloc) {
    return units.units(year == null ? null : dimensions.year(year), Dimensions.bloc(bloc, null));
  }

  @GetMapping("/{code}")
  @Operation(summary = "Một đơn vị và quan hệ kế thừa (sáp nhập, chia tách, đổi tên)")
  UnitQueries.UnitDetail unit(@PathVariable String code) {
    return units.unit(Dimensions.code("code", code));
  }

  @GetMapping("/{code}/lineage")
  @Operation(summary = "Quan hệ kế thừa của một đơn vị")
  Table lineage(@PathVariable String code) {
    String c = Dimensions.code("code", code);
    dimensions.unit(c);
    return units.lineage(c);
  }

  @GetMapping("/{code}/profile")
  @Operation(summary = "Hồ sơ đơn vị: chỉ số, chỉ số thành phần, diễn biến, tiêu chí yếu, tự chấm và thẩm định,"
      + " hài lòng, kiểm tra và tồn tại")
  UnitQueries.UnitProfile profile(@PathVariable String code, @RequestParam(required = false) Integer year) {
    return units.profile(Dimensions.code("code", code), year);
  }
}
