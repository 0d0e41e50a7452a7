package vn.cchc.superset.dashboard;

import java.util.List;
import java.util.Optional;
import vn.cchc.model.schema.TableSchema;

/**
 * A dashboard-wide select filter on one column. It applies to every chart whose mart has the
 * column; the other charts are left out of its scope (a filter on a column a chart lacks would
 * break its query).
 *
 * @param key natural key; Superset's filter id is {@code NATIVE_FILTER-KEY}
 * @param source the mart whose values the filter offers
 * @param defaultValue the value selected when the dashboard opens (a String or a number); empty for
 *     none
 * @param latestFirst offer values in descending order, one at a time, a value required (the year)
 * @param excludedCharts keys of charts the filter must not touch although their mart has the column
 */
public record NativeFilter(
    String key,
    String label,
    String description,
    TableSchema source,
    String column,
    Optional<Object> defaultValue,
    boolean latestFirst,
    List<String> excludedCharts) {

  public NativeFilter {
    excludedCharts = List.copyOf(excludedCharts);
    DatasetColumns.require(source, column);
  }

  public NativeFilter withDefault(Object value) {
    return new NativeFilter(
        key, label, description, source, column, Optional.of(value), latestFirst, excludedCharts);
  }

  public String filterId() {
    return "NATIVE_FILTER-" + key;
  }

  /** Whether the filter applies to a chart: its dataset has the column and it is not excluded. */
  public boolean appliesTo(ChartDefinition chart) {
    return !excludedCharts.contains(chart.key()) && DatasetColumns.has(chart.dataset(), column);
  }
}
