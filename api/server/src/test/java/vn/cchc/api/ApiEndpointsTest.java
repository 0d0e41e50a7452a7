package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.cchc.testsupport.SampleWarehouse;

/**
 * Every endpoint on the sample release. Each figure is checked against a literal of the sample (as
 * published for it: counts, indices, codes) or against an independent computation from the raw
 * tables (the registry, the criteria, the lineage, the findings), never against the same query on
 * the marts. Where a literal follows from the sample's structure the comment says how (38
 * departments × 8 fields).
 */
class ApiEndpointsTest extends ServerTestBase {
  static final int YEAR = 2024;

  /**
   * Official code 30307: Phường Mỹ Hòa until 30 June 2025, then Phường Long Xuyên (formed from it
   * and five others).
   */
  static final String MY_HOA = "30307@2015-01-01";

  static final String LONG_XUYEN = "30307@2025-07-01";
  static final String HOME_AFFAIRS = "89-SNV@2015-01-01";
  static final int DEPARTMENTS_2024 = 38;
  static final int COMMUNES_2024 = 298;
  static final int DEPARTMENTS_2025 = 14;
  static final int COMMUNES_2025 = 102;
  static final int FIELDS = 8;
  static final int YEARS = 6;

  /** The 2024 district ranking as published: code, rank, index rounded to 2 decimals, band. */
  static final String HUYEN_2024 =
      """
      910 1 96.49 A
      893 2 95.68 A
      904 3 94.75 A
      899 4 94.26 A
      894 5 93.22 A
      902 6 92.43 A
      909 7 92.05 A
      887 8 91.59 A
      892 9 91.31 A
      891 10 90.59 A
      900 11 90.17 A
      903 12 88.19 B
      912 13 85.86 B
      908 14 84.76 B
      914 15 84.31 B
      886 16 84.24 B
      906 17 83.69 B
      907 18 83.64 B
      888 19 83.32 B
      883 20 82.95 B
      913 21 82.19 B
      905 22 81.38 B
      889 23 80.19 B
      911 24 76.21 C
      884 25 74.29 C
      890 26 74.03 C""";

  @Test
  void yearsListEveryAssessedYearAndBlocWithItsUnitsAndMeanIndex() {
    JsonNode years = getJson("/api/v1/years");
    assertThat(years.get("count").asInt())
        .isEqualTo(17); // 2020–2024 × 3 blocs, 2025 without districts
    List<List<Object>> actual = new ArrayList<>();
    for (JsonNode r : years.get("rows")) {
      actual.add(List.of(r.get("year").asInt(), r.get("bloc").asText(), r.get("units").asInt()));
    }
    // every unit of the registry that exists on 31 December of a scored year is assessed that year
    assertThat(actual)
        .containsExactlyInAnyOrderElementsOf(
            raw(
                """
        SELECT CAST(y.year AS INTEGER), u.bloc, CAST(count(*) AS INTEGER)
        FROM (SELECT DISTINCT year FROM raw_self_scores) y JOIN raw_units u
          ON make_date(y.year, 12, 31) BETWEEN u.valid_from AND coalesce(u.valid_to, DATE '9999-12-31')
        WHERE u.bloc <> 'TINH' GROUP BY ALL"""));
    JsonNode so2024 =
        find(
            years.get("rows"),
            r -> r.get("year").asInt() == YEAR && r.get("bloc").asText().equals("SO"));
    assertThat(so2024.get("units").asInt()).isEqualTo(DEPARTMENTS_2024);
    assertThat(so2024.get("average_pct").asDouble()).isCloseTo(87.51741071223414, offset(1e-9));
  }

