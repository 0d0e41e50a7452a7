package vn.cchc.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import vn.cchc.model.survey.SipasComponent;
import vn.cchc.report.SampleRelease;
import vn.cchc.report.font.ReportFonts;
import vn.cchc.report.text.Formats;
import vn.cchc.testsupport.Repo;

/**
 * The site of the sample release's two last years, checked against figures read here with SQL of
 * our own over the catalog, not through the report's assembler or the query layer: the rankings
 * with bands, the changes on the basis the trend marts call for, the field indices, SIPAS per
 * component; and that nothing a province does not publish is on it.
 */
class PublishSiteTest {
  /** 2025: departments and communes after the restructuring (as-is changes); 2024: three blocs. */
  static final List<Integer> YEARS = List.of(2025, 2024);

  static final Map<Integer, Path> SITES = new LinkedHashMap<>();

  @BeforeAll
  static void publish() {
    Path base = SampleRelease.target("publish-site-test");
    SampleRelease.deleteTree(base);
    SitePublisher publisher = new SitePublisher(ReportFonts.locate(null));
    for (int year : YEARS) {
      SitePublisher.Result r =
          publisher.publish(SampleRelease.warehouse(), year, base.resolve("cong-bo-" + year));
      SITES.put(year, r.dir());
    }
  }

  static List<String> blocs(int year) {
    List<String> out = new ArrayList<>();
    for (List<Object> row :
        SampleRelease.query(
            """
            SELECT bloc FROM index_scores WHERE year = ? GROUP BY bloc
            ORDER BY CASE bloc WHEN 'SO' THEN 1 WHEN 'HUYEN' THEN 2 ELSE 3 END""",
            year)) {
      out.add((String) row.get(0));
    }
    return out;
  }

  static Document page(int year, String file) {
    return SitePages.page(SITES.get(year).resolve(file));
  }

  static String blocPage(String bloc) {
    return "khoi-" + bloc.toLowerCase(Locale.ROOT) + ".html";
  }

  static double number(Object v) {
    return ((Number) v).doubleValue();
  }

  @Test
  void onePagePerBlocTheReleaseRanksThatYearPlusTheOverviewAndSatisfaction() {
    assertThat(blocs(2025)).containsExactly("SO", "XA");
    assertThat(blocs(2024)).containsExactly("SO", "HUYEN", "XA");
    for (int year : YEARS) {
      List<String> expected = new ArrayList<>(List.of("index.html", "hai-long.html"));
      blocs(year).forEach(b -> expected.add(blocPage(b)));
      assertThat(
              SitePages.files(SITES.get(year)).stream().filter(f -> f.endsWith(".html")).toList())
          .containsExactlyInAnyOrderElementsOf(expected);
    }
    assertThat(SITES.get(2025).resolve("khoi-huyen.html")).doesNotExist();
    assertThat(SitePages.text(page(2025, "index.html")))
        .contains(
            "Khối UBND cấp huyện: không có đơn vị nào được đánh giá năm 2025 (năm đánh giá gần"
                + " nhất: 2024).");
  }

  @Test
  void everyRankingIsTheMartsRankingWithIndexAndBand() {
    for (int year : YEARS) {
      for (String bloc : blocs(year)) {
        List<List<String>> expected = new ArrayList<>();
        for (List<Object> r :
            SampleRelease.query(
                """
                SELECT rank_in_bloc,
                       CASE WHEN count(*) OVER (PARTITION BY unit_name) > 1
                            THEN unit_name || ' (' || unit_code || ')' ELSE unit_name END,
                       index_pct_rounded, band, band_label, provisional
                FROM index_scores WHERE year = ? AND bloc = ? ORDER BY rank_in_bloc, unit_code""",
                year,
                bloc)) {
          String band = (String) r.get(3);
          expected.add(
              List.of(
                  r.get(0).toString(),
                  r.get(1) + (Boolean.TRUE.equals(r.get(5)) ? " (tạm tính)" : ""),
                  Formats.decimal(number(r.get(2))),
                  band == null ? "Dưới mức xếp loại" : band + " – " + r.get(4)));
        }
        List<List<String>> shown =
            SitePages.rows(page(year, blocPage(bloc)), "xep-hang").stream()
                .map(row -> row.subList(0, 4))
                .toList();
        assertThat(shown).as("%d %s", year, bloc).isEqualTo(expected).isNotEmpty();
      }
    }
  }

