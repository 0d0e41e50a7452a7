package vn.cchc.ingestion.validate;

import java.sql.SQLException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.cchc.ingestion.commit.Staging;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.schema.TableSchema;

/**
 * Rows already in the warehouse whose unit code no longer resolves after the batch changed the
 * registry (a period shortened, a version replaced). They stay in the warehouse, untouched, and the
 * transform lists them in {@code data_quality} (UNRESOLVED_UNIT); the batch says so loudly instead
 * of letting them drop out of every figure unseen.
 */
public final class Orphans {
  /** Rows of one table and year whose code resolves to no unit version. */
  public record Orphan(String table, int year, long rows, long codes, String examples) {
    public String messageVi() {
      NumberFormat n = NumberFormat.getIntegerInstance(Locale.forLanguageTag("vi-VN"));
      return "Cảnh báo: "
          + n.format(rows)
          + " dòng "
          + table
          + " năm "
          + year
          + " ("
          + n.format(codes)
          + " mã đơn vị, ví dụ "
          + examples
          + ") không còn thuộc đơn vị nào có hiệu lực vào ngày "
          + (table.equals(InputTables.INSPECTIONS.name()) ? "bắt đầu kiểm tra" : "31/12/" + year)
          + " sau lượt nạp này. Các dòng được giữ nguyên trong kho nhưng không được tính cho tới khi danh mục đơn vị"
          + " được sửa (xem data_quality, quy tắc UNRESOLVED_UNIT)";
    }
  }

  private static final List<TableSchema> BY_YEAR =
      List.of(
          InputTables.SELF_SCORES,
          InputTables.APPRAISALS,
          InputTables.ADJUSTMENTS,
          InputTables.SURVEY_RESPONSES);

  /** The ranked blocs as a SQL list: a code resolves only to a unit that is scored. */
  private static final String RANKED_BLOCS =
      Bloc.rankedBlocs().stream().map(b -> "'" + b.name() + "'").collect(Collectors.joining(", "));

  private Orphans() {}

  /** The fact rows of the tables' next state that resolve to no ranked unit version. */
  public static List<Orphan> find(Staging staging) throws SQLException {
    List<Orphan> out = new ArrayList<>();
    String units = Staging.next(InputTables.UNITS);
    for (TableSchema t : BY_YEAR) {
      out.addAll(orphans(staging, t, "make_date(f.year, 12, 31)", units));
    }
    out.addAll(orphans(staging, InputTables.INSPECTIONS, "f.start_date", units));
    return out;
  }

  /**
   * Registry rows of earlier batches that this batch's registry change left broken: a child whose
   * parent no longer covers its period, a lineage link whose predecessor or successor no longer
   * resolves.
   */
  public static List<String> brokenRegistry(Staging staging, String batchId) throws SQLException {
    String earlier = "batch_id <> '" + batchId.replace("'", "''") + "'";
    List<String> out = new ArrayList<>();
    for (Consistency.Breach b : Consistency.parentGaps(staging, "u." + earlier)) {
      out.add(
          "Cảnh báo: "
              + b.sourceFile()
              + " dòng "
              + b.sourceRow()
              + " (đã có trong kho): "
              + b.message()
              + ". Hãy nạp lại danh mục đơn vị đã sửa");
    }
    String units = Staging.next(InputTables.UNITS);
    out.addAll(
        staging
            .query(
                "SELECT l.source_file, l.source_row, l.from_code, l.to_code, l.effective_date,"
                    + " EXISTS (SELECT 1 FROM "
                    + units
                    + " u WHERE u.unit_code = l.from_code AND u.valid_from <= l.effective_date - 1"
                    + " AND (u.valid_to IS NULL OR u.valid_to >= l.effective_date - 1)),"
                    + " EXISTS (SELECT 1 FROM "
                    + units
                    + " u WHERE u.unit_code = l.to_code AND u.valid_from <= l.effective_date"
                    + " AND (u.valid_to IS NULL OR u.valid_to >= l.effective_date))"
                    + " FROM "
                    + Staging.next(InputTables.UNIT_LINEAGE)
                    + " l WHERE l."
                    + earlier
                    + " ORDER BY l.source_file, l.source_row",
                rs -> {
                  if (rs.getBoolean(6) && rs.getBoolean(7)) {
                    return null;
                  }
                  String side =
                      !rs.getBoolean(6)
                          ? "đơn vị cũ " + rs.getString(3) + " không còn hiệu lực vào ngày trước "
                          : "đơn vị mới " + rs.getString(4) + " không còn hiệu lực vào ngày ";
                  return "Cảnh báo: "
                      + rs.getString(1)
                      + " dòng "
                      + rs.getLong(2)
                      + " (đã có trong kho): liên kết "
                      + rs.getString(3)
                      + " → "
                      + rs.getString(4)
                      + " có "
                      + side
                      + rs.getObject(5, java.time.LocalDate.class)
                      + " sau lượt nạp này; liên kết được giữ nguyên nhưng không được dùng khi quy đổi (AS_IS)";
                })
            .stream()
            .filter(java.util.Objects::nonNull)
            .toList());
    return out;
  }

  private static List<Orphan> orphans(Staging staging, TableSchema t, String day, String units)
      throws SQLException {
    return staging.query(
        "SELECT year, count(*), count(DISTINCT unit_code), string_agg(DISTINCT unit_code, ', ' ORDER BY unit_code)"
            + " FILTER (WHERE r <= 5) FROM (SELECT f.year, f.unit_code, dense_rank() OVER (PARTITION BY f.year"
            + " ORDER BY f.unit_code) AS r FROM "
            + Staging.next(t)
            + " f WHERE NOT EXISTS (SELECT 1 FROM "
            + units
            + " u WHERE u.unit_code = f.unit_code AND u.bloc IN ("
            + RANKED_BLOCS
            + ") AND u.valid_from <= "
            + day
            + " AND (u.valid_to IS NULL OR u.valid_to >= "
            + day
            + "))) GROUP BY year ORDER BY year",
        rs -> new Orphan(t.name(), rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getString(4)));
  }
}
