package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Every endpoint on the sample release, its figures checked against the marts read independently. */
class ApiEndpointsTest extends ServerTestBase {
  static final int YEAR = 2024;

  @Test
  void yearsListEveryYearAndBlocWithTheMeanIndex() {
    JsonNode years = getJson("/api/v1/years");
    assertThat(years.get("count").asInt())
        .isEqualTo(((Number) Marts.single("SELECT count(DISTINCT (year, bloc)) FROM index_scores")).intValue());
    JsonNode so2024 = find(years.get("rows"), r -> r.get("year").asInt() == YEAR && r.get("bloc").asText().equals("SO"));
    assertThat(so2024.get("average_pct").asDouble())
        .isEqualTo(((Number) Marts.single("SELECT avg(index_pct) FROM index_scores WHERE year = 2024 AND bloc = 'SO'")).doubleValue());
    assertThat(getJson("/api/v1/blocs").findValuesAsText("bloc")).containsExactly("SO", "HUYEN", "XA");
  }

  @Test
  void rankingIsIndexScoresInRankOrder() {
    JsonNode ranking = getJson("/api/v1/ranking?year=2024&bloc=HUYEN");
    List<List<Object>> expected = Marts.rows("SELECT unit_code, rank_in_bloc, index_pct, band FROM index_scores"
        + " WHERE year = 2024 AND bloc = 'HUYEN' ORDER BY rank_in_bloc, unit_code");
    List<List<Object>> actual = new ArrayList<>();
    for (JsonNode r : ranking.get("rows")) {
      actual.add(java.util.Arrays.asList(r.get("unit_code").asText(), r.get("rank_in_bloc").asInt(),
          r.get("index_pct").asDouble(), r.get("band").isNull() ? null : r.get("band").asText()));
    }
    assertThat(actual).isEqualTo(expected);
  }

  @Test
  void rankingDefaultsToTheLatestYearAndDepartments() {
    JsonNode ranking = getJson("/api/v1/ranking");
    assertThat(ranking.get("count").asInt()).isEqualTo(((Number) Marts.single(
        "SELECT count(*) FROM index_scores WHERE bloc = 'SO' AND year = (SELECT max(year) FROM index_scores)")).intValue());
  }

  @Test
  void overviewAgreesWithTrendSummariesBandsAndTrends() {
    JsonNode o = getJson("/api/v1/overview?year=2024&bloc=SO&basis=AS_WAS");
    JsonNode so = find(o.get("key_figures"), r -> r.get("bloc").asText().equals("SO"));
    assertThat(so.get("change_pp").asDouble()).isEqualTo(((Number) Marts.single(
        "SELECT change_pp FROM trend_summaries WHERE basis = 'AS_WAS' AND year = 2024 AND bloc = 'SO'")).doubleValue());
    assertThat(o.get("key_figures")).hasSize(3);
    int banded = 0;
    for (JsonNode b : o.get("bands")) {
      banded += b.get("units").asInt();
    }
    assertThat(banded).isEqualTo(20);
    assertThat(o.get("movers_up").get(0).get("unit_code").asText()).isEqualTo(Marts.single(
        "SELECT unit_code FROM index_trends WHERE basis = 'AS_WAS' AND year = 2024 AND bloc = 'SO'"
            + " ORDER BY change_pp DESC, unit_code LIMIT 1"));
    assertThat(o.get("movers_down").get(0).get("change_pp").asDouble()).isNegative();
  }