  /**
   * As-was unless that compares no unit (after the 2025 restructuring every unit is new): then the
   * previous year restated onto today's units.
   */
  static String basis(int year, String bloc) {
    return compared(year, bloc, "AS_WAS") == 0 && compared(year, bloc, "AS_IS") > 0
        ? "AS_IS"
        : "AS_WAS";
  }

  /** Units compared with the previous year on the basis; 0 without a summary row. */
  static int compared(int year, String bloc, String basis) {
    List<List<Object>> rows =
        SampleRelease.query(
            "SELECT units_up + units_down FROM trend_summaries WHERE year = ? AND bloc = ? AND basis = ?",
            year,
            bloc,
            basis);
    return rows.isEmpty() ? 0 : ((Number) rows.get(0).get(0)).intValue();
  }

  @Test
  void changesSinceLastYearAreTheTrendMartsOnTheBasisThatCompares() {
    assertThat(basis(2025, "SO")).isEqualTo("AS_IS");
    assertThat(basis(2025, "XA")).isEqualTo("AS_IS");
    assertThat(basis(2024, "XA")).isEqualTo("AS_WAS");
    for (int year : YEARS) {
      for (String bloc : blocs(year)) {
        List<List<String>> expected = new ArrayList<>();
        for (List<Object> r :
            SampleRelease.query(
                """
                SELECT t.previous_rank, t.rank_change, t.previous_index_pct, t.change_pp
                FROM index_scores i
                LEFT JOIN index_trends t ON t.year = i.year AND t.unit_key = i.unit_key AND t.basis = ?
                WHERE i.year = ? AND i.bloc = ? ORDER BY i.rank_in_bloc, i.unit_code""",
                basis(year, bloc),
                year,
                bloc)) {
          if (r.get(2) == null) {
            expected.add(List.of("–", "mới", "–", "mới"));
          } else {
            int rankChange = ((Number) r.get(1)).intValue();
            expected.add(
                List.of(
                    r.get(0).toString(),
                    rankChange > 0 ? "+" + rankChange : Integer.toString(rankChange),
                    Formats.decimal(number(r.get(2))),
                    Formats.change(number(r.get(3)))));
          }
        }
        Document doc = page(year, blocPage(bloc));
        assertThat(SitePages.header(doc, "xep-hang").subList(4, 8))
            .containsExactly(
                "Hạng năm " + (year - 1),
                "Thay đổi hạng",
                "Chỉ số năm " + (year - 1) + " (%)",
                "Thay đổi (điểm %)");
        List<List<String>> shown =
            SitePages.rows(doc, "xep-hang").stream().map(row -> row.subList(4, 8)).toList();
        assertThat(shown).as("%d %s", year, bloc).isEqualTo(expected);
      }
    }
    // every 2025 unit compares across the methodology change: said once, under the table
    assertThat(SitePages.text(page(2025, "khoi-so.html")))
        .contains("Ghi chú về so sánh với năm 2024: 14 đơn vị so sánh qua thay đổi bộ tiêu chí.")
        .contains("Số liệu năm 2024 được quy đổi về các đơn vị hiện nay để so sánh.");
  }

  @Test
  void theOverviewGivesEachBlocsAverageAndItsChangeOnTheSameBasis() {
    for (int year : YEARS) {
      List<List<String>> rows = SitePages.rows(page(year, "index.html"), "ket-qua-theo-khoi");
      List<String> blocs = blocs(year);
      assertThat(rows).hasSize(blocs.size());
      for (int i = 0; i < blocs.size(); i++) {
        String bloc = blocs.get(i);
        List<Object> own =
            SampleRelease.query(
                    "SELECT count(*), avg(index_pct), max(index_pct_rounded), min(index_pct_rounded) FROM index_scores WHERE year = ? AND bloc = ?",
                    year,
                    bloc)
                .get(0);
        List<Object> trend =
            SampleRelease.query(
                    "SELECT previous_average_pct, change_pp, units_up, units_down FROM trend_summaries WHERE year = ? AND bloc = ? AND basis = ?",
                    year,
                    bloc,
                    basis(year, bloc))
                .get(0);
        assertThat(rows.get(i).subList(1, 9))
            .as("%d %s", year, bloc)
            .containsExactly(
                own.get(0).toString(),
                Formats.decimal(number(own.get(1))),
                Formats.decimal(number(trend.get(0))),
                Formats.change(number(trend.get(1))),
                trend.get(2).toString(),
                trend.get(3).toString(),
                Formats.decimal(number(own.get(2))),
                Formats.decimal(number(own.get(3))));
      }
    }
  }

