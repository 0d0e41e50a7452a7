package vn.cchc.query.catalog;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.query.Table;

/** Reads a JDBC result into a {@link Table}, turning DuckDB's driver types into plain Java values. */
public final class Rows {
  private Rows() {}

  /** Reads at most {@code cap} rows; the table is marked truncated when more were there. */
  public static Table read(ResultSet rs, int cap) throws SQLException {
    ResultSetMetaData meta = rs.getMetaData();
    int n = meta.getColumnCount();
    List<String> columns = new ArrayList<>(n);
    for (int i = 1; i <= n; i++) {
      columns.add(meta.getColumnLabel(i));
    }
    List<List<Object>> rows = new ArrayList<>();
    boolean truncated = false;
    while (rs.next()) {
      if (rows.size() >= cap) {
        truncated = true;
        break;
      }
      List<Object> row = new ArrayList<>(n);
      for (int i = 1; i <= n; i++) {
        row.add(plain(rs.getObject(i)));
      }
      rows.add(row);
    }
    return new Table(columns, rows, truncated);
  }

  public static Table readAll(ResultSet rs) throws SQLException {
    return read(rs, Integer.MAX_VALUE);
  }

  static Object plain(Object v) {
    if (v == null || v instanceof String || v instanceof Integer || v instanceof Double || v instanceof Boolean
        || v instanceof LocalDate) {
      return v;
    }
    if (v instanceof Long l) {
      return l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE ? (Object) l.intValue() : l;
    }
    if (v instanceof Short s) {
      return s.intValue();
    }
    if (v instanceof Byte b) {
      return b.intValue();
    }
    if (v instanceof Float f) {
      return f.doubleValue();
    }
    if (v instanceof BigDecimal || v instanceof BigInteger) {
      return v;
    }
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    if (v instanceof Timestamp t) {
      return t.toLocalDateTime();
    }
    return v.toString();
  }
}
