package vn.cchc.report.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cchc.query.QueryResult;

/**
 * One row of a query result, read by column name. A name the result does not have is an error that
 * names it, where a map would answer null and a misspelt column would read as "no value" (0, false,
 * a blank).
 */
public final class ResultRow {
  private final Map<String, Object> values;

  private ResultRow(Map<String, Object> values) {
    this.values = values;
  }

  /** Every row of a result. */
  public static List<ResultRow> of(QueryResult result) {
    return result.records().stream().map(ResultRow::new).toList();
  }

  /**
   * A row the query layer gives as a map of its result's columns (as {@link QueryResult#first()}).
   */
  public static ResultRow of(Map<String, Object> record) {
    return new ResultRow(record);
  }

  public Object value(String column) {
    if (!values.containsKey(column)) {
      throw new IllegalArgumentException(
          "Cannot read column " + column + ": the query result has only " + values.keySet());
    }
    return values.get(column);
  }

  public String string(String column) {
    return (String) value(column);
  }

  /** 0 when null. */
  public int integer(String column) {
    return Values.integer(value(column));
  }

  public Integer integerOrNull(String column) {
    return Values.integerOrNull(value(column));
  }

  /** 0 when null. */
  public double decimal(String column) {
    return Values.decimal(value(column));
  }

  public Double decimalOrNull(String column) {
    return Values.decimalOrNull(value(column));
  }

  /** Only {@code TRUE} is true; null is false. */
  public boolean flag(String column) {
    return Boolean.TRUE.equals(value(column));
  }

  public LocalDate date(String column) {
    return (LocalDate) value(column);
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
