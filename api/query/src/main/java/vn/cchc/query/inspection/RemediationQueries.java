package vn.cchc.query.inspection;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.inspection.InspectionTopic;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;
import vn.cchc.query.SqlOrder;
import vn.cchc.query.UnitSql;

/**
 * The follow-up of findings (issue #14): what is still open on the release date ({@code
 * release_info.as_of_date}), per unit version and per field or topic, the reminder list the Sở Nội
 * vụ sends to the units, and how a unit's field scores moved the year after its findings.
 *
 * <p>A finding's status is that of {@link InspectionQueries#findings}, as of the release date:
 *
 * <ul>
 *   <li><b>open</b>: {@code remediated_on} is null;
 *   <li><b>overdue</b> ({@link Due#OVERDUE}): open and {@code due_date < as_of_date};
 *   <li><b>due soon</b> ({@link Due#DUE_SOON}): open, not overdue, {@code due_date <= as_of_date +
 *       N} days, N = {@code dueWithinDays} (a finding due on the release date itself is due soon);
 *   <li><b>not yet due</b> ({@link Due#NOT_YET_DUE}): the other open findings (due later).
 * </ul>
 *
 * <p>Field names are those of {@link InspectionPlanQueries#FIELD_NAMES}: the index fields and the
 * inspection topics (MOT_CUA, ISO, VAN_HOA, KY_LUAT).
 */
public final class RemediationQueries {
  /** The window of "due soon" when none is asked for, in days after the release date. */
  public static final int DEFAULT_DUE_WITHIN_DAYS = 30;

  public static final int MIN_DUE_WITHIN_DAYS = 1;
  public static final int MAX_DUE_WITHIN_DAYS = 365;

  /** Where an open finding stands on the release date. */
  public enum Due {
    OVERDUE("Quá hạn"),
    DUE_SOON("Sắp đến hạn"),
    NOT_YET_DUE("Chưa đến hạn");

    private final String labelVi;

    Due(String labelVi) {
      this.labelVi = labelVi;
    }

    public String labelVi() {
      return labelVi;
    }
  }

  /** Findings open on the release date, with their field's (or topic's) name. */
  static final String OPEN_FINDINGS =
      """
      (SELECT f.*, coalesce(n.field_name, f.field_code) AS field_name FROM (%s) f
       LEFT JOIN %s n ON n.field_code = f.field_code
       WHERE f.status = '%s')"""
          .formatted(
              InspectionQueries.FINDINGS,
              InspectionPlanQueries.FIELD_NAMES,
              InspectionQueries.STATUS_OPEN);

  private static final String TOPICS =
      Arrays.stream(InspectionTopic.values())
          .map(t -> "'" + t.name() + "'")
          .collect(Collectors.joining(", "));

  private final QueryExecutor q;

  public RemediationQueries(QueryExecutor q) {
    this.q = q;
  }

