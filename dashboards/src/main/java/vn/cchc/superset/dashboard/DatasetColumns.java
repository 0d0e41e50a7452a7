package vn.cchc.superset.dashboard;

import java.util.List;
import vn.cchc.model.schema.TableSchema;

/**
 * The columns a mart's Superset dataset offers: the mart's own, and calculated ones Superset
 * computes in SQL. The one calculated column is {@link #UNIT_LABEL} on every mart with a {@code
 * unit_key}: the unit version's name and official code, and its period where the code denotes
 * several units in the registry ({@code Phường Mỹ Long (30307, 01/01/2015 – 30/06/2025)}). It is
 * what charts group units by and what the unit filter lists: one value per version (as unique as
 * {@code unit_key}), and readable.
 */
public final class DatasetColumns {
  public static final String UNIT_KEY = "unit_key";
  public static final String UNIT_LABEL = "unit_label";

  private DatasetColumns() {}

  /** A column Superset computes with {@code expression} (DuckDB SQL over the mart's row). */
  public record Calculated(
      String name, String labelVi, String description, String duckDbType, String expression) {}

  /** The calculated columns of a mart's dataset. */
  public static List<Calculated> calculated(TableSchema mart) {
    if (mart.columns().stream().noneMatch(c -> c.name().equals(UNIT_KEY))) {
      return List.of();
    }
    return List.of(
        new Calculated(
            UNIT_LABEL,
            "Đơn vị",
            "Name and official code of the unit version, with its period where the code names several units",
            "VARCHAR",
            unitLabelSql(mart.name())));
  }

  /**
   * The label of the row's unit version, looked up in the registry view {@code raw_units} by the
   * mart's {@code unit_key} ({@code code@valid_from}); null when the key is null. No {@code %} in
   * it (dates are built with lpad), so no driver can read it as a parameter marker.
   */
  static String unitLabelSql(String table) {
    return "(SELECT u.name || ' (' || u.unit_code"
        + " || CASE WHEN (SELECT count(*) FROM raw_units v WHERE v.unit_code = u.unit_code) > 1"
        + " THEN ', ' || "
        + viDate("u.valid_from")
        + " || ' – ' || coalesce("
        + viDate("u.valid_to")
        + ", 'nay')"
        + " ELSE '' END || ')'"
        + " FROM raw_units u WHERE u.unit_code || '@' || CAST(u.valid_from AS VARCHAR) = "
        + table
        + "."
        + UNIT_KEY
        + ")";
  }

  /** dd/mm/yyyy of a DATE column; null stays null. */
  private static String viDate(String column) {
    return "lpad(CAST(day("
        + column
        + ") AS VARCHAR), 2, '0') || '/' || lpad(CAST(month("
        + column
        + ") AS VARCHAR), 2, '0') || '/' || CAST(year("
        + column
        + ") AS VARCHAR)";
  }

  /** Whether the mart's dataset has the column, its own or calculated. */
  public static boolean has(TableSchema mart, String column) {
    return mart.columns().stream().anyMatch(c -> c.name().equals(column))
        || calculated(mart).stream().anyMatch(c -> c.name().equals(column));
  }

  /** Refuses a column the dataset does not have, naming the table and the column. */
  public static void require(TableSchema mart, String column) {
    if (calculated(mart).stream().noneMatch(c -> c.name().equals(column))) {
      mart.column(column);
    }
  }
}