  @Test
  void fieldIndicesAreTheBlocAveragesOfTheUnitsFieldShares() {
    for (int year : YEARS) {
      for (String bloc : blocs(year)) {
        Map<String, Double> before = fieldAverages(year - 1, bloc);
        List<List<String>> expected = new ArrayList<>();
        for (List<Object> r : fieldRows(year, bloc)) {
          String code = (String) r.get(0);
          double now = number(r.get(2));
          Double then = before.get(code);
          expected.add(
              List.of(
                  code + ". " + r.get(1),
                  Formats.decimal(now),
                  then == null ? "–" : Formats.decimal(then),
                  then == null ? "–" : Formats.change(now - then)));
        }
        Document doc = page(year, blocPage(bloc));
        assertThat(SitePages.rows(doc, "linh-vuc")).as("%d %s", year, bloc).isEqualTo(expected);
        // each unit's row: its field shares in the codes' order
        List<List<String>> units = new ArrayList<>();
        Map<String, List<String>> byUnit = new LinkedHashMap<>();
        for (List<Object> r :
            SampleRelease.query(
                """
                SELECT i.unit_key, i.rank_in_bloc, c.field_code, c.pct
                FROM index_scores i JOIN component_scores c
                  ON c.year = i.year AND c.unit_key = i.unit_key AND c.level = 'FIELD'
                WHERE i.year = ? AND i.bloc = ?
                ORDER BY i.rank_in_bloc, i.unit_code, TRY_CAST(c.field_code AS INTEGER), c.field_code""",
                year,
                bloc)) {
          byUnit
              .computeIfAbsent(
                  (String) r.get(0), k -> new ArrayList<>(List.of(r.get(1).toString())))
              .add(r.get(3) == null ? "–" : Formats.decimal(number(r.get(3))));
        }
        units.addAll(byUnit.values());
        List<List<String>> shown =
            SitePages.rows(doc, "linh-vuc-theo-don-vi").stream()
                .map(
                    row -> {
                      List<String> cells = new ArrayList<>(List.of(row.get(0)));
                      cells.addAll(row.subList(2, row.size()));
                      return cells;
                    })
                .toList();
        assertThat(shown).as("%d %s units", year, bloc).isEqualTo(units);
      }
    }
  }

  static List<List<Object>> fieldRows(int year, String bloc) {
    return SampleRelease.query(
        """
        SELECT c.field_code, min(c.name), avg(c.pct)
        FROM component_scores c JOIN index_scores i ON i.year = c.year AND i.unit_key = c.unit_key
        WHERE c.year = ? AND c.bloc = ? AND c.level = 'FIELD' AND c.pct IS NOT NULL
        GROUP BY c.field_code ORDER BY TRY_CAST(c.field_code AS INTEGER), c.field_code""",
        year,
        bloc);
  }

  static Map<String, Double> fieldAverages(int year, String bloc) {
    Map<String, Double> out = new LinkedHashMap<>();
    for (List<Object> r : fieldRows(year, bloc)) {
      out.put((String) r.get(0), number(r.get(2)));
    }
    return out;
  }

