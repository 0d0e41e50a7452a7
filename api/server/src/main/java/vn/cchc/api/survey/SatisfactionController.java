package vn.cchc.api.survey;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.model.survey.SipasComponent;
import vn.cchc.query.Dimensions;
import vn.cchc.query.QueryResult;
import vn.cchc.query.survey.SatisfactionQueries;

@RestController
@RequestMapping("/api/v1/satisfaction")
@Tag(
    name = "Hài lòng (SIPAS)",
    description = "Tỷ lệ hài lòng theo đơn vị và thành phần, với khoảng tin cậy 95%")
class SatisfactionController {
  private final SatisfactionQueries satisfaction;
  private final Dimensions dimensions;

  SatisfactionController(SatisfactionQueries satisfaction, Dimensions dimensions) {
    this.satisfaction = satisfaction;
    this.dimensions = dimensions;
  }

  @GetMapping
  @Operation(
      summary =
          "Mức độ hài lòng (mặc định: năm mới nhất, thành phần OVERALL; component=ALL cho mọi thành phần)")
  QueryResult satisfaction(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String bloc,
      @RequestParam(required = false) String unit,
      @RequestParam(required = false) String component) {
    String ref = Dimensions.unitRef("unit", unit);
    String u = ref == null ? null : dimensions.unitKey(ref);
    String c =
        component != null && component.equalsIgnoreCase("ALL")
            ? null
            : Dimensions.oneOf(
                "component",
                component,
                SatisfactionQueries.COMPONENTS,
                SipasComponent.OVERALL_CODE);
    return satisfaction.satisfaction(dimensions.year(year), Dimensions.bloc(bloc, null), u, c);
  }
}
