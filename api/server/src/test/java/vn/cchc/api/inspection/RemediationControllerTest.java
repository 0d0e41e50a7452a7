package vn.cchc.api.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import vn.cchc.api.Marts;
import vn.cchc.api.ServerTestBase;
import vn.cchc.testsupport.SampleWarehouse;

/**
 * The remediation tracker and the effect of findings on the sample release, each figure against an
 * independent SQL computation over the raw tables ({@code raw_findings}, {@code raw_inspections},
 * {@code raw_units}, {@code release_info}) or {@code component_scores}, written here, not the query
 * layer's.
 */
class RemediationControllerTest extends ServerTestBase {
  /**
   * Open findings per unit version, counted from the raw tables: a finding belongs to the version
   * of its inspection's unit code valid on the inspection's first day; the window is 30 days.
   */
  static final String OPEN_PER_UNIT =
      """
      SELECT u.unit_code || '@' || CAST(u.valid_from AS VARCHAR) AS unit_key, count(*) AS open_findings,
             count(*) FILTER (WHERE f.due_date < r.as_of_date) AS overdue,
             count(*) FILTER (WHERE f.due_date >= r.as_of_date AND f.due_date <= r.as_of_date + 30) AS due_soon,
             count(*) FILTER (WHERE f.due_date > r.as_of_date + 30) AS not_yet_due
      FROM raw_findings f
      JOIN raw_inspections i ON i.inspection_id = f.inspection_id
      JOIN raw_units u ON u.unit_code = i.unit_code AND i.start_date >= u.valid_from
           AND (u.valid_to IS NULL OR i.start_date <= u.valid_to)
      CROSS JOIN release_info r
      WHERE f.remediated_on IS NULL
      GROUP BY 1""";

  static final String OPEN_PER_FIELD =
      """
      SELECT f.field_code, count(DISTINCT i.unit_code || '@' || CAST(u.valid_from AS VARCHAR)) AS units,
             count(*) AS open_findings, count(*) FILTER (WHERE f.due_date < r.as_of_date) AS overdue,
             count(*) FILTER (WHERE f.due_date >= r.as_of_date AND f.due_date <= r.as_of_date + 30) AS due_soon,
             count(*) FILTER (WHERE f.due_date > r.as_of_date + 30) AS not_yet_due
      FROM raw_findings f
      JOIN raw_inspections i ON i.inspection_id = f.inspection_id
      JOIN raw_units u ON u.unit_code = i.unit_code AND i.start_date >= u.valid_from
           AND (u.valid_to IS NULL OR i.start_date <= u.valid_to)
      CROSS JOIN release_info r
      WHERE f.remediated_on IS NULL
      GROUP BY 1""";

  /** Xã Mỹ Khánh before the 2025 restructuring, inspected in 2023 (procedures, field 3). */
  static final String MY_KHANH = "30310@2015-01-01";

