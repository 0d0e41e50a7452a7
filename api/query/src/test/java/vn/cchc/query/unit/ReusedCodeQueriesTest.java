package vn.cchc.query.unit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.trend.Basis;
import vn.cchc.query.DeclaredCatalog;
import vn.cchc.query.Dimensions;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;
import vn.cchc.query.inspection.InspectionQueries;
import vn.cchc.query.map.CommuneMapQueries;
import vn.cchc.query.trend.TrendQueries;

/**
 * The query layer on a code reused across periods — Phường Mỹ Long 30307 until 30 June 2025, then
 * Phường Long Xuyên 30307, formed from it (weight 0.6) and Phường Mỹ Bình 30310 (0.4) — over a
 * {@link DeclaredCatalog} filled by hand. Every expectation is a literal.
 */
class ReusedCodeQueriesTest {
  static final String MY_LONG = "30307@2015-01-01";
  static final String LONG_XUYEN = "30307@2025-07-01";
  static final String MY_BINH = "30310@2015-01-01";

  static DeclaredCatalog db;
  static QueryExecutor q;

  @BeforeAll
  static void catalog() throws SQLException {
    db = DeclaredCatalog.create();
    exec("INSERT INTO release_info VALUES ('r1', 's1', DATE '2026-06-30')");
    exec(
        """
        INSERT INTO raw_units (unit_code, name, bloc, parent_code, valid_from, valid_to) VALUES
          ('89', 'Tỉnh An Giang', 'TINH', NULL, '2015-01-01', '2025-06-30'),
          ('91', 'Tỉnh Kiên Giang', 'TINH', NULL, '2015-01-01', '2025-06-30'),
          ('91', 'Tỉnh An Giang', 'TINH', NULL, '2025-07-01', NULL),
          ('883', 'Thành phố Long Xuyên', 'HUYEN', '89', '2015-01-01', '2025-06-30'),
          ('30307', 'Phường Mỹ Long', 'XA', '883', '2015-01-01', '2025-06-30'),
          ('30310', 'Phường Mỹ Bình', 'XA', '883', '2015-01-01', '2025-06-30'),
          ('30307', 'Phường Long Xuyên', 'XA', '91', '2025-07-01', NULL)""");
    exec(
        """
        INSERT INTO raw_unit_lineage (from_code, to_code, effective_date, kind, share) VALUES
          ('30307', '30307', '2025-07-01', 'MERGE', 0.6),
          ('30310', '30307', '2025-07-01', 'MERGE', 0.4),
          ('89', '91', '2025-07-01', 'MERGE', 0.5)""");
    exec(
        """
        INSERT INTO raw_bands (version, bloc, band, min_pct, label) VALUES
          ('V2022', 'XA', 'A', 90, 'Xuất sắc'), ('V2022', 'XA', 'B', 80, 'Tốt'),
          ('V2022', 'XA', 'C', 65, 'Khá'), ('V2022', 'XA', 'D', 50, 'Trung bình')""");
    exec(
        """
        INSERT INTO index_scores (year, unit_code, unit_key, unit_name, bloc, version, index_pct, index_pct_rounded,
                                  rank_in_bloc, units_ranked, band, band_label) VALUES
          (2024, '30307', '30307@2015-01-01', 'Phường Mỹ Long', 'XA', 'V2022', 70.0, 70.0, 2, 2, 'C', 'Khá'),
          (2024, '30310', '30310@2015-01-01', 'Phường Mỹ Bình', 'XA', 'V2022', 80.0, 80.0, 1, 2, 'B', 'Tốt'),
          (2025, '30307', '30307@2025-07-01', 'Phường Long Xuyên', 'XA', 'V2022', 85.0, 85.0, 1, 1, 'B', 'Tốt')""");
    exec(
        """
        INSERT INTO index_trends (basis, unit_code, unit_key, year, bloc, version, index_pct, rank_in_bloc,
                                  restated, partial, restated_from) VALUES
          ('AS_WAS', '30307', '30307@2015-01-01', 2024, 'XA', 'V2022', 70.0, 2, false, false, NULL),
          ('AS_WAS', '30310', '30310@2015-01-01', 2024, 'XA', 'V2022', 80.0, 1, false, false, NULL),
          ('AS_WAS', '30307', '30307@2025-07-01', 2025, 'XA', 'V2022', 85.0, 1, false, false, NULL),
          ('AS_IS', '30307', '30307@2025-07-01', 2024, 'XA', 'V2022', 74.0, 1, true, false,
           '30307@2015-01-01:0.6000;30310@2015-01-01:0.4000'),
          ('AS_IS', '30307', '30307@2025-07-01', 2025, 'XA', 'V2022', 85.0, 1, false, false, NULL)""");
    exec(
        """
        INSERT INTO raw_inspections (inspection_id, year, unit_code, form, start_date, end_date, lead_agency) VALUES
          ('KT-2024-01', 2024, '30307', 'ANNOUNCED', '2024-05-10', '2024-05-12', 'Sở Nội vụ'),
          ('KT-2025-01', 2025, '30307', 'SURPRISE', '2025-09-01', '2025-09-02', 'Sở Nội vụ')""");
    exec(
        """
        INSERT INTO raw_findings (finding_id, inspection_id, field_code, severity, description, due_date) VALUES
          ('TT-1', 'KT-2024-01', '3', 'HIGH', 'Chưa niêm yết thủ tục', '2024-08-01'),
          ('TT-2', 'KT-2025-01', '5', 'LOW', 'Chưa số hóa hồ sơ', '2026-12-01')""");
    q = db.executor();
  }

