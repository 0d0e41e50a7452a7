package vn.cchc.ingestion.validate;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.ingestion.commit.Staging;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.unit.UnitKey;

/**
 * Rules that look across rows: they run on a table's next state once all its files are staged, and
 * blame only rows of the running batch (committed rows were accepted before).
 */
public final class Consistency {
  /** A batch row that breaks a cross-row rule. */
  public record Breach(
      String sourceFile, long sourceRow, String column, String rawValue, String message) {}

  private Consistency() {}

  public static List<Breach> check(Staging staging, TableSchema t, String batchId)
      throws SQLException {
    String mine = "'" + batchId.replace("'", "''") + "'";
    String next = Staging.next(t);
    return switch (t.name()) {
      case "methodology_versions" ->
          staging.query(
              "SELECT a.source_file, a.source_row, CAST(a.from_year AS VARCHAR), b.version FROM "
                  + next
                  + " a JOIN "
                  + next
                  + " b ON a.version <> b.version AND a.from_year <= coalesce(b.to_year, 9999)"
                  + " AND b.from_year <= coalesce(a.to_year, 9999) WHERE a.batch_id = "
                  + mine,
              rs ->
                  new Breach(
                      rs.getString(1),
                      rs.getLong(2),
                      "from_year",
                      rs.getString(3),
                      "Các năm áp dụng trùng với phiên bản "
                          + rs.getString(4)
                          + ": mỗi năm chỉ có một bộ tiêu chí"));
      case "criteria" ->
          staging.query(
              "SELECT c.source_file, c.source_row, coalesce(c.criterion_code, c.field_code),"
                  + " CASE WHEN c.sub_criterion_code IS NOT NULL THEN 'tiêu chí ' || c.criterion_code"
                  + " ELSE 'lĩnh vực ' || c.field_code END FROM "
                  + next
                  + " c WHERE c.batch_id = "
                  + mine
                  + " AND c.criterion_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "
                  + next
                  + " p WHERE p.version = c.version"
                  + " AND p.bloc = c.bloc AND p.field_code = c.field_code AND p.sub_criterion_code IS NULL AND"
                  + " ((c.sub_criterion_code IS NOT NULL AND p.criterion_code = c.criterion_code)"
                  + " OR (c.sub_criterion_code IS NULL AND p.criterion_code IS NULL)))",
              rs ->
                  new Breach(
                      rs.getString(1),
                      rs.getLong(2),
                      "criterion_code",
                      rs.getString(3),
                      "Thiếu dòng của "
                          + rs.getString(4)
                          + " (nút cha) trong bộ tiêu chí cùng phiên bản và khối"));
      case "units" -> units(staging, next, mine, batchId);
      case "unit_lineage" -> lineage(staging, next, mine, batchId);
      default -> List.of();
    };
  }

  private static List<Breach> lineage(Staging staging, String next, String mine, String batchId)
      throws SQLException {
    List<Breach> out =
        new ArrayList<>(
            staging.query(
                "SELECT l.source_file, l.source_row, CAST(l.share AS VARCHAR), l.to_code, s.total, l.effective_date FROM "
                    + next
                    + " l JOIN (SELECT to_code, effective_date, sum(share) AS total FROM "
                    + next
                    + " GROUP BY to_code, effective_date HAVING abs(sum(share) - 1) > 1e-6) s"
                    + " USING (to_code, effective_date) WHERE l.batch_id = "
                    + mine,
                rs ->
                    new Breach(
                        rs.getString(1),
                        rs.getLong(2),
                        "share",
                        rs.getString(3),
                        "Tổng tỷ trọng các đơn vị tiền thân của "
                            + rs.getString(4)
                            + " từ ngày "
                            + rs.getObject(6, LocalDate.class)
                            + " là "
                            + round(rs.getDouble(5))
                            + ", phải bằng 1")));
    out.addAll(LineageCycles.find(staging, batchId));
    return out;
  }

