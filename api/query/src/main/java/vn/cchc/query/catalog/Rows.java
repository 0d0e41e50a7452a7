package vn.cchc.query.catalog;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.sql.Blob;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.query.QueryResult;

/**
 * Reads a JDBC result into a {@link QueryResult}, turning DuckDB's driver types into plain Java
 * values. Binary values ({@code BLOB}) become their bytes in standard Base64 (RFC 4648, with
 * padding), the same in JSON, CSV and XLSX.
 */
public final class Rows {
  private Rows() {}

  /** Reads at most {@code cap} rows; the table is marked truncated when more were there. */
  public static QueryResult read(ResultSet rs, int cap) throws SQLException {
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
        row.add(value(rs, meta, i));
      }
      rows.add(row);
    }
    return new QueryResult(columns, rows, truncated);
  }

  private static Object value(ResultSet rs, ResultSetMetaData meta, int i) throws SQLException {
    try {
      return plain(rs.getObject(i));
    } catch (DateTimeException e) {
      // DuckDB's TIME runs to 24:00:00 inclusive, one step past what java.time holds
      if (meta.getColumnType(i) == Types.TIME) {
        return END_OF_DAY;
      }
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Không thể đọc giá trị của cột "
              + meta.getColumnLabel(i)
              + " ("
              + meta.getColumnTypeName(i)
              + "): nằm ngoài khoảng thời gian đọc được; hãy chuyển nó thành chuỗi, ví dụ CAST("
              + meta.getColumnLabel(i)
              + " AS VARCHAR)",
          e);
    }
  }

  static final String END_OF_DAY = "24:00:00";

  public static QueryResult readAll(ResultSet rs) throws SQLException {
    return read(rs, Integer.MAX_VALUE);
  }

  static Object plain(Object v) throws SQLException {
    if (v == null
        || v instanceof String
        || v instanceof Integer
        || v instanceof Double
        || v instanceof Boolean
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
    if (v instanceof Blob blob) {
      try {
        return Base64.getEncoder().encodeToString(blob.getBytes(1, Math.toIntExact(blob.length())));
      } finally {
        blob.free();
      }
    }
    if (v instanceof byte[] bytes) {
      return Base64.getEncoder().encodeToString(bytes);
    }
    return v.toString();
  }
}