  @AfterAll
  static void close() throws SQLException {
    db.close();
  }

  @Test
  void aBareCodeMeansItsNewestVersionAndAKeyItsOwn() {
    Dimensions d = new Dimensions(q);
    Map<String, Object> newest = d.unit("30307");
    assertThat(newest)
        .containsEntry("unit_key", LONG_XUYEN)
        .containsEntry("name", "Phường Long Xuyên")
        .containsEntry("resolved_by", "NEWEST_VERSION")
        .containsEntry("period_vi", "01/07/2025 – nay")
        .containsEntry("label", "Phường Long Xuyên (30307, 01/07/2025 – nay)")
        .containsEntry("parent_code", "91")
        .containsEntry("valid_from", LocalDate.of(2025, 7, 1));
    Map<String, Object> old = d.unit(MY_LONG);
    assertThat(old)
        .containsEntry("name", "Phường Mỹ Long")
        .containsEntry("resolved_by", "KEY")
        .containsEntry("valid_to", LocalDate.of(2025, 6, 30))
        .containsEntry("label", "Phường Mỹ Long (30307, 01/01/2015 – 30/06/2025)");
    assertThat(d.unit("30310"))
        .containsEntry("label", "Phường Mỹ Bình")
        .containsEntry("unit_key", MY_BINH);
    assertThatThrownBy(() -> d.unit("30307@2020-01-01"))
        .isInstanceOf(CchcException.class)
        .hasMessage(
            "Không tìm thấy đơn vị: 30307@2020-01-01 (mã 30307 có các phiên bản 30307@2015-01-01,"
                + " 30307@2025-07-01)");
    assertThatThrownBy(() -> d.unit("99999"))
        .isInstanceOf(CchcException.class)
        .hasMessage("Không tìm thấy đơn vị: 99999");
    assertThatThrownBy(() -> Dimensions.unitRef("ref", "30307@2025-13-01"))
        .isInstanceOf(CchcException.class)
        .hasMessage(
            "Không thể hiểu tham số ref: 30307@2025-13-01 (cần mã đơn vị, ví dụ 30307, hoặc khóa mã@ngày"
                + " hiệu lực, ví dụ 30307@2025-07-01)");
    assertThat(Dimensions.unitRef("ref", " 30307@2025-07-01 ")).isEqualTo(LONG_XUYEN);
  }

  @Test
  void theRegistryListsVersionsWithTheirResolvedLinks() {
    QueryResult units = new UnitQueries(q).units(null, null);
    assertThat(units.columns())
        .startsWith(
            "unit_key",
            "unit_code",
            "name",
            "bloc",
            "parent_code",
            "valid_from",
            "valid_to",
            "predecessors",
            "successors",
            "code_versions",
            "unit_label");
    assertThat(project(units, "unit_key", "predecessors", "successors", "unit_label"))
        .containsExactly(
            List.of("883@2015-01-01", 0, 0, "Thành phố Long Xuyên"),
            List.of(MY_LONG, 0, 1, "Phường Mỹ Long (30307, 01/01/2015 – 30/06/2025)"),
            List.of(LONG_XUYEN, 2, 0, "Phường Long Xuyên (30307, 01/07/2025 – nay)"),
            List.of(MY_BINH, 0, 1, "Phường Mỹ Bình"));
    assertThat(project(new UnitQueries(q).units(2024, null, "30307"), "unit_key"))
        .containsExactly(List.of(MY_LONG));
  }

