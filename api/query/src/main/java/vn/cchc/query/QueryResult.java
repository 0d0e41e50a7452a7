package vn.cchc.query;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A query result as columns and rows (not a warehouse table: those are declared in {@code
 * MartTables} and {@code InputTables}), the unit every list endpoint returns and every export
 * writes. {@code truncated} says that a row cap cut the result.
 */
public record QueryResult(List<String> columns, List<List<Object>> rows, boolean truncated) {
  public QueryResult {
    columns = List.copyOf(columns);
    rows = Collections.unmodifiableList(new ArrayList<>(rows));
  }

  public int size() {
    return rows.size();
  }

  public boolean isEmpty() {
    return rows.isEmpty();
  }

  public int columnIndex(String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException("No column " + column + " in " + columns);
    }
    return i;
  }

  public Object value(int row, String column) {
    return rows.get(row).get(columnIndex(column));
  }

  /** Each row as a column → value map, in column order. */
  public List<Map<String, Object>> records() {
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      out.add(record(row));
    }
    return out;
  }

  public Optional<Map<String, Object>> first() {
    return rows.isEmpty() ? Optional.empty() : Optional.of(record(rows.get(0)));
  }

  private Map<String, Object> record(List<Object> row) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      m.put(columns.get(i), row.get(i));
    }
    return m;
  }
}