  @Test
  void blocsAndBasesAreListedInTheirOrderTheFirstBeingTheDefault() {
    assertThat(getJson("/api/v1/blocs").findValuesAsText("bloc"))
        .containsExactly("SO", "HUYEN", "XA");
    assertThat(getJson("/api/v1/blocs").findValuesAsText("label_vi"))
        .containsExactly("Khối sở, ban, ngành", "Khối UBND cấp huyện", "Khối UBND cấp xã");
    assertThat(getJson("/api/v1/bases").findValuesAsText("basis"))
        .containsExactly("AS_WAS", "AS_IS");
  }

  @Test
  void rankingIsTheBlocInRankOrderWithTiesSharingARank() {
    JsonNode rows = getJson("/api/v1/ranking?year=2024&bloc=HUYEN").get("rows");
    List<String> actual = new ArrayList<>();
    for (JsonNode r : rows) {
      actual.add(
          r.get("unit_code").asText()
              + " "
              + r.get("rank_in_bloc").asInt()
              + " "
              + r.get("index_pct_rounded").asText()
              + " "
              + (r.get("band").isNull() ? "-" : r.get("band").asText()));
    }
    assertThat(actual).containsExactlyElementsOf(HUYEN_2024.lines().toList());
    // the convention, on the answer itself: 1 + the units whose published index is higher (1, 2, 2,
    // 4)
    for (JsonNode r : rows) {
      long higher = 0;
      for (JsonNode other : rows) {
        higher +=
            other.get("index_pct_rounded").asDouble() > r.get("index_pct_rounded").asDouble()
                ? 1
                : 0;
      }
      assertThat(r.get("rank_in_bloc").asLong())
          .as(r.get("unit_code").asText())
          .isEqualTo(1 + higher);
      assertThat(r.get("units_ranked").asInt()).isEqualTo(rows.size());
    }
    assertThat(rows.findValuesAsText("unit_code"))
        .containsExactlyInAnyOrderElementsOf(
            raw(
                    """
        SELECT unit_code FROM raw_units WHERE bloc = 'HUYEN'
        AND DATE '2024-12-31' BETWEEN valid_from AND coalesce(valid_to, DATE '9999-12-31')""")
                .stream()
                .map(r -> (String) r.get(0))
                .toList());
  }

  @Test
  void rankingDefaultsToTheLatestYearAndDepartments() {
    JsonNode ranking = getJson("/api/v1/ranking");
    assertThat(ranking.get("count").asInt()).isEqualTo(DEPARTMENTS_2025);
    assertThat(ranking.get("rows").findValuesAsText("version")).containsOnly("V2025");
  }

  @Test
  void overviewHoldsKeyFiguresBandsAndMovers() {
    JsonNode o = getJson("/api/v1/overview?year=2024&bloc=SO&basis=AS_WAS");
    assertThat(o.get("key_figures").findValuesAsText("bloc")).containsExactly("SO", "HUYEN", "XA");
    JsonNode so = find(o.get("key_figures"), r -> r.get("bloc").asText().equals("SO"));
    assertThat(so.get("change_pp").asDouble()).isCloseTo(-0.558055654, offset(1e-9));
    assertThat(so.get("units").asInt()).isEqualTo(DEPARTMENTS_2024);
    int banded = 0;
    for (JsonNode b : o.get("bands")) {
      banded += b.get("units").asInt();
    }
    assertThat(banded).isEqualTo(DEPARTMENTS_2024);
    assertThat(o.get("movers_up").get(0).get("unit_code").asText()).isEqualTo("91-BDT");
    assertThat(o.get("movers_up").get(0).get("change_pp").asDouble())
        .isCloseTo(5.619425557219245, offset(1e-9));
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
    assertThat(tree.get("fields")).hasSize(FIELDS);
    assertThat(subs).isEqualTo(92);
    assertThat(tree.get("max_points").asDouble()).isCloseTo(100.0, offset(1e-9));
    // the tree is built from the flat rows; counted here from those rows directly
    assertThat(subs)
        .isEqualTo(
            rawCount(
                "SELECT count(*) FROM raw_criteria WHERE version = 'V2022'"
                    + " AND bloc = 'SO' AND sub_criterion_code IS NOT NULL"));
  }

