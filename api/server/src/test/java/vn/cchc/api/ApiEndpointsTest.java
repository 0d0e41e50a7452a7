package vn.cchc.api;

import vn.cchc.testsupport.SampleWarehouse;
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
  /** Official code 30307: Phường Mỹ Hòa until 30 June 2025, then Phường Long Xuyên (formed from it and five others). */
  static final String MY_HOA = "30307@2015-01-01";
  static final String LONG_XUYEN = "30307@2025-07-01";
  static final String HOME_AFFAIRS = "89-SNV@2015-01-01";

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
    assertThat(banded).isEqualTo(38);
    assertThat(o.get("movers_up").get(0).get("unit_code").asText()).isEqualTo(Marts.single(
        "SELECT unit_code FROM index_trends WHERE basis = 'AS_WAS' AND year = 2024 AND bloc = 'SO'"
            + " ORDER BY change_pp DESC, unit_key LIMIT 1"));
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
  void unitProfileAgreesWithTheMarts() {
    JsonNode p = getJson("/api/v1/units/" + HOME_AFFAIRS + "/profile?year=2024");
    assertThat(p.get("index").get("index_pct").asDouble()).isEqualTo(((Number) Marts.single(
        "SELECT index_pct FROM index_scores WHERE year = 2024 AND unit_key = ?", HOME_AFFAIRS)).doubleValue());
    assertThat(p.get("components")).hasSize(((Number) Marts.single("SELECT count(*) FROM component_scores"
        + " WHERE year = 2024 AND unit_key = ? AND level = 'FIELD'", HOME_AFFAIRS)).intValue());
    JsonNode field1 = find(p.get("components"), c -> c.get("field_code").asText().equals("1"));
    assertThat(field1.get("bloc_average_pct").asDouble()).isCloseTo(((Number) Marts.single(
        "SELECT avg(pct) FROM component_scores WHERE year = 2024 AND bloc = 'SO' AND level = 'FIELD' AND field_code = '1'"))
        .doubleValue(), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(p.get("best_unit_code").asText()).isEqualTo(Marts.single("SELECT unit_code FROM index_scores"
        + " WHERE year = 2024 AND bloc = 'SO' ORDER BY rank_in_bloc, unit_code LIMIT 1"));
    assertThat(field1.get("best_unit_pct").asDouble()).isEqualTo(((Number) Marts.single("SELECT pct FROM component_scores"
        + " WHERE year = 2024 AND level = 'FIELD' AND field_code = '1' AND unit_key = ?", p.get("best_unit_key").asText()))
        .doubleValue());
    assertThat(p.get("trend_as_was").findValuesAsText("year")).contains("2020", "2024");
    assertThat(p.get("weakest_criteria")).hasSize(5);
    assertThat(p.get("weakest_criteria").get(0).get("attainment_pct").asDouble()).isEqualTo(((Number) Marts.single(
        "SELECT min(attainment_pct) FROM criterion_heatmap WHERE year = 2024 AND unit_key = ?", HOME_AFFAIRS)).doubleValue());
    assertThat(p.get("self_vs_appraised").findValuesAsText("level")).contains("UNIT", "FIELD");
    assertThat(p.get("satisfaction").size()).isEqualTo(((Number) Marts.single(
        "SELECT count(*) FROM satisfaction WHERE unit_key = ?", HOME_AFFAIRS)).intValue());
    // findings follow their inspection, whose unit is the version valid on its start date
    assertThat(p.get("findings").size()).isEqualTo(((Number) Marts.single("SELECT count(*) FROM raw_findings f"
        + " JOIN raw_inspections i USING (inspection_id) WHERE i.unit_code = '89-SNV'"
        + " AND i.start_date BETWEEN DATE '2015-01-01' AND DATE '2025-02-28'")).intValue());
    assertThat(p.get("unit").get("name").asText()).isEqualTo("Sở Nội vụ tỉnh An Giang");
    assertThat(p.get("other_versions").findValuesAsText("unit_key")).containsExactly("89-SNV@2025-03-01");
  }

  @Test
  void unitsAreVersionsOfOfficialCodes() {
    JsonNode units = getJson("/api/v1/units");
    assertThat(units.get("count").asInt()).isEqualTo(((Number) Marts.single(
        "SELECT count(*) FROM raw_units WHERE bloc <> 'TINH'")).intValue());
    assertThat(units.get("columns").toString()).startsWith(
        "[\"unit_key\",\"unit_code\",\"name\",\"bloc\",\"parent_code\",\"valid_from\",\"valid_to\"");
    JsonNode versions = getJson("/api/v1/units?code=30307").get("rows");
    assertThat(versions.findValuesAsText("unit_key")).containsExactly(MY_HOA, LONG_XUYEN);
    assertThat(versions.findValuesAsText("name")).containsExactly("Phường Mỹ Hòa", "Phường Long Xuyên");
    assertThat(versions.findValuesAsText("unit_label")).containsExactly(
        "Phường Mỹ Hòa (30307, 01/01/2015 – 30/06/2025)", "Phường Long Xuyên (30307, 01/07/2025 – nay)");
    assertThat(versions.get(0).get("successors").asInt()).isEqualTo(1);
    assertThat(versions.get(1).get("predecessors").asInt()).isEqualTo(6);
    // a department code used three times: Kiên Giang's before and after the March 2025 merger, then the new province's
    assertThat(getJson("/api/v1/units?code=91-SNV").get("rows").findValuesAsText("unit_label")).containsExactly(
        "Sở Nội vụ tỉnh Kiên Giang (91-SNV, 01/01/2015 – 28/02/2025)",
        "Sở Nội vụ tỉnh Kiên Giang (91-SNV, 01/03/2025 – 30/06/2025)",
        "Sở Nội vụ tỉnh An Giang (91-SNV, 01/07/2025 – nay)");
  }

  @Test
  void aKeyNamesOneVersionAndABareCodeTheNewest() {
    JsonNode old = getJson("/api/v1/units/" + MY_HOA);
    assertThat(old.get("unit").get("name").asText()).isEqualTo("Phường Mỹ Hòa");
    assertThat(old.get("unit").get("resolved_by").asText()).isEqualTo("KEY");
    assertThat(old.get("unit").get("valid_from").asText()).isEqualTo("2015-01-01");
    assertThat(old.get("unit").get("valid_to").asText()).isEqualTo("2025-06-30");
    assertThat(old.get("unit").get("period_vi").asText()).isEqualTo("01/01/2015 – 30/06/2025");
    assertThat(old.get("other_versions").findValuesAsText("unit_key")).containsExactly(LONG_XUYEN);
    assertThat(old.get("lineage")).hasSize(1);
    JsonNode successor = old.get("lineage").get(0);
    assertThat(successor.get("relation").asText()).isEqualTo("SUCCESSOR");
    assertThat(successor.get("unit_key").asText()).isEqualTo(LONG_XUYEN);
    assertThat(successor.get("unit_name").asText()).isEqualTo("Phường Long Xuyên");
    assertThat(successor.get("effective_date").asText()).isEqualTo("2025-07-01");
    assertThat(successor.get("share").asDouble()).isEqualTo(0.1667);

    JsonNode bare = getJson("/api/v1/units/30307");
    assertThat(bare.get("unit").get("unit_key").asText()).isEqualTo(LONG_XUYEN);
    assertThat(bare.get("unit").get("name").asText()).isEqualTo("Phường Long Xuyên");
    assertThat(bare.get("unit").get("resolved_by").asText()).isEqualTo("NEWEST_VERSION");
    assertThat(bare.get("unit").get("valid_to").isNull()).isTrue();
    assertThat(bare.get("other_versions").findValuesAsText("unit_key")).containsExactly(MY_HOA);

    JsonNode lineage = getJson("/api/v1/units/30307/lineage");
    assertThat(lineage.get("rows").findValuesAsText("relation")).containsOnly("PREDECESSOR");
    assertThat(lineage.get("rows").findValuesAsText("unit_key")).containsExactlyInAnyOrder(
        "30280@2015-01-01", "30283@2015-01-01", "30286@2015-01-01", "30295@2015-01-01", "30298@2015-01-01", MY_HOA);
    double shares = 0;
    for (JsonNode l : lineage.get("rows")) {
      shares += l.get("share").asDouble();
    }
    assertThat(shares).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(getJson("/api/v1/units/" + MY_HOA + "/lineage").get("rows").findValuesAsText("to_key"))
        .containsExactly(LONG_XUYEN);

    Answer missing = get(Caller.VIEWER, "/api/v1/units/30307@2020-01-01");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("detail").asText()).isEqualTo(
        "Không tìm thấy đơn vị: 30307@2020-01-01 (mã 30307 có các phiên bản 30307@2015-01-01, 30307@2025-07-01)");
    Answer malformed = get(Caller.VIEWER, "/api/v1/units/30307@2025-02-30/profile");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("detail").asText()).isEqualTo("Không thể hiểu tham số ref: 30307@2025-02-30"
        + " (cần mã đơn vị, ví dụ 30307, hoặc khóa mã@ngày hiệu lực, ví dụ 30307@2025-07-01)");
  }

  @Test
  void theProfileOfAReusedCodeNeverMixesItsTwoUnits() {
    JsonNode old = getJson("/api/v1/units/" + MY_HOA + "/profile");
    assertThat(old.get("year").asInt()).isEqualTo(2024);
    assertThat(old.get("unit").get("name").asText()).isEqualTo("Phường Mỹ Hòa");
    assertThat(old.get("index").get("unit_key").asText()).isEqualTo(MY_HOA);
    assertThat(old.get("index").get("index_pct").asDouble()).isEqualTo(((Number) Marts.single(
        "SELECT index_pct FROM index_scores WHERE year = 2024 AND unit_key = ?", MY_HOA)).doubleValue());
    assertThat(old.get("trend_as_was").findValuesAsText("year")).containsExactly("2020", "2021", "2022", "2023", "2024");
    assertThat(old.get("trend_as_was").findValuesAsText("unit_key")).containsOnly(MY_HOA);
    assertThat(old.get("trend_as_is")).isEmpty();

    JsonNode now = getJson("/api/v1/units/30307/profile");
    assertThat(now.get("year").asInt()).isEqualTo(2025);
    assertThat(now.get("unit").get("unit_key").asText()).isEqualTo(LONG_XUYEN);
    assertThat(now.get("trend_as_was").findValuesAsText("year")).containsExactly("2025");
    assertThat(now.get("trend_as_is").findValuesAsText("year")).containsExactly("2020", "2021", "2022", "2023", "2024",
        "2025");
    JsonNode asIs2024 = find(now.get("trend_as_is"), r -> r.get("year").asInt() == 2024);
    assertThat(asIs2024.get("restated").asBoolean()).isTrue();
    // the restated value, computed here from the predecessors' own 2024 index and the link shares
    assertThat(asIs2024.get("index_pct").asDouble()).isCloseTo(((Number) Marts.single("""
        SELECT sum(l.share * i.index_pct) / sum(l.share) FROM raw_unit_lineage l
        JOIN index_scores i ON i.year = 2024 AND i.unit_key = l.from_code || '@2015-01-01'
        WHERE l.to_code = '30307' AND l.effective_date = DATE '2025-07-01'""")).doubleValue(),
        org.assertj.core.data.Offset.offset(0.01));
    assertThat(getJson("/api/v1/trends?basis=AS_WAS&unit=" + MY_HOA).get("rows").findValuesAsText("unit_key"))
        .containsOnly(MY_HOA);
  }

  @Test
  void theMapHoldsEveryCommuneOfTodayWithItsValueOrItsRestatedValue() {
    JsonNode y2025 = getJson("/api/v1/map/communes?year=2025");
    assertThat(y2025.get("count").asInt()).isEqualTo(102);
    assertThat(y2025.get("rows").findValuesAsText("value_source")).containsOnly("INDEX");
    JsonNode longXuyen = find(y2025.get("rows"), r -> r.get("unit_code").asText().equals("30307"));
    assertThat(longXuyen.get("unit_key").asText()).isEqualTo(LONG_XUYEN);
    assertThat(longXuyen.get("index_pct").asDouble()).isEqualTo(((Number) Marts.single(
        "SELECT index_pct FROM index_scores WHERE year = 2025 AND unit_key = ?", LONG_XUYEN)).doubleValue());
    assertThat(longXuyen.get("band").asText()).isEqualTo(Marts.single(
        "SELECT band FROM index_scores WHERE year = 2025 AND unit_key = ?", LONG_XUYEN));

    JsonNode y2024 = getJson("/api/v1/map/communes?year=2024");
    assertThat(y2024.get("count").asInt()).isEqualTo(102);
    assertThat(y2024.get("rows").findValuesAsText("value_source")).containsOnly("AS_IS");
    for (JsonNode r : y2024.get("rows")) {
      assertThat(r.get("index_pct").isNull()).as(r.get("unit_label").asText()).isFalse();
      assertThat(r.get("communes_year").asInt()).isEqualTo(2025);
    }
    JsonNode restated = find(y2024.get("rows"), r -> r.get("unit_code").asText().equals("30307"));
    assertThat(restated.get("index_pct").asDouble()).isEqualTo(((Number) Marts.single("SELECT index_pct FROM index_trends"
        + " WHERE basis = 'AS_IS' AND year = 2024 AND unit_key = ?", LONG_XUYEN)).doubleValue());
    // banded with the 2024 scale for communes, as an index of that year would have been
    assertThat(restated.get("band").asText()).isEqualTo(Marts.single("""
        SELECT b.band FROM raw_bands b JOIN raw_methodology_versions v ON v.version = b.version
        WHERE b.bloc = 'XA' AND 2024 BETWEEN v.from_year AND coalesce(v.to_year, 9999) AND b.min_pct <= round(?, 2)
        ORDER BY b.min_pct DESC LIMIT 1""", restated.get("index_pct").asDouble()));

    Answer geo = get(Caller.VIEWER, "/dashboard/assets/geo/an_giang_communes_2025.geojson");
    assertThat(geo.status()).isEqualTo(200);
    assertThat(geo.contentType()).startsWith("application/geo+json");
    JsonNode features = geo.json().get("features");
    assertThat(features).hasSize(102);
    java.util.Set<String> codes = new java.util.HashSet<>(y2025.get("rows").findValuesAsText("unit_code"));
    for (JsonNode f : features) {
      assertThat(codes).contains(f.get("properties").get("ward_code").asText());
    }
    assertThat(get(Caller.VIEWER, "/dashboard/assets/geo/LICENSE-vietnamese-provinces-database.txt").text())
        .startsWith("MIT License").contains("Thang Le Quoc");
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
    assertThat(lines).hasSize(39);
    assertThat(lines[0]).startsWith("rank_in_bloc,units_ranked,unit_code,unit_key,unit_name,index_pct");

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