  @Test
  void lineageResolvesBothEndsOfASameCodeLinkToVersions() {
    UnitQueries units = new UnitQueries(q);
    assertThat(
            project(
                units.lineage(LONG_XUYEN),
                "relation",
                "unit_key",
                "unit_name",
                "share",
                "from_key",
                "to_key"))
        .containsExactly(
            List.of("PREDECESSOR", MY_LONG, "Phường Mỹ Long", 0.6, MY_LONG, LONG_XUYEN),
            List.of("PREDECESSOR", MY_BINH, "Phường Mỹ Bình", 0.4, MY_BINH, LONG_XUYEN));
    assertThat(
            project(
                units.lineage(MY_LONG),
                "relation",
                "unit_key",
                "unit_label",
                "valid_from",
                "valid_to",
                "kind"))
        .containsExactly(
            List.of(
                "SUCCESSOR",
                LONG_XUYEN,
                "Phường Long Xuyên (30307, 01/07/2025 – nay)",
                LocalDate.of(2025, 7, 1),
                java.util.Optional.empty(),
                "MERGE"));
    UnitQueries.UnitDetail detail = units.unit("30307");
    assertThat(detail.unit()).containsEntry("unit_key", LONG_XUYEN);
    assertThat(detail.otherVersions()).extracting(v -> v.get("unit_key")).containsExactly(MY_LONG);
    assertThat(units.unit("30310").otherVersions()).isEmpty();
  }

  @Test
  void everyCrossYearListKeepsTheTwoUnitsOfACodeApart() {
    TrendQueries trends = new TrendQueries(q);
    assertThat(
            project(
                trends.unitTrends(Basis.AS_WAS, null, MY_LONG), "year", "index_pct", "unit_name"))
        .containsExactly(List.of(2024, 70.0, "Phường Mỹ Long"));
    assertThat(
            project(
                trends.unitTrends(Basis.AS_IS, null, LONG_XUYEN), "year", "index_pct", "restated"))
        .containsExactly(List.of(2024, 74.0, true), List.of(2025, 85.0, false));
    InspectionQueries inspections = new InspectionQueries(q);
    assertThat(project(inspections.inspections(null, MY_LONG), "inspection_id", "unit_name"))
        .containsExactly(List.of("KT-2024-01", "Phường Mỹ Long"));
    assertThat(
            project(
                inspections.findings(null, LONG_XUYEN, null, null, false),
                "finding_id",
                "unit_key",
                "unit_label"))
        .containsExactly(
            List.of("TT-2", LONG_XUYEN, "Phường Long Xuyên (30307, 01/07/2025 – nay)"));
    UnitQueries.UnitProfile old = new UnitQueries(q).profile(MY_LONG, null);
    assertThat(old.year()).isEqualTo(2024);
    assertThat(old.index()).containsEntry("index_pct", 70.0);
    assertThat(old.findings()).extracting(f -> f.get("finding_id")).containsExactly("TT-1");
    assertThat(old.otherVersions()).extracting(v -> v.get("unit_key")).containsExactly(LONG_XUYEN);
  }

  @Test
  void theMapShowsTodaysCommunesWithTheRestatedValueOfEarlierYears() {
    CommuneMapQueries map = new CommuneMapQueries(q);
    assertThat(
            project(
                map.communes(2024),
                "unit_key",
                "unit_code",
                "index_pct",
                "band",
                "band_label",
                "value_source",
                "restated",
                "communes_year"))
        .containsExactly(List.of(LONG_XUYEN, "30307", 74.0, "C", "Khá", "AS_IS", true, 2025));
    assertThat(
            project(
                map.communes(2025),
                "index_pct",
                "band",
                "value_source",
                "restated",
                "restated_from"))
        .containsExactly(List.of(85.0, "B", "INDEX", false, java.util.Optional.empty()));
    assertThat(project(map.communes(2023), "unit_code", "index_pct", "band", "value_source"))
        .containsExactly(
            List.of(
                "30307",
                java.util.Optional.empty(),
                java.util.Optional.empty(),
                java.util.Optional.empty()));
  }

  /**
   * The rows' values of some columns; a null becomes Optional.empty() so that List.of can hold it.
   */
  static List<List<Object>> project(QueryResult t, String... columns) {
    return t.records().stream()
        .map(
            r ->
                java.util.Arrays.stream(columns)
                    .map(c -> r.get(c) == null ? (Object) java.util.Optional.empty() : r.get(c))
                    .toList())
        .toList();
  }

  private static void exec(String sql) throws SQLException {
    db.exec(sql);
  }
}
