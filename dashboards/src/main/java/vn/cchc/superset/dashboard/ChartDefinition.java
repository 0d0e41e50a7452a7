package vn.cchc.superset.dashboard;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.cchc.model.schema.TableSchema;

/**
 * One chart of a dashboard, as a question over one mart: group by {@code dimensions} (in the order
 * the visualisation reads them: x axis first), compute {@code metrics}, keep rows matching {@code
 * conditions}. {@code sortBy} orders the category axis by a measure that is not drawn; {@code
 * display} holds the plugin's presentation options, copied into the form data as they are.
 *
 * @param key natural key, e.g. {@code ranking-by-band}; the chart's uuid is derived from {@code
 *     chart:KEY}
 * @param width columns of the dashboard's 12-column grid
 * @param height height in grid units of 8 px
 */
public record ChartDefinition(
    String key,
    String title,
    String description,
    VizType viz,
    TableSchema dataset,
    List<String> dimensions,
    List<Metric> metrics,
    List<Condition> conditions,
    Optional<Metric> sortBy,
    Map<String, Object> display,
    int rowLimit,
    int width,
    int height) {

  public ChartDefinition {
    Objects.requireNonNull(key, "key");
    dimensions = List.copyOf(dimensions);
    metrics = List.copyOf(metrics);
    conditions = List.copyOf(conditions);
    display = Map.copyOf(display);
    if (metrics.isEmpty()) {
      throw new IllegalArgumentException("Cannot define chart " + key + ": it has no metric");
    }
    // each name must be a column of the dataset (the mart's or a calculated one), else named in the
    // error
    dimensions.forEach(d -> DatasetColumns.require(dataset, d));
    metrics.forEach(m -> DatasetColumns.require(dataset, m.column()));
    conditions.forEach(c -> DatasetColumns.require(dataset, c.column()));
  }

  /** The natural key its uuid derives from. */
  public String naturalKey() {
    return "chart:" + key;
  }
}