  /**
   * A code's versions must not overlap; a parent must exist on every day of its child's period; the
   * parents must not loop ({@link ParentCycles}).
   */
  private static List<Breach> units(Staging staging, String next, String mine, String batchId)
      throws SQLException {
    String end = "coalesce(%s.valid_to, DATE '9999-12-31')";
    List<Breach> out =
        new ArrayList<>(
            staging.query(
                "SELECT a.source_file, a.source_row, CAST(a.valid_from AS VARCHAR), a.unit_code, b.name, b.valid_from, b.valid_to,"
                    + " b.source_file, b.source_row FROM "
                    + next
                    + " a JOIN "
                    + next
                    + " b ON a.unit_code = b.unit_code"
                    + " AND a.valid_from <> b.valid_from AND a.valid_from <= "
                    + end.formatted("b")
                    + " AND b.valid_from <= "
                    + end.formatted("a")
                    + " WHERE a.batch_id = "
                    + mine
                    + " ORDER BY a.source_row, b.valid_from",
                rs ->
                    new Breach(
                        rs.getString(1),
                        rs.getLong(2),
                        "valid_from",
                        rs.getString(3),
                        "Thời gian hiệu lực trùng với một phiên bản khác của mã "
                            + rs.getString(4)
                            + ": "
                            + rs.getString(5)
                            + " ("
                            + period(
                                rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class))
                            + ", "
                            + rs.getString(8)
                            + " dòng "
                            + rs.getLong(9)
                            + "); mỗi thời điểm một mã chỉ gắn với một đơn vị")));
    out.addAll(parentGaps(staging, "u.batch_id = " + mine));
    out.addAll(ParentCycles.find(staging, batchId));
    return out;
  }

  /**
   * Units (those {@code rowFilter} selects, over alias {@code u}) whose parent does not exist on
   * every day of their period: no parent version on the first day, or a gap before the last.
   */
  static List<Breach> parentGaps(Staging staging, String rowFilter) throws SQLException {
    String next = Staging.next(InputTables.UNITS);
    String end = "coalesce(%s.valid_to, DATE '9999-12-31')";
    String parentOn =
        "EXISTS (SELECT 1 FROM "
            + next
            + " q WHERE q.unit_code = u.parent_code AND q.valid_from <= %1$s"
            + " AND "
            + end.formatted("q")
            + " >= %1$s)";
    return staging.query(
        "SELECT * FROM (SELECT u.source_file, u.source_row, u.parent_code, u.valid_from, u.valid_to,"
            + " (SELECT CAST(min(p.valid_to) + INTERVAL 1 DAY AS DATE) FROM "
            + next
            + " p WHERE p.unit_code = u.parent_code"
            + " AND p.valid_to IS NOT NULL AND p.valid_to >= u.valid_from AND p.valid_to < "
            + end.formatted("u")
            + " AND NOT "
            + parentOn.formatted("CAST(p.valid_to + INTERVAL 1 DAY AS DATE)")
            + ") AS gap,"
            + " EXISTS (SELECT 1 FROM "
            + next
            + " p WHERE p.unit_code = u.parent_code) AS known,"
            + " "
            + parentOn.formatted("u.valid_from")
            + " AS first_day_ok, u.unit_code"
            + " FROM "
            + next
            + " u WHERE "
            + rowFilter
            + " AND u.parent_code IS NOT NULL"
            + " AND u.parent_code <> u.unit_code) WHERE NOT first_day_ok OR gap IS NOT NULL ORDER BY source_file, source_row",
        rs -> {
          String parent = rs.getString(3);
          LocalDate gap = rs.getObject(6, LocalDate.class);
          LocalDate day = rs.getBoolean(8) ? gap : rs.getObject(4, LocalDate.class);
          String why =
              !rs.getBoolean(7)
                  ? "Đơn vị cấp trên '" + parent + "' không có trong danh mục đơn vị"
                  : "Đơn vị cấp trên '"
                      + parent
                      + "' không có phiên bản nào có hiệu lực vào ngày "
                      + day
                      + ", trong thời gian hiệu lực của đơn vị "
                      + rs.getString(9)
                      + " ("
                      + period(rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class))
                      + "): đơn vị cấp trên phải tồn tại suốt thời gian đó";
          return new Breach(rs.getString(1), rs.getLong(2), "parent_code", parent, why);
        });
  }

  private static String period(LocalDate from, LocalDate to) {
    return UnitKey.periodVi(from, to);
  }

  private static String round(double v) {
    return java.math.BigDecimal.valueOf(v)
        .setScale(4, java.math.RoundingMode.HALF_UP)
        .stripTrailingZeros()
        .toPlainString();
  }
}
