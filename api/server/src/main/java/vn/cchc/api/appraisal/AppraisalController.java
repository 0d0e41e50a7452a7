package vn.cchc.api.appraisal;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.model.appraisal.GapLevel;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.query.Dimensions;
import vn.cchc.query.QueryResult;
import vn.cchc.query.appraisal.AppraisalQueries;

@RestController
@RequestMapping("/api/v1/appraisal-gaps")
@Tag(
    name = "Tự chấm và thẩm định",
    description = "Chênh lệch giữa điểm tự đánh giá và điểm thẩm định")
class AppraisalController {
  private final AppraisalQueries appraisal;
  private final Dimensions dimensions;

  AppraisalController(AppraisalQueries appraisal, Dimensions dimensions) {
    this.appraisal = appraisal;
    this.dimensions = dimensions;
  }

  @GetMapping
  @Operation(
      summary =
          "Chênh lệch theo đơn vị (level=UNIT) hoặc lĩnh vực (FIELD); outliers=true chỉ lấy bất thường")
  QueryResult gaps(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String bloc,
      @RequestParam(required = false) String level,
      @RequestParam(defaultValue = "false") boolean outliers) {
    int y = dimensions.year(year);
    Bloc b = Dimensions.bloc(bloc, Bloc.SO);
    dimensions.requireBlocInYear(y, b);
    GapLevel l =
        GapLevel.valueOf(
            Dimensions.oneOf("level", level, AppraisalQueries.LEVELS, GapLevel.UNIT.name()));
    return appraisal.gaps(y, b, l, outliers);
  }
}
