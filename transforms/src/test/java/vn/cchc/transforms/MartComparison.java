package vn.cchc.transforms;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.cchc.model.schema.Column;
import vn.cchc.model.schema.ColumnType;
import vn.cchc.model.schema.DuckDbDdl;
import vn.cchc.model.schema.TableSchema;

/**
 * Compares two relations holding one mart, row by row on the mart's key: doubles to 1e-9, the rest
 * exactly.
 */
public final class MartComparison {
  private MartComparison() {}

  public static final double TOLERANCE = 1e-9;

  /** Human-readable differences; empty when the relations hold the same rows. */
  public static List<String> differences(
      DuckDb db, TableSchema mart, String expected, String actual) throws SQLException {
    List<String> out = new ArrayList<>();
    long e = ((Number) db.scalar("SELECT count(*) FROM " + expected)).longValue();
    long a = ((Number) db.scalar("SELECT count(*) FROM " + actual)).longValue();
    if (e != a) {
      out.add(mart.name() + ": expected " + e + " rows but found " + a);
    }
    String on =
        mart.key().stream()
            .map(k -> "e." + q(k) + " IS NOT DISTINCT FROM a." + q(k))
            .collect(Collectors.joining(" AND "));
    String keys =
        mart.key().stream()
            .map(k -> "coalesce(e." + q(k) + ", a." + q(k) + ")")
            .collect(Collectors.joining(" || '|' || "));
    for (Column c : mart.columns()) {
      String ec = "e." + q(c.name());
      String ac = "a." + q(c.name());
      String differs =
          c.type() == ColumnType.DOUBLE
              ? "NOT (("
                  + ec
                  + " IS NULL AND "
                  + ac
                  + " IS NULL) OR abs("
                  + ec
                  + " - "
                  + ac
                  + ") <= "
                  + TOLERANCE
                  + ")"
              : ec + " IS DISTINCT FROM " + ac;
      String sql =
          "SELECT CAST("
              + keys
              + " AS VARCHAR), CAST("
              + ec
              + " AS VARCHAR), CAST("
              + ac
              + " AS VARCHAR)"
              + " FROM "
              + expected
              + " e FULL OUTER JOIN "
              + actual
              + " a ON "
              + on
              + " WHERE "
              + differs
              + " ORDER BY 1 LIMIT 3";
      for (Object[] row : db.rows(sql)) {
        out.add(
            mart.name()
                + "."
                + c.name()
                + " ["
                + row[0]
                + "]: expected "
                + row[1]
                + " but found "
                + row[2]);
      }
    }
    return out;
  }

  private static String q(String name) {
    return DuckDbDdl.quote(name);
  }
}