  @Test
  void methodologyTreeHoldsEverySubCriterionOfTheVersion() {
    JsonNode tree = getJson("/api/v1/methodology?year=2024&bloc=SO");
    assertThat(tree.get("version").asText()).isEqualTo("V2022");
    int subs = 0;
    for (JsonNode f : tree.get("fields")) {
      for (JsonNode c : f.get("criteria")) {
        subs += c.get("sub_criteria").size();
      }
    }
    assertThat(subs).isEqualTo(((Number) Marts.single("SELECT count(*) FROM raw_criteria WHERE version = 'V2022'"
        + " AND bloc = 'SO' AND sub_criterion_code IS NOT NULL")).intValue());
    assertThat(tree.get("max_points").asDouble()).isCloseTo(((Number) Marts.single(
        "SELECT sum(max_points) FROM raw_criteria WHERE version = 'V2022' AND bloc = 'SO' AND sub_criterion_code IS NOT NULL"))
        .doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
  }

  @Test
  void unitsCarryTheirLineage() {
    JsonNode units = getJson("/api/v1/units");
    assertThat(units.get("count").asInt()).isEqualTo(((Number) Marts.single(
        "SELECT count(*) FROM raw_units WHERE bloc <> 'TINH'")).intValue());
    JsonNode nv = getJson("/api/v1/units/SO_NV");
    assertThat(nv.get("unit").get("name").asText()).isEqualTo("Sở Nội vụ");
    assertThat(nv.get("lineage").findValuesAsText("to_code")).contains("SO_NV_2025");
  }

  @Test
  void unitProfileAgreesWithTheMarts() {
    JsonNode p = getJson("/api/v1/units/SO_NV/profile?year=2024");
    assertThat(p.get("index").get("index_pct").asDouble()).isEqualTo(((Number) Marts.single(
        "SELECT index_pct FROM index_scores WHERE year = 2024 AND unit_code = 'SO_NV'")).doubleValue());
    assertThat(p.get("components")).hasSize(((Number) Marts.single("SELECT count(*) FROM component_scores"
        + " WHERE year = 2024 AND unit_code = 'SO_NV' AND level = 'FIELD'")).intValue());
    JsonNode field1 = find(p.get("components"), c -> c.get("field_code").asText().equals("1"));
    assertThat(field1.get("bloc_average_pct").asDouble()).isCloseTo(((Number) Marts.single(
        "SELECT avg(pct) FROM component_scores WHERE year = 2024 AND bloc = 'SO' AND level = 'FIELD' AND field_code = '1'"))
        .doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(p.get("best_unit_code").asText()).isEqualTo(Marts.single("SELECT unit_code FROM index_scores"
        + " WHERE year = 2024 AND bloc = 'SO' ORDER BY rank_in_bloc, unit_code LIMIT 1"));
    assertThat(field1.get("best_unit_pct").asDouble()).isEqualTo(((Number) Marts.single("SELECT pct FROM component_scores"
        + " WHERE year = 2024 AND level = 'FIELD' AND field_code = '1' AND unit_code = ?", p.get("best_unit_code").asText()))
        .doubleValue());
    assertThat(p.get("trend_as_was").findValuesAsText("year")).contains("2020", "2024");
    assertThat(p.get("weakest_criteria")).hasSize(5);
    assertThat(p.get("weakest_criteria").get(0).get("attainment_pct").asDouble()).isEqualTo(((Number) Marts.single(
        "SELECT min(attainment_pct) FROM criterion_heatmap WHERE year = 2024 AND unit_code = 'SO_NV'")).doubleValue());
    assertThat(p.get("self_vs_appraised").findValuesAsText("level")).contains("UNIT", "FIELD");
    assertThat(p.get("satisfaction").size()).isEqualTo(((Number) Marts.single(
        "SELECT count(*) FROM satisfaction WHERE unit_code = 'SO_NV'")).intValue());
    assertThat(p.get("findings").size()).isEqualTo(((Number) Marts.single("SELECT count(*) FROM raw_findings f"
        + " JOIN raw_inspections i USING (inspection_id) WHERE i.unit_code = 'SO_NV'")).intValue());
  }

  @Test
  void trendsFollowTheBasis() {
    JsonNode asIs = getJson("/api/v1/trends?basis=AS_IS&bloc=SO");
    assertThat(asIs.get("count").asInt()).isEqualTo(((Number) Marts.single(
        "SELECT count(*) FROM index_trends WHERE basis = 'AS_IS' AND bloc = 'SO'")).intValue());
    assertThat(asIs.get("rows").findValuesAsText("basis")).containsOnly("AS_IS");
    JsonNode summary = getJson("/api/v1/trends/summary?basis=AS_WAS&bloc=XA");
    assertThat(summary.get("count").asInt()).isEqualTo(((Number) Marts.single(
        "SELECT count(*) FROM trend_summaries WHERE basis = 'AS_WAS' AND bloc = 'XA'")).intValue());
  }

  @Test
  void heatmapAtFieldAndCriterionLevel() {
    JsonNode fields = getJson("/api/v1/heatmap?year=2024&bloc=SO&level=FIELD");
    assertThat(fields.get("count").asInt()).isEqualTo(((Number) Marts.single("SELECT count(*) FROM component_scores"
        + " WHERE year = 2024 AND bloc = 'SO' AND level = 'FIELD'")).intValue());
    JsonNode criteria = getJson("/api/v1/heatmap?year=2024&bloc=SO&level=criterion&field=3");
    assertThat(criteria.get("count").asInt()).isEqualTo(((Number) Marts.single("SELECT count(*) FROM criterion_heatmap"
        + " WHERE year = 2024 AND bloc = 'SO' AND field_code = '3'")).intValue());
    assertThat(criteria.get("rows").findValuesAsText("field_code")).containsOnly("3");
  }

  @Test
  void weaknessesAppraisalGapsAndSatisfaction() {
    assertThat(getJson("/api/v1/weaknesses?year=2024&bloc=XA").get("count").asInt()).isEqualTo(((Number) Marts.single(
        "SELECT count(*) FROM criterion_weakness WHERE year = 2024 AND bloc = 'XA'")).intValue());
    assertThat(getJson("/api/v1/appraisal-gaps?year=2024&bloc=XA&level=UNIT").get("count").asInt()).isEqualTo(
        ((Number) Marts.single("SELECT count(*) FROM appraisal_gaps WHERE year = 2024 AND bloc = 'XA' AND level = 'UNIT'")).intValue());
    JsonNode outliers = getJson("/api/v1/appraisal-gaps?year=2024&bloc=XA&level=FIELD&outliers=true");
    assertThat(outliers.get("count").asInt()).isEqualTo(((Number) Marts.single("SELECT count(*) FROM appraisal_gaps"
        + " WHERE year = 2024 AND bloc = 'XA' AND level = 'FIELD' AND outlier")).intValue());
    JsonNode sat = getJson("/api/v1/satisfaction?year=2024");
    assertThat(sat.get("count").asInt()).isEqualTo(((Number) Marts.single(
        "SELECT count(*) FROM satisfaction WHERE year = 2024 AND component = 'OVERALL'")).intValue());
  }

  @Test
  void inspectionOutcomesFindingsAndTargets() {
    JsonNode byField = getJson("/api/v1/inspections/outcomes/by-field?year=2024");
    int findings = 0;
    for (JsonNode r : byField.get("rows")) {
      findings += r.get("findings").asInt();
    }
    assertThat(findings).isEqualTo(((Number) Marts.single(
        "SELECT sum(findings) FROM inspection_outcomes WHERE year = 2024")).intValue());
    assertThat(getJson("/api/v1/inspections/outcomes?year=2024").get("count").asInt()).isEqualTo(((Number) Marts.single(
        "SELECT count(*) FROM inspection_outcomes WHERE year = 2024")).intValue());
    JsonNode visits = getJson("/api/v1/inspections?year=2024");
    assertThat(visits.get("count").asInt()).isEqualTo(((Number) Marts.single(
        "SELECT count(*) FROM raw_inspections WHERE year = 2024")).intValue());
    int visitFindings = 0;
    for (JsonNode r : visits.get("rows")) {
      visitFindings += r.get("findings").asInt();
    }
    assertThat(visitFindings).isEqualTo(((Number) Marts.single("SELECT count(*) FROM raw_findings f"
        + " JOIN raw_inspections i USING (inspection_id) WHERE i.year = 2024")).intValue());
    // the findings list and the mart count overdue findings the same way
    assertThat(getJson("/api/v1/findings?overdue=true").get("count").asInt()).isEqualTo(((Number) Marts.single(
        "SELECT sum(overdue) FROM inspection_outcomes")).intValue());
    assertThat(getJson("/api/v1/findings?status=REMEDIATED&field=3").get("rows").findValuesAsText("status"))
        .containsOnly("REMEDIATED");
    JsonNode targets = getJson("/api/v1/inspections/targets");
    assertThat(targets.get("count").asInt()).isEqualTo(((Number) Marts.single("SELECT count(*) FROM inspection_targets")).intValue());
    assertThat(targets.get("rows").get(0).get("priority_rank").asInt()).isEqualTo(1);
    assertThat(targets.get("rows").get(0).get("reasons_vi").asText()).isNotBlank();
  }

  @Test
  void dataQualityAndRelease() {
    assertThat(getJson("/api/v1/data-quality").get("count").asInt()).isEqualTo(((Number) Marts.single(
        "SELECT count(*) FROM data_quality")).intValue());
    assertThat(getJson("/api/v1/release").get("release_id").asText()).isEqualTo(Marts.single("SELECT release_id FROM release_info"));
    assertThat(getJson("/api/v1/release").get("as_of_date").asText()).isEqualTo(SampleWarehouse.AS_OF);
  }

  @Test
  void listsExportAsCsvAndXlsx() throws Exception {
    Answer csv = get(Caller.ANALYST, "/api/v1/ranking?year=2024&bloc=SO&format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.raw().headers().firstValue("Content-Disposition").orElse(""))
        .contains("cchc-ranking-2024-so.csv");
    String[] lines = csv.text().replace("\uFEFF", "").split("\r\n");
    assertThat(lines).hasSize(21);
    assertThat(lines[0]).startsWith("rank_in_bloc,units_ranked,unit_code,unit_name,index_pct");

    Answer xlsx = get(Caller.ANALYST, "/api/v1/findings?overdue=true&format=xlsx");
    assertThat(xlsx.status()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(((Number) Marts.single("SELECT sum(overdue) FROM inspection_outcomes")).intValue());
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("finding_id");
    }
  }

  @Test
  void errorsAreVietnameseProblemDetails() {
    Answer year = get(Caller.VIEWER, "/api/v1/ranking?year=1999");
    assertThat(year.status()).isEqualTo(404);
    assertThat(year.contentType()).startsWith("application/problem+json");
    assertThat(year.json().get("detail").asText()).isEqualTo("Không tìm thấy năm đánh giá: 1999 (có dữ liệu các năm 2020–2025)");
    Answer unit = get(Caller.VIEWER, "/api/v1/units/KHONG_CO/profile");
    assertThat(unit.status()).isEqualTo(404);
    assertThat(unit.json().get("detail").asText()).isEqualTo("Không tìm thấy đơn vị: KHONG_CO");
    Answer bloc = get(Caller.VIEWER, "/api/v1/ranking?bloc=TINH");
    assertThat(bloc.status()).isEqualTo(400);
    assertThat(bloc.json().get("detail").asText()).isEqualTo("Không thể hiểu khối: TINH (chỉ nhận SO, HUYEN hoặc XA)");
    Answer number = get(Caller.VIEWER, "/api/v1/ranking?year=abc");
    assertThat(number.status()).isEqualTo(400);
    assertThat(number.json().get("detail").asText()).isEqualTo("Không thể hiểu tham số year: abc");
    Answer level = get(Caller.VIEWER, "/api/v1/heatmap?level=UNIT");
    assertThat(level.status()).isEqualTo(400);
    assertThat(level.json().get("detail").asText()).isEqualTo("Không thể hiểu tham số level: UNIT (chỉ nhận FIELD, CRITERION)");
    Answer district2025 = get(Caller.VIEWER, "/api/v1/ranking?year=2025&bloc=HUYEN");
    assertThat(district2025.status()).isEqualTo(404);
    assertThat(district2025.json().get("detail").asText()).isEqualTo("Không tìm thấy khối HUYEN (Khối UBND cấp huyện) trong năm 2025");
    Answer injection = get(Caller.VIEWER, "/api/v1/units/x'%20OR%201=1--/profile");
    assertThat(injection.status()).isEqualTo(400);
    Answer nowhere = get(Caller.VIEWER, "/api/v1/khong-co");
    assertThat(nowhere.status()).isEqualTo(404);
    assertThat(nowhere.json().get("title").asText()).isEqualTo("Không tìm thấy");
    for (Answer a : List.of(year, unit, bloc, number, level, injection, nowhere)) {
      assertThat(a.text()).doesNotContain("at vn.cchc", "Exception", "trace");
    }
  }

  @Test
  void openApiDocumentDescribesTheApi() {
    JsonNode doc = getJson("/v3/api-docs");
    assertThat(doc.get("paths").has("/api/v1/ranking")).isTrue();
    assertThat(doc.get("paths").has("/api/v1/sql")).isTrue();
    assertThat(get(Caller.VIEWER, "/swagger-ui/index.html").status()).isEqualTo(200);
  }

  static JsonNode find(JsonNode array, java.util.function.Predicate<JsonNode> p) {
    for (JsonNode n : array) {
      if (p.test(n)) {
        return n;
      }
    }
    throw new AssertionError("No element matches in " + array);
  }
}