  @Test
  void satisfactionIsPooledPerBlocAndComponentWithItsWilsonInterval() {
    for (int year : YEARS) {
      Document doc = page(year, "hai-long.html");
      Map<String, List<List<String>>> expected = new LinkedHashMap<>();
      for (List<Object> r :
          SampleRelease.query(
              """
              WITH u AS (SELECT unit_code || '@' || CAST(valid_from AS VARCHAR) AS unit_key, bloc FROM raw_units),
              p AS (SELECT u.bloc, s.component, count(*) AS units, sum(s.respondents) AS n,
                           sum(s.satisfied_pct / 100.0 * s.respondents) / sum(s.respondents) AS p,
                           sum(CASE WHEN s.small_sample THEN 1 ELSE 0 END) AS small
                    FROM satisfaction s JOIN u ON u.unit_key = s.unit_key
                    WHERE s.year = ? GROUP BY u.bloc, s.component HAVING sum(s.respondents) > 0),
              z AS (SELECT 1.959963984540054 AS z)
              SELECT bloc, component, units, n, 100 * p,
                     100 * greatest(0, ((p + z * z / (2 * n)) - z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)))
                                       / (1 + z * z / n)),
                     100 * least(1, ((p + z * z / (2 * n)) + z * sqrt(p * (1 - p) / n + z * z / (4 * n * n)))
                                    / (1 + z * z / n)),
                     small
              FROM p, z
              ORDER BY bloc, CASE component WHEN 'OVERALL' THEN 0 ELSE 1 END, component""",
              year)) {
        String component = (String) r.get(1);
        String label =
            component.equals("OVERALL")
                ? "Hài lòng chung"
                : SipasComponent.valueOf(component).labelVi();
        expected
            .computeIfAbsent((String) r.get(0), k -> new ArrayList<>())
            .add(
                List.of(
                    label,
                    Formats.decimal(number(r.get(4))),
                    Formats.decimal(number(r.get(5))) + " – " + Formats.decimal(number(r.get(6))),
                    Formats.integer(((Number) r.get(3)).longValue()),
                    r.get(2).toString(),
                    r.get(7).toString()));
      }
      assertThat(expected).isNotEmpty();
      expected.forEach(
          (bloc, rows) -> {
            List<List<String>> shown =
                SitePages.rows(doc, "hai-long-" + bloc.toLowerCase(Locale.ROOT));
            // the components in the model's order; the sets of rows must be the same
            assertThat(shown).as("%d %s", year, bloc).containsExactlyInAnyOrderElementsOf(rows);
            assertThat(shown.get(0).get(0)).isEqualTo("Hài lòng chung");
          });
      assertThat(SitePages.header(doc, "hai-long-so"))
          .containsExactly(
              "Thành phần",
              "Tỷ lệ hài lòng (%)",
              "Khoảng tin cậy 95% (%)",
              "Số người trả lời",
              "Số đơn vị",
              "Đơn vị có mẫu nhỏ");
    }
  }

  /** Everything a reader of the site can see: the pages and the text of every chart. */
  static String everything(int year) {
    StringBuilder s = new StringBuilder();
    for (String f : SitePages.files(SITES.get(year))) {
      if (f.endsWith(".html") || f.endsWith(".svg")) {
        s.append(SitePages.read(SITES.get(year).resolve(f))).append('\n');
      }
    }
    return s.toString();
  }

  @Test
  void nothingAProvinceDoesNotPublishIsOnTheSite() {
    List<String> criteria = new ArrayList<>();
    for (List<Object> r :
        SampleRelease.query(
            """
            SELECT DISTINCT k.name FROM raw_criteria k
            WHERE k.criterion_code IS NOT NULL AND length(k.name) >= 12
              AND k.version IN (SELECT version FROM index_scores WHERE year IN (2024, 2025))
              AND k.name NOT IN (SELECT name FROM component_scores WHERE level = 'FIELD')""")) {
      criteria.add((String) r.get(0));
    }
    List<String> findings = new ArrayList<>();
    for (List<Object> r :
        SampleRelease.query(
            "SELECT DISTINCT description FROM raw_findings WHERE length(description) >= 12")) {
      findings.add((String) r.get(0));
    }
    List<String> targets = new ArrayList<>();
    for (List<Object> r :
        SampleRelease.query(
            "SELECT DISTINCT reasons_vi FROM inspection_targets WHERE length(reasons_vi) >= 12")) {
      targets.add((String) r.get(0));
    }
    assertThat(criteria).hasSizeGreaterThan(20);
    assertThat(findings).isNotEmpty();
    assertThat(targets).isNotEmpty();
    for (int year : YEARS) {
      String site = everything(year);
      String lower = site.toLowerCase(Locale.ROOT);
      for (String c : criteria) {
        assertThat(site).as("criterion %s in %d", c, year).doesNotContain(Html.escape(c));
      }
      for (String f : findings) {
        assertThat(site).as("finding in %d", year).doesNotContain(Html.escape(f));
      }
      for (String t : targets) {
        assertThat(site).as("inspection target in %d", year).doesNotContain(Html.escape(t));
      }
      // self-assessment against appraisal, inspections, findings, remediation, outliers
      assertThat(lower)
          .doesNotContain("tự đánh giá")
          .doesNotContain("thẩm định")
          .doesNotContain("kiểm tra")
          .doesNotContain("phát hiện")
          .doesNotContain("khắc phục")
          .doesNotContain("ngoại lai");
    }
    // the charts the site shows, and none of the others
    assertThat(
            SitePages.files(SITES.get(2025)).stream()
                .filter(f -> f.endsWith(".svg"))
                .map(f -> f.substring(f.lastIndexOf('/') + 1))
                .toList())
        .allMatch(
            f ->
                f.startsWith("xep-hang-")
                    || f.startsWith("linh-vuc-")
                    || f.startsWith("radar-")
                    || f.equals("ban-do-xep-loai-xa.svg")
                    || f.equals("hai-long-thanh-phan.svg"))
        .contains("ban-do-xep-loai-xa.svg", "hai-long-thanh-phan.svg", "xep-hang-so.svg");
  }

