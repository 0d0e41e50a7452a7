package vn.cchc.sample.output;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vn.cchc.model.schema.Column;
import vn.cchc.model.schema.TableSchema;

/**
 * Rows of one input table, held in memory before they are written. Cells are {@link String}, {@link
 * Integer}, {@link Double}, {@link Boolean}, {@link java.time.LocalDate} or null (an empty cell).
 */
public final class Table {
  private final TableSchema schema;
  private final List<String> columns;
  private final List<Object[]> rows = new ArrayList<>();

  public Table(TableSchema schema) {
    this.schema = schema;
    this.columns = schema.columns().stream().map(Column::name).toList();
  }

  public TableSchema schema() {
    return schema;
  }

  /** Canonical column names in declaration order. */
  public List<String> columns() {
    return columns;
  }

  public List<Object[]> rows() {
    return Collections.unmodifiableList(rows);
  }

  public int size() {
    return rows.size();
  }

  /** Appends a row whose values follow the declaration order of the schema's columns. */
  public void add(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException(
          "Cannot add row to "
              + schema.name()
              + ": expected "
              + columns.size()
              + " values, got "
              + values.length);
    }
    rows.add(values.clone());
  }

  public int indexOf(String column) {
    int i = columns.indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException(
          "Cannot find column " + column + " in table " + schema.name());
    }
    return i;
  }

  public Object value(Object[] row, String column) {
    return row[indexOf(column)];
  }

  /**
   * The rows whose value in {@code column} equals {@code value}, as a new table of the same schema.
   */
  public Table filter(String column, Object value) {
    int i = indexOf(column);
    Table out = new Table(schema);
    for (Object[] row : rows) {
      if (value.equals(row[i])) {
        out.rows.add(row);
      }
    }
    return out;
  }
}
