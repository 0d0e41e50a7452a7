package vn.cchc.api.inspection;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.query.Dimensions;
import vn.cchc.query.QueryResult;
import vn.cchc.query.inspection.InspectionQueries;

@RestController
@RequestMapping("/api/v1")
@Tag(
    name = "Kiểm tra CCHC",
    description = "Kết quả kiểm tra, tồn tại và khắc phục, đề xuất đối tượng kiểm tra năm sau")
class InspectionController {
  private final InspectionQueries inspections;
  private final Dimensions dimensions;

  InspectionController(InspectionQueries inspections, Dimensions dimensions) {
    this.inspections = inspections;
    this.dimensions = dimensions;
  }

  @GetMapping("/inspections")
  @Operation(summary = "Các cuộc kiểm tra của một năm (mặc định: năm mới nhất) hoặc của một đơn vị")
  QueryResult inspections(
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String unit) {
    String ref = Dimensions.unitRef("unit", unit);
    String u = ref == null ? null : dimensions.unitKey(ref);
    return inspections.inspections(u != null && year == null ? null : dimensions.year(year), u);
  }

  @GetMapping("/inspections/outcomes")
  @Operation(
      summary =
          "Kết quả kiểm tra theo đơn vị và lĩnh vực: tồn tại, khắc phục đúng hạn/trễ hạn, quá hạn")
  QueryResult outcomes(
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String bloc) {
    return inspections.outcomes(dimensions.year(year), Dimensions.bloc(bloc, null));
  }

  @GetMapping("/inspections/outcomes/by-field")
  @Operation(summary = "Kết quả kiểm tra cộng theo lĩnh vực hoặc chủ đề")
  QueryResult outcomesByField(@RequestParam(required = false) Integer year) {
    return inspections.outcomesByField(dimensions.year(year));
  }

  @GetMapping("/findings")
  @Operation(
      summary =
          "Tồn tại, hạn chế: lọc theo năm, đơn vị, trạng thái (OPEN/REMEDIATED), lĩnh vực, quá hạn")
  QueryResult findings(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String field,
      @RequestParam(defaultValue = "false") boolean overdue) {
    String ref = Dimensions.unitRef("unit", unit);
    String u = ref == null ? null : dimensions.unitKey(ref);
    return inspections.findings(
        year == null ? null : dimensions.year(year),
        u,
        Dimensions.oneOf(
            "status",
            status,
            List.of(InspectionQueries.STATUS_OPEN, InspectionQueries.STATUS_REMEDIATED),
            null),
        Dimensions.code("field", field),
        overdue);
  }

  @GetMapping("/inspections/targets")
  @Operation(summary = "Đề xuất đối tượng kiểm tra năm sau, xếp theo điểm ưu tiên, kèm lý do")
  QueryResult targets(@RequestParam(name = "plan_year", required = false) Integer planYear) {
    QueryResult t = inspections.targets(planYear);
    if (planYear != null && t.isEmpty()) {
      throw new CchcException(
          ErrorCode.NOT_FOUND, "Không tìm thấy kế hoạch kiểm tra năm: " + planYear);
    }
    return t;
  }
}