  /**
   * The {@code due_within_days} parameter: {@link #DEFAULT_DUE_WITHIN_DAYS} when none is given,
   * else a whole number of days from {@link #MIN_DUE_WITHIN_DAYS} to {@link #MAX_DUE_WITHIN_DAYS}.
   */
  public static int dueWithinDays(String raw) {
    if (raw == null || raw.isBlank()) {
      return DEFAULT_DUE_WITHIN_DAYS;
    }
    int days;
    try {
      days = Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      days = -1;
    }
    if (days < MIN_DUE_WITHIN_DAYS || days > MAX_DUE_WITHIN_DAYS) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Không thể hiểu tham số due_within_days: "
              + raw
              + " (cần số ngày nguyên từ "
              + MIN_DUE_WITHIN_DAYS
              + " đến "
              + MAX_DUE_WITHIN_DAYS
              + ")");
    }
    return days;
  }

  /** The release date every status is computed at; null when the catalog has no release row. */
  public LocalDate asOfDate() {
    return q.query("SELECT max(as_of_date) AS as_of_date FROM release_info")
        .first()
        .map(r -> (LocalDate) r.get("as_of_date"))
        .orElse(null);
  }

  /**
   * Per unit version with at least one open finding: {@code unit_code, unit_key, unit_name, bloc,
   * open_findings, overdue, due_soon, not_yet_due, oldest_due_date, max_days_overdue, as_of_date,
   * due_soon_until, unit_label}; most overdue first.
   */
  public QueryResult trackerByUnit(int dueWithinDays) {
    return q.query(
        tracked()
            + """
            SELECT unit_code, unit_key, unit_name, bloc, count(*) AS open_findings,
                   count(*) FILTER (WHERE due_status = 'OVERDUE') AS overdue,
                   count(*) FILTER (WHERE due_status = 'DUE_SOON') AS due_soon,
                   count(*) FILTER (WHERE due_status = 'NOT_YET_DUE') AS not_yet_due,
                   min(due_date) AS oldest_due_date, max(days_overdue) AS max_days_overdue,
                   any_value(as_of_date) AS as_of_date, any_value(due_soon_until) AS due_soon_until,
                   any_value(unit_label) AS unit_label
            FROM t GROUP BY unit_code, unit_key, unit_name, bloc
            ORDER BY overdue DESC, max_days_overdue DESC NULLS LAST, due_soon DESC, open_findings DESC,
                     unit_code, unit_key""",
        days(dueWithinDays));
  }

  /**
   * Per field or topic with at least one open finding: {@code field_code, field_name, units} (unit
   * versions with an open finding in it) {@code , open_findings, overdue, due_soon, not_yet_due};
   * most overdue first.
   */
  public QueryResult trackerByField(int dueWithinDays) {
    return q.query(
        tracked()
            + """
            SELECT field_code, any_value(field_name) AS field_name,
                   count(DISTINCT coalesce(unit_key, unit_code)) AS units, count(*) AS open_findings,
                   count(*) FILTER (WHERE due_status = 'OVERDUE') AS overdue,
                   count(*) FILTER (WHERE due_status = 'DUE_SOON') AS due_soon,
                   count(*) FILTER (WHERE due_status = 'NOT_YET_DUE') AS not_yet_due
            FROM t GROUP BY field_code
            ORDER BY overdue DESC, open_findings DESC, %s"""
                .formatted(SqlOrder.code("field_code")),
        days(dueWithinDays));
  }

  /**
   * Every open finding, one row each, grouped by unit version in the order of {@link
   * #trackerByUnit} and by due date within a unit: the reminder list. {@code due_status} is a
   * {@link Due}; {@code days_overdue} is set when overdue, {@code days_left} (0 on the due date)
   * otherwise.
   */
  public QueryResult reminders(int dueWithinDays) {
    return q.query(
        tracked()
            + """
            , u AS (SELECT *, count(*) FILTER (WHERE due_status = 'OVERDUE')
                                OVER (PARTITION BY unit_code, unit_key) AS unit_overdue,
                              max(days_overdue) OVER (PARTITION BY unit_code, unit_key) AS unit_max_days,
                              count(*) FILTER (WHERE due_status = 'DUE_SOON')
                                OVER (PARTITION BY unit_code, unit_key) AS unit_due_soon,
                              count(*) OVER (PARTITION BY unit_code, unit_key) AS unit_open
                    FROM t)
            SELECT unit_code, unit_key, unit_name, bloc, inspection_id, year, form, start_date, finding_id,
                   field_code, field_name, criterion_code, severity, description, recommendation, due_date,
                   due_status, days_overdue, days_left, as_of_date, due_soon_until, unit_label
            FROM u
            ORDER BY unit_overdue DESC, unit_max_days DESC NULLS LAST, unit_due_soon DESC, unit_open DESC,
                     unit_code, unit_key, due_date NULLS LAST, finding_id""",
        days(dueWithinDays));
  }

  /**
   * How the scores moved in the fields a unit's findings named, per unit version × field or topic
   * with findings in inspections of {@code year}: {@code findings}, {@code remediated} (by the
   * release date), {@code field_pct_year} and {@code field_pct_next} (the field's {@code
   * component_scores} percentage in {@code year} and {@code year + 1}, same {@code unit_key}),
   * {@code change_pts} (next − year), {@code bloc_mean_change_pts} (the mean change of that field
   * over every unit of the bloc scored in both years under the same key) and {@code beat_bloc}
   * (change above that mean). A topic has no field score, a unit reorganised before the next
   * assessment no next score: the row stays, with nulls and {@code note_vi} saying why.
   *
   * <p>When {@code year} is null: the latest inspection year with a unit scored again the next year
   * (a year whose inspected units were all reorganised before the next assessment, as 2024's before
   * 2025's, would compare nothing).
   */
  public QueryResult effect(Integer year) {
    return q.query(effectSql() + " ORDER BY unit_code, unit_key, " + fieldOrder("e"), year);
  }

  /**
   * {@link #effect} summed per field or topic: {@code units, findings, remediated, units_compared}
   * (with both scores) {@code , mean_change_pts, mean_bloc_change_pts} (over those units) {@code ,
   * mean_excess_pts} (change − bloc mean) {@code , units_beat_bloc}.
   */
  public QueryResult effectByField(Integer year) {
    return q.query(
        """
        SELECT year, field_code, any_value(field_name) AS field_name,
               count(DISTINCT coalesce(unit_key, unit_code)) AS units, sum(findings) AS findings,
               sum(remediated) AS remediated, count(change_pts) AS units_compared,
               avg(change_pts) AS mean_change_pts,
               avg(bloc_mean_change_pts) FILTER (WHERE change_pts IS NOT NULL) AS mean_bloc_change_pts,
               avg(change_pts - bloc_mean_change_pts) AS mean_excess_pts,
               count(*) FILTER (WHERE beat_bloc) AS units_beat_bloc
        FROM (%s) e GROUP BY year, field_code ORDER BY %s"""
            .formatted(effectSql(), fieldOrder("e")),
        year);
  }

  private static String fieldOrder(String alias) {
    return SqlOrder.code(alias + ".field_code");
  }

  private static int days(int dueWithinDays) {
    if (dueWithinDays < 0) {
      throw new IllegalArgumentException("Cannot look back " + dueWithinDays + " days");
    }
    return dueWithinDays;
  }

  /**
   * {@code WITH t AS (…)}: the open findings with {@code due_soon_until}, {@code due_status} and
   * {@code days_left}; takes the window in days as its one parameter.
   */
  private static String tracked() {
    return """
        WITH w AS (SELECT o.*, o.as_of_date + CAST(? AS INTEGER) AS due_soon_until FROM %s o),
             t AS (SELECT w.*,
                          CASE WHEN w.overdue THEN 'OVERDUE'
                               WHEN w.due_date <= w.due_soon_until THEN 'DUE_SOON'
                               ELSE 'NOT_YET_DUE' END AS due_status,
                          CASE WHEN NOT w.overdue THEN date_diff('day', w.as_of_date, w.due_date) END
                            AS days_left
                   FROM w)
        """
        .formatted(OPEN_FINDINGS);
  }

  /** The rows of {@link #effect}, unordered; takes the year (or null) as its one parameter. */
  private static String effectSql() {
    return """
        WITH s AS (SELECT year, unit_key, bloc, code AS field_code, pct, version FROM component_scores
                   WHERE level = 'FIELD'),
             p AS (SELECT coalesce(CAST(? AS INTEGER),
                     (SELECT max(f.year) FROM (%1$s) f JOIN s ON s.unit_key = f.unit_key AND s.year = f.year + 1))
                     AS year),
             f AS (SELECT f.unit_code, f.unit_key, f.field_code, f.year, count(*) AS findings,
                          count(*) FILTER (WHERE f.status = '%2$s') AS remediated,
                          count(*) FILTER (WHERE f.status = '%3$s') AS open_findings,
                          any_value(f.unit_name) AS unit_name, any_value(f.bloc) AS bloc,
                          any_value(f.unit_label) AS unit_label
                   FROM (%1$s) f JOIN p ON f.year = p.year GROUP BY f.unit_code, f.unit_key, f.field_code, f.year),
             moved AS (SELECT a.bloc, a.field_code, avg(b.pct - a.pct) AS mean_change, count(*) AS units
                       FROM s a JOIN p ON a.year = p.year
                       JOIN s b ON b.unit_key = a.unit_key AND b.field_code = a.field_code AND b.year = a.year + 1
                       GROUP BY a.bloc, a.field_code),
             later AS (SELECT from_key, string_agg(DISTINCT to_name, ', ' ORDER BY to_name) AS successors,
                              min(effective_date) AS reorganised_on
                       FROM %4$s WHERE to_key IS DISTINCT FROM from_key GROUP BY from_key),
             e AS (
               SELECT f.year, f.unit_code, f.unit_key, f.unit_name, f.bloc, f.field_code,
                      coalesce(n.field_name, f.field_code) AS field_name, f.findings, f.remediated, f.open_findings,
                      a.pct AS field_pct_year, b.pct AS field_pct_next, b.pct - a.pct AS change_pts,
                      m.mean_change AS bloc_mean_change_pts, m.units AS bloc_units_compared,
                      (b.pct - a.pct) > m.mean_change AS beat_bloc,
                      CASE
                        WHEN f.field_code IN (%5$s)
                          THEN 'Chủ đề kiểm tra, không phải lĩnh vực của bộ chỉ số: không có điểm lĩnh vực'
                        WHEN a.pct IS NULL THEN 'Không có điểm lĩnh vực này năm ' || f.year
                        WHEN NOT EXISTS (SELECT 1 FROM s WHERE s.year = f.year + 1)
                          THEN 'Chưa có điểm năm ' || (f.year + 1)
                        WHEN b.pct IS NULL AND u.valid_to IS NOT NULL AND u.valid_to < make_date(f.year + 1, 12, 31)
                          THEN 'Đơn vị đã sắp xếp lại từ ' || strftime(coalesce(l.reorganised_on, u.valid_to + 1), '%%d/%%m/%%Y')
                               || coalesce(' (nay thuộc ' || l.successors || ')', '')
                               || ': không có điểm năm ' || (f.year + 1)
                        WHEN b.pct IS NULL THEN 'Không có điểm lĩnh vực này năm ' || (f.year + 1)
                        WHEN a.version <> b.version
                          THEN 'Bộ chỉ số đổi từ ' || a.version || ' sang ' || b.version
                               || ': so sánh tỷ lệ điểm của lĩnh vực'
                      END AS note_vi,
                      f.unit_label
               FROM f
               LEFT JOIN %6$s n ON n.field_code = f.field_code
               LEFT JOIN s a ON a.unit_key = f.unit_key AND a.field_code = f.field_code AND a.year = f.year
               LEFT JOIN s b ON b.unit_key = f.unit_key AND b.field_code = f.field_code AND b.year = f.year + 1
               LEFT JOIN moved m ON m.bloc = f.bloc AND m.field_code = f.field_code
               LEFT JOIN %7$s u ON u.unit_key = f.unit_key
               LEFT JOIN later l ON l.from_key = f.unit_key)
        SELECT * FROM e"""
        .formatted(
            InspectionQueries.FINDINGS,
            InspectionQueries.STATUS_REMEDIATED,
            InspectionQueries.STATUS_OPEN,
            UnitSql.RESOLVED_LINEAGE,
            TOPICS,
            InspectionPlanQueries.FIELD_NAMES,
            UnitSql.VERSIONS);
  }
}