  @Test
  void unitProfileHoldsTheUnitsFiguresOfTheYear() {
    JsonNode p = getJson("/api/v1/units/" + HOME_AFFAIRS + "/profile?year=2024");
    assertThat(p.get("index").get("index_pct").asDouble()).isCloseTo(90.977058824, offset(1e-9));
    assertThat(p.get("components")).hasSize(FIELDS);
    JsonNode field1 = find(p.get("components"), c -> c.get("field_code").asText().equals("1"));
    assertThat(field1.get("bloc_average_pct").asDouble())
        .isCloseTo(94.21929824561403, offset(1e-9));
    assertThat(p.get("best_unit_code").asText()).isEqualTo("91-SKHCN");
    assertThat(p.get("best_unit_key").asText()).isEqualTo("91-SKHCN@2015-01-01");
    assertThat(field1.get("best_unit_pct").asDouble()).isCloseTo(98.77777777777779, offset(1e-9));
    assertThat(p.get("trend_as_was").findValuesAsText("year")).contains("2020", "2024");
    assertThat(p.get("weakest_criteria")).hasSize(5);
    assertThat(p.get("weakest_criteria").get(0).get("attainment_pct").asDouble()).isEqualTo(50.0);
    assertThat(p.get("self_vs_appraised").findValuesAsText("level")).contains("UNIT", "FIELD");
    assertThat(p.get("satisfaction")).hasSize(30); // 5 years (2020–2024) × OVERALL and 5 components
    // no inspection of the sample found anything at a Sở Nội vụ
    assertThat(p.get("findings")).isEmpty();
    assertThat(p.get("unit").get("name").asText()).isEqualTo("Sở Nội vụ tỉnh An Giang");
    assertThat(p.get("other_versions").findValuesAsText("unit_key"))
        .containsExactly("89-SNV@2025-03-01");
  }