  @Test
  void theTrackerPerUnitCountsWhatTheRawFindingsHold() {
    JsonNode tracker = getJson("/api/v1/findings/tracker?due_within_days=30");
    List<List<Object>> actual = new ArrayList<>();
    long previousOverdue = Long.MAX_VALUE;
    for (JsonNode r : tracker.get("rows")) {
      actual.add(
          List.of(
              r.get("unit_key").asText(),
              r.get("open_findings").asLong(),
              r.get("overdue").asLong(),
              r.get("due_soon").asLong(),
              r.get("not_yet_due").asLong()));
      assertThat(r.get("open_findings").asLong()).isPositive();
      assertThat(r.get("overdue").asLong()).isLessThanOrEqualTo(previousOverdue);
      previousOverdue = r.get("overdue").asLong();
      assertThat(r.get("as_of_date").asText()).isEqualTo(SampleWarehouse.AS_OF);
      assertThat(r.get("due_soon_until").asText()).isEqualTo("2026-07-30");
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(longs(Marts.rows(OPEN_PER_UNIT)));
    // every open finding is counted once, those of a unit the registry would not resolve too
    assertThat(sum(tracker, "open_findings"))
        .isEqualTo(count("SELECT count(*) FROM raw_findings WHERE remediated_on IS NULL"))
        .isEqualTo(63);
    // on the sample's release date every open finding is past its due date
    assertThat(sum(tracker, "overdue")).isEqualTo(63);
    assertThat(sum(tracker, "due_soon") + sum(tracker, "not_yet_due")).isZero();

    JsonNode first = tracker.get("rows").get(0);
    assertThat(first.get("max_days_overdue").asLong())
        .isEqualTo(
            count(
                """
                SELECT max(date_diff('day', f.due_date, r.as_of_date)) FROM raw_findings f
                JOIN raw_inspections i ON i.inspection_id = f.inspection_id
                JOIN raw_units u ON u.unit_code = i.unit_code AND i.start_date >= u.valid_from
                     AND (u.valid_to IS NULL OR i.start_date <= u.valid_to)
                CROSS JOIN release_info r
                WHERE f.remediated_on IS NULL AND u.unit_code || '@' || CAST(u.valid_from AS VARCHAR) = ?""",
                first.get("unit_key").asText()));
  }

  @Test
  void theTrackerPerFieldCountsWhatTheRawFindingsHold() {
    JsonNode tracker = getJson("/api/v1/findings/tracker?by=field");
    List<List<Object>> actual = new ArrayList<>();
    for (JsonNode r : tracker.get("rows")) {
      actual.add(
          List.of(
              r.get("field_code").asText(),
              r.get("units").asLong(),
              r.get("open_findings").asLong(),
              r.get("overdue").asLong(),
              r.get("due_soon").asLong(),
              r.get("not_yet_due").asLong()));
    }
    assertThat(actual).containsExactlyInAnyOrderElementsOf(longs(Marts.rows(OPEN_PER_FIELD)));
    assertThat(sum(tracker, "open_findings")).isEqualTo(63);
    assertThat(
            find(tracker, r -> r.get("field_code").asText().equals("3")).get("field_name").asText())
        .isEqualTo(
            Marts.single(
                "SELECT name FROM raw_criteria WHERE field_code = '3' AND criterion_code IS NULL"
                    + " AND sub_criterion_code IS NULL ORDER BY version DESC LIMIT 1"));
    assertThat(
            find(tracker, r -> r.get("field_code").asText().equals("MOT_CUA"))
                .get("field_name")
                .asText())
        .isEqualTo("Bộ phận một cửa, một cửa liên thông");
  }

  @Test
  void theEffectOfAFindingIsTheChangeOfTheFieldScoreAgainstTheBlocsMeanChange() {
    JsonNode effect = getJson("/api/v1/findings/effect?year=2023");
    JsonNode row =
        find(
            effect,
            r ->
                r.get("unit_key").asText().equals(MY_KHANH)
                    && r.get("field_code").asText().equals("3"));
    String change =
        """
        SELECT b.pct - a.pct FROM component_scores a
        JOIN component_scores b ON b.unit_key = a.unit_key AND b.level = 'FIELD' AND b.code = a.code
             AND b.year = a.year + 1
        WHERE a.level = 'FIELD' AND a.year = 2023 AND a.code = '3'""";
    double unitChange =
        ((Number) Marts.single(change + " AND a.unit_key = ?", MY_KHANH)).doubleValue();
    double blocMean =
        ((Number)
                Marts.single(
                    change.replace("SELECT b.pct - a.pct", "SELECT avg(b.pct - a.pct)")
                        + " AND a.bloc = 'XA'"))
            .doubleValue();
    assertThat(row.get("change_pts").asDouble()).isCloseTo(unitChange, offset(1e-9));
    assertThat(row.get("field_pct_next").asDouble() - row.get("field_pct_year").asDouble())
        .isCloseTo(unitChange, offset(1e-9));
    assertThat(row.get("bloc_mean_change_pts").asDouble()).isCloseTo(blocMean, offset(1e-9));
    assertThat(row.get("beat_bloc").asBoolean()).isEqualTo(unitChange > blocMean);
    assertThat(row.get("findings").asLong())
        .isEqualTo(
            count(
                """
                SELECT count(*) FROM raw_findings f JOIN raw_inspections i ON i.inspection_id = f.inspection_id
                WHERE i.year = 2023 AND i.unit_code = '30310' AND f.field_code = '3'"""));
    assertThat(row.get("note_vi").isNull()).isTrue();

    // a topic has no field score, and says so
    for (JsonNode r : effect.get("rows")) {
      if (r.get("field_code").asText().equals("MOT_CUA")) {
        assertThat(r.get("field_pct_year").isNull()).isTrue();
        assertThat(r.get("change_pts").isNull()).isTrue();
        assertThat(r.get("note_vi").asText())
            .isEqualTo(
                "Chủ đề kiểm tra, không phải lĩnh vực của bộ chỉ số: không có điểm lĩnh vực");
      }
    }
    // without a year: the latest inspection year whose units were scored again the next year
    // (2024's units were all reorganised on 1 July 2025, before the 2025 assessment)
    assertThat(getJson("/api/v1/findings/effect").get("rows").findValuesAsText("year"))
        .containsOnly("2023");
    JsonNode merged =
        find(
            getJson("/api/v1/findings/effect?year=2024"),
            r ->
                r.get("unit_key").asText().equals(MY_KHANH)
                    && r.get("field_code").asText().equals("3"));
    assertThat(merged.get("field_pct_year").isNull()).isFalse();
    assertThat(merged.get("field_pct_next").isNull()).isTrue();
    assertThat(merged.get("note_vi").asText())
        .isEqualTo(
            "Đơn vị đã sắp xếp lại từ 01/07/2025 (nay thuộc "
                + Marts.single(
                    "SELECT name FROM raw_units WHERE unit_code = (SELECT to_code FROM raw_unit_lineage"
                        + " WHERE from_code = '30310') AND valid_from = DATE '2025-07-01'")
                + "): không có điểm năm 2025");

    JsonNode byField =
        find(
            getJson("/api/v1/findings/effect/by-field?year=2023"),
            r -> r.get("field_code").asText().equals("3"));
    String inspected =
        "(SELECT DISTINCT i.unit_code FROM raw_findings f JOIN raw_inspections i"
            + " ON i.inspection_id = f.inspection_id WHERE i.year = 2023 AND f.field_code = '3')";
    assertThat(byField.get("units_compared").asLong())
        .isEqualTo(
            count(
                change.replace("SELECT b.pct - a.pct", "SELECT count(*)")
                    + " AND a.unit_code IN "
                    + inspected));
    assertThat(byField.get("mean_change_pts").asDouble())
        .isCloseTo(
            ((Number)
                    Marts.single(
                        change.replace("SELECT b.pct - a.pct", "SELECT avg(b.pct - a.pct)")
                            + " AND a.unit_code IN "
                            + inspected))
                .doubleValue(),
            offset(1e-9));
  }

  @Test
  void aBadParameterIsAVietnameseProblem() {
    for (String bad : List.of("0", "366", "abc", "1.5", "-3")) {
      for (String path : List.of("/api/v1/findings/tracker", "/api/v1/findings/reminders")) {
        Answer a = get(Caller.VIEWER, path + "?due_within_days=" + bad);
        assertThat(a.status()).as(path + " " + bad).isEqualTo(400);
        assertThat(a.contentType()).startsWith("application/problem+json");
        assertThat(a.json().get("detail").asText())
            .isEqualTo(
                "Không thể hiểu tham số due_within_days: "
                    + bad
                    + " (cần số ngày nguyên từ 1 đến 365)");
      }
    }
    Answer workbook = get(Caller.ANALYST, "/api/v1/findings/reminders.xlsx?due_within_days=0");
    assertThat(workbook.status()).isEqualTo(400);
    assertThat(workbook.json().get("detail").asText())
        .isEqualTo("Không thể hiểu tham số due_within_days: 0 (cần số ngày nguyên từ 1 đến 365)");
    Answer by = get(Caller.VIEWER, "/api/v1/findings/tracker?by=unitx");
    assertThat(by.status()).isEqualTo(400);
    assertThat(by.json().get("detail").asText())
        .isEqualTo("Không thể hiểu tham số by: unitx (chỉ nhận UNIT, FIELD)");
    Answer year = get(Caller.VIEWER, "/api/v1/findings/effect?year=1999");
    assertThat(year.status()).isEqualTo(404);
    assertThat(year.json().get("detail").asText())
        .isEqualTo("Không tìm thấy năm đánh giá: 1999 (có dữ liệu các năm 2020–2025)");
    assertThat(getJson("/api/v1/findings/tracker?due_within_days=365").get("count").asInt())
        .isEqualTo(getJson("/api/v1/findings/tracker?due_within_days=1").get("count").asInt());
  }

  @Test
  void theReminderWorkbookIsAnExportForAnalysts() {
    Answer viewer = get(Caller.VIEWER, "/api/v1/findings/reminders.xlsx");
    assertThat(viewer.status()).isEqualTo(403);
    assertThat(viewer.json().get("detail").asText())
        .isEqualTo(
            "Không thể xuất danh sách theo từng đơn vị ra tệp: cần vai trò ANALYST hoặc ADMIN");
    assertThat(get(Caller.VIEWER, "/api/v1/findings/reminders").status()).isEqualTo(200);
    assertThat(get(Caller.VIEWER, "/api/v1/findings/reminders?format=xlsx").status())
        .isEqualTo(403);
    assertThat(get(Caller.ADMIN, "/api/v1/findings/reminders.xlsx").status()).isEqualTo(200);
  }

  private static long sum(JsonNode table, String column) {
    long n = 0;
    for (JsonNode r : table.get("rows")) {
      n += r.get(column).asLong();
    }
    return n;
  }

  private static long count(String sql, Object... params) {
    return ((Number) Marts.single(sql, params)).longValue();
  }

  private static JsonNode find(JsonNode table, Predicate<JsonNode> p) {
    for (JsonNode r : table.get("rows")) {
      if (p.test(r)) {
        return r;
      }
    }
    throw new AssertionError("No such row in " + table.get("rows"));
  }

  /** Rows with every whole number as a long, to compare with the JSON's. */
  private static List<List<Object>> longs(List<List<Object>> rows) {
    return rows.stream()
        .map(r -> r.stream().map(v -> v instanceof Number n ? (Object) n.longValue() : v).toList())
        .toList();
  }
}
