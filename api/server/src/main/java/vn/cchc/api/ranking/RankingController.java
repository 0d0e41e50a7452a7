package vn.cchc.api.ranking;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Arrays;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.trend.Basis;
import vn.cchc.query.Dimensions;
import vn.cchc.query.QueryResult;
import vn.cchc.query.ranking.RankingQueries;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Xếp hạng", description = "Năm, khối, bảng xếp hạng chỉ số CCHC và trang tổng quan")
class RankingController {
  private final RankingQueries ranking;
  private final Dimensions dimensions;

  RankingController(RankingQueries ranking, Dimensions dimensions) {
    this.ranking = ranking;
    this.dimensions = dimensions;
  }

  @GetMapping("/years")
  @Operation(
      summary =
          "Các năm và khối có chỉ số, với phiên bản bộ tiêu chí, số đơn vị và chỉ số trung bình")
  QueryResult years() {
    return ranking.yearsAndBlocs();
  }

  @GetMapping("/blocs")
  @Operation(summary = "Các khối xếp hạng, theo thứ tự trình bày; khối đầu tiên là khối mặc định")
  QueryResult blocs() {
    List<List<Object>> rows =
        Bloc.rankedBlocs().stream()
            .map(b -> List.<Object>of(b.name(), b.labelVi(), b.labelEn()))
            .toList();
    return new QueryResult(List.of("bloc", "label_vi", "label_en"), rows, false);
  }

  @GetMapping("/bases")
  @Operation(summary = "Các cách so sánh qua các năm (basis); cách đầu tiên là cách mặc định")
  QueryResult bases() {
    List<List<Object>> rows =
        Arrays.stream(Basis.values()).map(b -> List.<Object>of(b.name())).toList();
    return new QueryResult(List.of("basis"), rows, false);
  }

  @GetMapping("/ranking")
  @Operation(
      summary =
          "Bảng xếp hạng chỉ số CCHC của một khối trong một năm (mặc định: năm mới nhất, khối SO)")
  QueryResult ranking(
      @RequestParam(required = false) Integer year, @RequestParam(required = false) String bloc) {
    int y = dimensions.year(year);
    Bloc b = Dimensions.bloc(bloc, Bloc.SO);
    dimensions.requireBlocInYear(y, b);
    return ranking.ranking(y, b);
  }

  @GetMapping("/overview")
  @Operation(
      summary = "Tổng quan: số liệu chính theo khối, phân bố xếp loại, đơn vị tăng/giảm nhiều nhất")
  RankingQueries.Overview overview(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String bloc,
      @RequestParam(required = false) String basis) {
    int y = dimensions.year(year);
    Bloc b = Dimensions.bloc(bloc, Bloc.SO);
    dimensions.requireBlocInYear(y, b);
    return ranking.overview(y, b, Basis.parse(basis));
  }
}