  @Test
  void everyPageSaysTheReleaseItsDateAndSourceAndTheMapKeepsItsMitNotice() throws Exception {
    List<Object> release =
        SampleRelease.query("SELECT release_id, as_of_date FROM release_info").get(0);
    String date = Formats.date((LocalDate) release.get(1));
    for (int year : YEARS) {
      for (String f : SitePages.files(SITES.get(year))) {
        if (!f.endsWith(".html")) {
          continue;
        }
        Document doc = page(year, f);
        String footer = SitePages.text(doc.getElementsByTagName("footer").item(0).getTextContent());
        assertThat(footer)
            .as("%d %s", year, f)
            .contains(
                "Bản phát hành dữ liệu: " + release.get(0) + "; ngày công bố số liệu: " + date)
            .contains(
                "Nguồn số liệu: Sở Nội vụ tỉnh An Giang – kết quả xác định Chỉ số CCHC năm " + year)
            .contains("© 2021 Thang Le Quoc, giấy phép MIT");
      }
      Path licence =
          SITES.get(year).resolve("assets/bieu-do/LICENSE-vietnamese-provinces-database.txt");
      assertThat(Files.readString(licence))
          .isEqualTo(
              Files.readString(
                  Repo.root()
                      .resolve(
                          "api/query/src/main/resources/META-INF/resources/dashboard/assets/geo/"
                              + "LICENSE-vietnamese-provinces-database.txt")))
          .contains("MIT License");
      assertThat(SitePages.attributes(page(year, "khoi-xa.html"), "src"))
          .contains("assets/bieu-do/ban-do-xep-loai-xa.svg");
    }
  }

  @Test
  void pagesAreWellFormedVietnameseWithOnlyRelativeAddressesThatExist() {
    for (int year : YEARS) {
      Path site = SITES.get(year);
      for (String f : SitePages.files(site)) {
        String content = SitePages.read(site.resolve(f));
        if (f.endsWith(".svg")) {
          // namespaces are names, not addresses; nothing else may name the network
          assertThat(content.replaceAll("xmlns(:\\w+)?='[^']*'", ""))
              .as(f)
              .doesNotContain("http:")
              .doesNotContain("https:")
              .doesNotContain("<!DOCTYPE")
              .contains("viewBox=");
          continue;
        }
        if (f.endsWith(".css")) {
          assertThat(content).as(f).doesNotContain("url(").doesNotContain("@import");
          continue;
        }
        if (!f.endsWith(".html")) {
          continue;
        }
        assertThat(content)
            .as(f)
            .startsWith("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\" />");
        assertThat(content)
            .as(f)
            .doesNotContain("http:")
            .doesNotContain("https:")
            .doesNotContain("<script");
        Document doc = SitePages.page(site.resolve(f));
        List<String> addresses = new ArrayList<>(SitePages.attributes(doc, "href"));
        addresses.addAll(SitePages.attributes(doc, "src"));
        assertThat(addresses).as(f).isNotEmpty();
        for (String a : addresses) {
          assertThat(a).as(f).doesNotStartWith("/").doesNotContain("//").doesNotContain(":");
          assertThat(site.resolve(a)).as("%s → %s", f, a).isRegularFile();
        }
      }
    }
    // Vietnamese letters as UTF-8, not as entities
    assertThat(SitePages.read(SITES.get(2025).resolve("index.html")))
        .contains("Khối sở, ban, ngành")
        .contains("Chỉ số cải cách hành chính năm 2025 – tỉnh An Giang");
  }
}
