package vn.cchc.transforms.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import vn.cchc.model.schema.Column;
import vn.cchc.model.schema.ColumnType;
import vn.cchc.model.schema.DuckDbDdl;
import vn.cchc.model.schema.TableSchema;

/**
 * How two relations holding one mart differ, computed by DuckDB: the differential test's verdict
 * (the Spark job against the SQL yardstick, {@link #byKey}) and the cluster check's (a cluster run
 * against a local run, {@link #exact}). One copy of that logic, so that the tests and {@code ./cchc
 * bench verify} judge agreement the same way.
 *
 * @param mart the mart's name
 * @param expectedRows rows of the relation taken as right
 * @param actualRows rows of the relation checked
 * @param differingRows rows that have no equal on the other side (by key for {@link #byKey}, as
 *     whole rows in either direction for {@link #exact})
 * @param examples the first differences, in Vietnamese, for a person to read
 */
public record MartDifferences(
    String mart, long expectedRows, long actualRows, long differingRows, List<String> examples) {

  /** Doubles closer than this are equal: Spark and DuckDB may sum in another order. */
  public static final double TOLERANCE = 1e-9;

  /** Examples kept per column ({@link #byKey}) or per direction ({@link #exact}). */
  static final int EXAMPLES = 3;

  public MartDifferences {
    examples = List.copyOf(examples);
  }

  /** Whether the two relations hold the same rows. */
  public boolean none() {
    return expectedRows == actualRows && differingRows == 0;
  }

  /** The row-count difference, if any, then the examples: empty when the relations agree. */
  public List<String> messages() {
    List<String> out = new ArrayList<>();
    if (expectedRows != actualRows) {
      out.add(mart + ": mong đợi " + expectedRows + " dòng nhưng có " + actualRows);
    }
    out.addAll(examples);
    return out;
  }

  /**
   * Row by row on the mart's key: doubles to {@link #TOLERANCE}, every other column exactly (NULL
   * equals NULL). A key on one side only differs in every column the other side would fill.
   *
   * @param expected a relation (table name or {@code read_parquet(…)}) taken as right
   * @param actual the relation checked against it
   */
  public static MartDifferences byKey(
      Connection c, TableSchema mart, String expected, String actual) throws SQLException {
    List<Column> columns = mart.columns();
    String on =
        mart.key().stream()
            .map(k -> "e." + q(k) + " IS NOT DISTINCT FROM a." + q(k))
            .collect(Collectors.joining(" AND "));
    String keys =
        mart.key().stream()
            .map(k -> "coalesce(e." + q(k) + ", a." + q(k) + ")")
            .collect(Collectors.joining(" || '|' || "));
    List<String> differs =
        columns.stream()
            .map(col -> differs(col, "e." + q(col.name()), "a." + q(col.name())))
            .toList();
    // one join, kept small: only the rows that differ, each column's flag beside its two values
    String diff = "diff_" + mart.name();
    StringBuilder select = new StringBuilder("SELECT CAST(" + keys + " AS VARCHAR) AS k");
    for (int i = 0; i < columns.size(); i++) {
      String name = q(columns.get(i).name());
      select
          .append(", ")
          .append(differs.get(i))
          .append(" AS d")
          .append(i)
          .append(", CAST(e.")
          .append(name)
          .append(" AS VARCHAR) AS e")
          .append(i)
          .append(", CAST(a.")
          .append(name)
          .append(" AS VARCHAR) AS a")
          .append(i);
    }
    execute(
        c,
        "CREATE OR REPLACE TEMP TABLE "
            + diff
            + " AS "
            + select
            + " FROM "
            + expected
            + " e FULL OUTER JOIN "
            + actual
            + " a ON "
            + on
            + " WHERE "
            + String.join(" OR ", differs));
    try {
      List<String> examples = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        for (String[] row :
            rows(
                c,
                "SELECT k, e"
                    + i
                    + ", a"
                    + i
                    + " FROM "
                    + diff
                    + " WHERE d"
                    + i
                    + " ORDER BY k LIMIT "
                    + EXAMPLES)) {
          examples.add(
              mart.name()
                  + "."
                  + columns.get(i).name()
                  + " ["
                  + row[0]
                  + "]: mong đợi "
                  + row[1]
                  + " nhưng có "
                  + row[2]);
        }
      }
      return new MartDifferences(
          mart.name(), count(c, expected), count(c, actual), count(c, diff), examples);
    } finally {
      execute(c, "DROP TABLE IF EXISTS " + diff);
    }
  }

  /**
   * As multisets of whole rows, every value exactly ({@code EXCEPT ALL} both ways): two runs of the
   * same job on the same snapshot must write the same values, wherever they ran.
   */
  public static MartDifferences exact(
      Connection c, TableSchema mart, String expected, String actual) throws SQLException {
    List<String> examples = new ArrayList<>();
    long missing = exceptAll(c, mart, expected, actual, "thiếu dòng", examples);
    long extra = exceptAll(c, mart, actual, expected, "thừa dòng", examples);
    return new MartDifferences(
        mart.name(), count(c, expected), count(c, actual), missing + extra, examples);
  }

  private static long exceptAll(
      Connection c, TableSchema mart, String from, String minus, String what, List<String> examples)
      throws SQLException {
    String rows = "(SELECT * FROM " + from + " EXCEPT ALL SELECT * FROM " + minus + ")";
    long n = count(c, rows);
    if (n > 0) {
      String whole =
          mart.columns().stream()
              .map(col -> "coalesce(CAST(" + q(col.name()) + " AS VARCHAR), 'NULL')")
              .collect(Collectors.joining(" || ', ' || "));
      for (String[] row :
          rows(c, "SELECT " + whole + " FROM " + rows + " ORDER BY 1 LIMIT " + EXAMPLES)) {
        examples.add(mart.name() + ": " + what + " (" + row[0] + ")");
      }
    }
    return n;
  }

  private static String differs(Column c, String e, String a) {
    if (c.type() == ColumnType.DOUBLE) {
      return "NOT (("
          + e
          + " IS NULL AND "
          + a
          + " IS NULL) OR abs("
          + e
          + " - "
          + a
          + ") <= "
          + TOLERANCE
          + ")";
    }
    return e + " IS DISTINCT FROM " + a;
  }

  private static long count(Connection c, String relation) throws SQLException {
    return Long.parseLong(rows(c, "SELECT count(*) FROM " + relation).get(0)[0]);
  }

  private static List<String[]> rows(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      List<String[]> out = new ArrayList<>();
      while (rs.next()) {
        String[] row = new String[n];
        for (int i = 0; i < n; i++) {
          row[i] = rs.getString(i + 1);
        }
        out.add(row);
      }
      return out;
    }
  }

  private static void execute(Connection c, String sql) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private static String q(String name) {
    return DuckDbDdl.quote(name);
  }
}
