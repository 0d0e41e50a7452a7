package vn.cchc.ingestion.validate;

import java.sql.SQLException;
import java.util.List;
import vn.cchc.ingestion.commit.Staging;
import vn.cchc.model.schema.TableSchema;

/**
 * Rules that look across rows: they run on a table's next state once all its files are staged, and
 * blame only rows of the running batch (committed rows were accepted before).
 */
public final class Consistency {
  /** A batch row that breaks a cross-row rule. */
  public record Breach(String sourceFile, long sourceRow, String column, String rawValue, String message) {}

  private Consistency() {}

  public static List<Breach> check(Staging staging, TableSchema t, String batchId) throws SQLException {
    String mine = "'" + batchId.replace("'", "''") + "'";
    String next = Staging.next(t);
    return switch (t.name()) {
      case "methodology_versions" -> staging.query(
          "SELECT a.source_file, a.source_row, CAST(a.from_year AS VARCHAR), b.version FROM " + next + " a JOIN " + next
              + " b ON a.version <> b.version AND a.from_year <= coalesce(b.to_year, 9999)"
              + " AND b.from_year <= coalesce(a.to_year, 9999) WHERE a.batch_id = " + mine,
          rs -> new Breach(rs.getString(1), rs.getLong(2), "from_year", rs.getString(3),
              "Các năm áp dụng trùng với phiên bản " + rs.getString(4) + ": mỗi năm chỉ có một bộ tiêu chí"));
      case "criteria" -> staging.query(
          "SELECT c.source_file, c.source_row, coalesce(c.criterion_code, c.field_code),"
              + " CASE WHEN c.sub_criterion_code IS NOT NULL THEN 'tiêu chí ' || c.criterion_code"
              + " ELSE 'lĩnh vực ' || c.field_code END FROM " + next + " c WHERE c.batch_id = " + mine
              + " AND c.criterion_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + next + " p WHERE p.version = c.version"
              + " AND p.bloc = c.bloc AND p.field_code = c.field_code AND p.sub_criterion_code IS NULL AND"
              + " ((c.sub_criterion_code IS NOT NULL AND p.criterion_code = c.criterion_code)"
              + " OR (c.sub_criterion_code IS NULL AND p.criterion_code IS NULL)))",
          rs -> new Breach(rs.getString(1), rs.getLong(2), "criterion_code", rs.getString(3),
              "Thiếu dòng của " + rs.getString(4) + " (nút cha) trong bộ tiêu chí cùng phiên bản và khối"));
      case "units" -> staging.query(
          "SELECT u.source_file, u.source_row, u.parent_code FROM " + next + " u WHERE u.batch_id = " + mine
              + " AND u.parent_code IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + next + " p WHERE p.unit_code = u.parent_code)",
          rs -> new Breach(rs.getString(1), rs.getLong(2), "parent_code", rs.getString(3),
              "Đơn vị cấp trên '" + rs.getString(3) + "' không có trong danh mục đơn vị"));
      case "unit_lineage" -> staging.query(
          "SELECT l.source_file, l.source_row, CAST(l.share AS VARCHAR), l.to_code, s.total FROM " + next + " l JOIN"
              + " (SELECT to_code, sum(share) AS total FROM " + next + " GROUP BY to_code HAVING abs(sum(share) - 1) > 1e-6) s"
              + " USING (to_code) WHERE l.batch_id = " + mine,
          rs -> new Breach(rs.getString(1), rs.getLong(2), "share", rs.getString(3),
              "Tổng tỷ trọng các đơn vị tiền thân của " + rs.getString(4) + " là " + round(rs.getDouble(5))
                  + ", phải bằng 1"));
      default -> List.of();
    };
  }

  private static String round(double v) {
    return java.math.BigDecimal.valueOf(v).setScale(4, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
  }
}
