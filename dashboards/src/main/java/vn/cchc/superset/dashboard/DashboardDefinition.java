package vn.cchc.superset.dashboard;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import vn.cchc.model.schema.TableSchema;

/**
 * A dashboard: rows of charts laid out on Superset's 12-column grid, and its native filters.
 *
 * @param key natural key; the dashboard's uuid derives from {@code dashboard:KEY}
 * @param slug the last part of its URL, {@code /superset/dashboard/SLUG/}
 * @param datasets the marts offered as datasets (the charts' marts among them)
 */
public record DashboardDefinition(
    String key,
    String title,
    String slug,
    List<List<ChartDefinition>> rows,
    List<NativeFilter> filters,
    List<TableSchema> datasets) {

  public DashboardDefinition {
    rows = rows.stream().map(List::copyOf).toList();
    filters = List.copyOf(filters);
    datasets = List.copyOf(datasets);
    Set<String> keys = new HashSet<>();
    for (ChartDefinition chart : rows.stream().flatMap(List::stream).toList()) {
      if (!keys.add(chart.key())) {
        throw new IllegalArgumentException(
            "Cannot define dashboard " + key + ": chart " + chart.key() + " appears twice");
      }
      if (!datasets.contains(chart.dataset())) {
        throw new IllegalArgumentException(
            "Cannot define dashboard "
                + key
                + ": chart "
                + chart.key()
                + " reads "
                + chart.dataset().name()
                + ", which is not among its datasets");
      }
    }
    for (List<ChartDefinition> row : rows) {
      int width = row.stream().mapToInt(ChartDefinition::width).sum();
      if (width > 12) {
        throw new IllegalArgumentException(
            "Cannot define dashboard " + key + ": a row is " + width + " columns wide, at most 12");
      }
    }
  }

  public String naturalKey() {
    return "dashboard:" + key;
  }

  public Stream<ChartDefinition> charts() {
    return rows.stream().flatMap(List::stream);
  }

  /** The same dashboard without one chart (rows left empty disappear). */
  public DashboardDefinition withoutChart(String chartKey) {
    List<List<ChartDefinition>> kept =
        rows.stream()
            .map(r -> r.stream().filter(c -> !c.key().equals(chartKey)).toList())
            .filter(r -> !r.isEmpty())
            .toList();
    return new DashboardDefinition(key, title, slug, kept, filters, datasets);
  }
}