  @Test
  void unitsAreVersionsOfOfficialCodes() {
    JsonNode units = getJson("/api/v1/units");
    assertThat(units.get("count").asInt()).isEqualTo(490);
    assertThat(units.get("columns").toString())
        .startsWith(
            "[\"unit_key\",\"unit_code\",\"name\",\"bloc\",\"parent_code\",\"valid_from\",\"valid_to\"");
    JsonNode versions = getJson("/api/v1/units?code=30307").get("rows");
    assertThat(versions.findValuesAsText("unit_key")).containsExactly(MY_HOA, LONG_XUYEN);
    assertThat(versions.findValuesAsText("name"))
        .containsExactly("Phường Mỹ Hòa", "Phường Long Xuyên");
    assertThat(versions.findValuesAsText("unit_label"))
        .containsExactly(
            "Phường Mỹ Hòa (30307, 01/01/2015 – 30/06/2025)",
            "Phường Long Xuyên (30307, 01/07/2025 – nay)");
    assertThat(versions.get(0).get("successors").asInt()).isEqualTo(1);
    assertThat(versions.get(1).get("predecessors").asInt()).isEqualTo(6);
    // a department code used three times: Kiên Giang's before and after the March 2025 merger, then
    // the new province's
    assertThat(getJson("/api/v1/units?code=91-SNV").get("rows").findValuesAsText("unit_label"))
        .containsExactly(
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
    assertThat(lineage.get("rows").findValuesAsText("unit_key"))
        .containsExactlyInAnyOrder(
            "30280@2015-01-01",
            "30283@2015-01-01",
            "30286@2015-01-01",
            "30295@2015-01-01",
            "30298@2015-01-01",
            MY_HOA);
    double shares = 0;
    for (JsonNode l : lineage.get("rows")) {
      shares += l.get("share").asDouble();
    }
    assertThat(shares).isCloseTo(1.0, offset(1e-9));
    assertThat(
            getJson("/api/v1/units/" + MY_HOA + "/lineage").get("rows").findValuesAsText("to_key"))
        .containsExactly(LONG_XUYEN);

    Answer missing = get(Caller.VIEWER, "/api/v1/units/30307@2020-01-01");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("detail").asText())
        .isEqualTo(
            "Không tìm thấy đơn vị: 30307@2020-01-01 (mã 30307 có các phiên bản 30307@2015-01-01, 30307@2025-07-01)");
    Answer malformed = get(Caller.VIEWER, "/api/v1/units/30307@2025-02-30/profile");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.json().get("detail").asText())
        .isEqualTo(
            "Không thể hiểu tham số ref: 30307@2025-02-30"
                + " (cần mã đơn vị, ví dụ 30307, hoặc khóa mã@ngày hiệu lực, ví dụ 30307@2025-07-01)");
  }

  @Test
  void theProfileOfAReusedCodeNeverMixesItsTwoUnits() {
    JsonNode old = getJson("/api/v1/units/" + MY_HOA + "/profile");
    assertThat(old.get("year").asInt()).isEqualTo(2024);
    assertThat(old.get("unit").get("name").asText()).isEqualTo("Phường Mỹ Hòa");
    assertThat(old.get("index").get("unit_key").asText()).isEqualTo(MY_HOA);
    assertThat(old.get("index").get("index_pct").asDouble()).isCloseTo(93.33, offset(1e-9));
    assertThat(old.get("trend_as_was").findValuesAsText("year"))
        .containsExactly("2020", "2021", "2022", "2023", "2024");
    assertThat(old.get("trend_as_was").findValuesAsText("unit_key")).containsOnly(MY_HOA);
    assertThat(old.get("trend_as_is")).isEmpty();

    JsonNode now = getJson("/api/v1/units/30307/profile");
    assertThat(now.get("year").asInt()).isEqualTo(2025);
    assertThat(now.get("unit").get("unit_key").asText()).isEqualTo(LONG_XUYEN);
    assertThat(now.get("trend_as_was").findValuesAsText("year")).containsExactly("2025");
    assertThat(now.get("trend_as_is").findValuesAsText("year"))
        .containsExactly("2020", "2021", "2022", "2023", "2024", "2025");
    JsonNode asIs2024 = find(now.get("trend_as_is"), r -> r.get("year").asInt() == 2024);
    assertThat(asIs2024.get("restated").asBoolean()).isTrue();
    assertThat(asIs2024.get("index_pct").asDouble()).isCloseTo(93.3125040862801, offset(1e-9));
    // the same value from the predecessors' own 2024 index (in the API's ranking) and the links'
    // shares (raw)
    JsonNode communes2024 = getJson("/api/v1/ranking?year=2024&bloc=XA").get("rows");
    double weighted = 0;
    double shares = 0;
    for (List<Object> link :
        raw(
            "SELECT from_code || '@2015-01-01', share FROM raw_unit_lineage"
                + " WHERE to_code = '30307' AND effective_date = DATE '2025-07-01'")) {
      JsonNode predecessor =
          find(communes2024, r -> r.get("unit_key").asText().equals(link.get(0)));
      weighted += ((Number) link.get(1)).doubleValue() * predecessor.get("index_pct").asDouble();
      shares += ((Number) link.get(1)).doubleValue();
    }
    assertThat(asIs2024.get("index_pct").asDouble()).isCloseTo(weighted / shares, offset(0.01));
    assertThat(
            getJson("/api/v1/trends?basis=AS_WAS&unit=" + MY_HOA)
                .get("rows")
                .findValuesAsText("unit_key"))
        .containsOnly(MY_HOA);
  }

  @Test
  void theMapHoldsEveryCommuneOfTodayWithItsValueOrItsRestatedValue() {
    JsonNode y2025 = getJson("/api/v1/map/communes?year=2025");
    assertThat(y2025.get("count").asInt()).isEqualTo(COMMUNES_2025);
    assertThat(y2025.get("rows").findValuesAsText("value_source")).containsOnly("INDEX");
    JsonNode longXuyen = find(y2025.get("rows"), r -> r.get("unit_code").asText().equals("30307"));
    assertThat(longXuyen.get("unit_key").asText()).isEqualTo(LONG_XUYEN);
    assertThat(longXuyen.get("index_pct").asDouble()).isCloseTo(89.023636364, offset(1e-9));
    assertThat(longXuyen.get("band").asText()).isEqualTo("B");

    JsonNode y2024 = getJson("/api/v1/map/communes?year=2024");
    assertThat(y2024.get("count").asInt()).isEqualTo(COMMUNES_2025);
    assertThat(y2024.get("rows").findValuesAsText("value_source")).containsOnly("AS_IS");
    for (JsonNode r : y2024.get("rows")) {
      assertThat(r.get("index_pct").isNull()).as(r.get("unit_label").asText()).isFalse();
      assertThat(r.get("communes_year").asInt()).isEqualTo(2025);
    }
    JsonNode restated = find(y2024.get("rows"), r -> r.get("unit_code").asText().equals("30307"));
    assertThat(restated.get("index_pct").asDouble()).isCloseTo(93.3125040862801, offset(1e-9));
    // banded with the 2024 scale for communes, as an index of that year would have been
    assertThat(restated.get("band").asText())
        .isEqualTo("A")
        .isEqualTo(
            Marts.single(
                """
        SELECT b.band FROM raw_bands b JOIN raw_methodology_versions v ON v.version = b.version
        WHERE b.bloc = 'XA' AND 2024 BETWEEN v.from_year AND coalesce(v.to_year, 9999) AND b.min_pct <= round(?, 2)
        ORDER BY b.min_pct DESC LIMIT 1""",
                restated.get("index_pct").asDouble()));

    Answer geo = get(Caller.VIEWER, "/dashboard/assets/geo/an_giang_communes_2025.geojson");
    assertThat(geo.status()).isEqualTo(200);
    assertThat(geo.contentType()).startsWith("application/geo+json");
    JsonNode features = geo.json().get("features");
    assertThat(features).hasSize(COMMUNES_2025);
    java.util.Set<String> codes =
        new java.util.HashSet<>(y2025.get("rows").findValuesAsText("unit_code"));
    for (JsonNode f : features) {
      assertThat(codes).contains(f.get("properties").get("ward_code").asText());
    }
    assertThat(
            get(Caller.VIEWER, "/dashboard/assets/geo/LICENSE-vietnamese-provinces-database.txt")
                .text())
        .startsWith("MIT License")
        .contains("Thang Le Quoc");
  }

  @Test
  void trendsFollowTheBasis() {
    JsonNode asIs = getJson("/api/v1/trends?basis=AS_IS&bloc=SO");
    // restated onto today's departments: each of the 14 in each of the 6 years
    assertThat(asIs.get("count").asInt()).isEqualTo(DEPARTMENTS_2025 * YEARS);
    assertThat(asIs.get("rows").findValuesAsText("basis")).containsOnly("AS_IS");
    JsonNode summary = getJson("/api/v1/trends/summary?basis=AS_WAS&bloc=XA");
    assertThat(summary.get("rows").findValuesAsText("year"))
        .containsExactly("2020", "2021", "2022", "2023", "2024", "2025");
    assertThat(summary.get("rows").findValuesAsText("units"))
        .containsExactly("298", "298", "298", "298", "298", "102");
  }

  @Test
  void heatmapAtFieldAndCriterionLevel() {
    JsonNode fields = getJson("/api/v1/heatmap?year=2024&bloc=SO&level=FIELD");
    assertThat(fields.get("count").asInt()).isEqualTo(DEPARTMENTS_2024 * FIELDS);
    JsonNode criteria = getJson("/api/v1/heatmap?year=2024&bloc=SO&level=criterion&field=3");
    assertThat(criteria.get("count").asInt())
        .isEqualTo(254); // 38 × 7 criteria, less those that do not apply
    assertThat(criteria.get("rows").findValuesAsText("field_code")).containsOnly("3");
  }

  @Test
  void weaknessesAppraisalGapsAndSatisfaction() {
    JsonNode weak = getJson("/api/v1/weaknesses?year=2024&bloc=XA");
    assertThat(weak.get("count").asInt())
        .isEqualTo(46)
        .isEqualTo(
            rawCount(
                "SELECT count(*) FROM raw_criteria"
                    + " WHERE version = 'V2022' AND bloc = 'XA' AND criterion_code IS NOT NULL AND sub_criterion_code IS NULL"));
    assertThat(getJson("/api/v1/appraisal-gaps?year=2024&bloc=XA&level=UNIT").get("count").asInt())
        .isEqualTo(COMMUNES_2024);
    JsonNode outliers =
        getJson("/api/v1/appraisal-gaps?year=2024&bloc=XA&level=FIELD&outliers=true");
    assertThat(outliers.get("count").asInt()).isEqualTo(317);
    assertThat(outliers.get("rows").findValuesAsText("outlier")).containsOnly("true");
    JsonNode sat = getJson("/api/v1/satisfaction?year=2024");
    // one OVERALL row per unit that SIPAS respondents answered about that year
    assertThat(sat.get("count").asInt())
        .isEqualTo(356)
        .isEqualTo(
            rawCount(
                "SELECT count(DISTINCT unit_code)"
                    + " FROM raw_survey_responses WHERE year = 2024 AND survey_code LIKE 'SIPAS-%'"));
    assertThat(sat.get("rows").findValuesAsText("component")).containsOnly("OVERALL");
  }

  @Test
  void inspectionOutcomesFindingsAndTargets() {
    JsonNode byField = getJson("/api/v1/inspections/outcomes/by-field?year=2024");
    int findings = 0;
    for (JsonNode r : byField.get("rows")) {
      findings += r.get("findings").asInt();
    }
    assertThat(findings)
        .isEqualTo(85)
        .isEqualTo(
            rawCount(
                "SELECT count(*) FROM raw_findings f"
                    + " JOIN raw_inspections i USING (inspection_id) WHERE i.year = 2024"));
    assertThat(getJson("/api/v1/inspections/outcomes?year=2024").get("count").asInt())
        .isEqualTo(65);
    JsonNode visits = getJson("/api/v1/inspections?year=2024");
    assertThat(visits.get("count").asInt()).isEqualTo(25);
    int visitFindings = 0;
    for (JsonNode r : visits.get("rows")) {
      visitFindings += r.get("findings").asInt();
    }
    assertThat(visitFindings).isEqualTo(85);
    // the findings list derives "overdue" in SQL from the raw findings, the mart in Spark: the two
    // must agree
    JsonNode overdue = getJson("/api/v1/findings?overdue=true");
    assertThat(overdue.get("count").asInt())
        .isEqualTo(63)
        .isEqualTo(rawCount("SELECT sum(overdue) FROM inspection_outcomes"));
    assertThat(overdue.get("rows").findValuesAsText("status")).containsOnly("OPEN");
    assertThat(
            getJson("/api/v1/findings?status=REMEDIATED&field=3")
                .get("rows")
                .findValuesAsText("status"))
        .containsOnly("REMEDIATED");
    JsonNode targets = getJson("/api/v1/inspections/targets");
    // every unit of the latest index year is scored for the 2026 plan
    assertThat(targets.get("count").asInt()).isEqualTo(DEPARTMENTS_2025 + COMMUNES_2025);
    assertThat(targets.get("rows").findValuesAsText("plan_year")).containsOnly("2026");
    assertThat(targets.get("rows").get(0).get("priority_rank").asInt()).isEqualTo(1);
    assertThat(targets.get("rows").get(0).get("reasons_vi").asText()).isNotBlank();
  }

  @Test
  void dataQualityAndRelease() throws Exception {
    assertThat(getJson("/api/v1/data-quality").get("count").asInt()).isEqualTo(6);
    assertThat(getJson("/api/v1/data-quality/summary").get("rows").findValuesAsText("issues"))
        .containsExactly("1", "5");
    // the release the transform published, as its pointer file on disk names it
    assertThat(getJson("/api/v1/release").get("release_id").asText())
        .isEqualTo(
            Files.readString(SampleWarehouse.get().resolve("releases").resolve("CURRENT")).strip());
    assertThat(getJson("/api/v1/release").get("as_of_date").asText())
        .isEqualTo(SampleWarehouse.AS_OF);
  }

  @Test
  void listsExportAsCsvAndXlsx() throws Exception {
    Answer csv = get(Caller.ANALYST, "/api/v1/ranking?year=2024&bloc=SO&format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    assertThat(csv.raw().headers().firstValue("Content-Disposition").orElse(""))
        .contains("cchc-ranking-2024-so.csv");
    String[] lines = csv.text().replace("\uFEFF", "").split("\r\n");
    assertThat(lines).hasSize(1 + DEPARTMENTS_2024);
    assertThat(lines[0])
        .startsWith("rank_in_bloc,units_ranked,unit_code,unit_key,unit_name,index_pct");

    Answer xlsx = get(Caller.ANALYST, "/api/v1/findings?overdue=true&format=xlsx");
    assertThat(xlsx.status()).isEqualTo(200);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      Sheet sheet = wb.getSheetAt(0);
      assertThat(sheet.getLastRowNum()).isEqualTo(63);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("finding_id");
    }
  }

  @Test
  void errorsAreVietnameseProblemDetails() {
    Answer year = get(Caller.VIEWER, "/api/v1/ranking?year=1999");
    assertThat(year.status()).isEqualTo(404);
    assertThat(year.contentType()).startsWith("application/problem+json");
    assertThat(year.json().get("detail").asText())
        .isEqualTo("Không tìm thấy năm đánh giá: 1999 (có dữ liệu các năm 2020–2025)");
    Answer unit = get(Caller.VIEWER, "/api/v1/units/KHONG_CO/profile");
    assertThat(unit.status()).isEqualTo(404);
    assertThat(unit.json().get("detail").asText()).isEqualTo("Không tìm thấy đơn vị: KHONG_CO");
    Answer bloc = get(Caller.VIEWER, "/api/v1/ranking?bloc=TINH");
    assertThat(bloc.status()).isEqualTo(400);
    assertThat(bloc.json().get("detail").asText())
        .isEqualTo("Không thể hiểu khối: TINH (chỉ nhận SO, HUYEN hoặc XA)");
    Answer number = get(Caller.VIEWER, "/api/v1/ranking?year=abc");
    assertThat(number.status()).isEqualTo(400);
    assertThat(number.json().get("detail").asText()).isEqualTo("Không thể hiểu tham số year: abc");
    Answer level = get(Caller.VIEWER, "/api/v1/heatmap?level=UNIT");
    assertThat(level.status()).isEqualTo(400);
    assertThat(level.json().get("detail").asText())
        .isEqualTo("Không thể hiểu tham số level: UNIT (chỉ nhận FIELD, CRITERION)");
    Answer district2025 = get(Caller.VIEWER, "/api/v1/ranking?year=2025&bloc=HUYEN");
    assertThat(district2025.status()).isEqualTo(404);
    assertThat(district2025.json().get("detail").asText())
        .isEqualTo("Không tìm thấy khối HUYEN (Khối UBND cấp huyện) trong năm 2025");
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

  /**
   * An independent computation over the catalog's raw tables (or, said where, a mart computed by
   * Spark).
   */
  static List<List<Object>> raw(String sql) {
    return Marts.rows(sql);
  }

  static int rawCount(String sql) {
    return ((Number) Marts.single(sql)).intValue();
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
