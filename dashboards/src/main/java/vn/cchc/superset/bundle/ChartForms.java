package vn.cchc.superset.bundle;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.superset.dashboard.ChartDefinition;
import vn.cchc.superset.dashboard.Condition;
import vn.cchc.superset.dashboard.Metric;

/**
 * A chart definition in Superset's two shapes: the form data the Explore view edits ({@code
 * params}) and the query context {@code /api/v1/chart/{id}/data} runs. Both are ordered maps, so
 * the JSON and YAML written from them are the same bytes on every run.
 */
public final class ChartForms {
  private ChartForms() {}

  static final String COLOR_SCHEME = "supersetColors";

  /**
   * The chart's {@code params}; {@code datasource} is {@code ID__table}, or absent before import.
   */
  public static Map<String, Object> params(ChartDefinition chart, Integer datasetId) {
    Map<String, Object> p = new LinkedHashMap<>();
    if (datasetId != null) {
      p.put("datasource", datasetId + "__table");
    }
    p.put("viz_type", chart.viz().id());
    List<String> dims = chart.dimensions();
    List<Map<String, Object>> metrics = chart.metrics().stream().map(ChartForms::metric).toList();
    switch (chart.viz()) {
      case BAR, LINE -> {
        p.put("x_axis", dims.get(0));
        p.put("metrics", metrics);
        p.put("groupby", dims.subList(1, dims.size()));
      }
      case HEATMAP -> {
        p.put("x_axis", dims.get(0));
        p.put("groupby", dims.get(1));
        p.put("metric", metrics.get(0));
      }
      case BIG_NUMBER -> p.put("metric", metrics.get(0));
      case TABLE -> {
        p.put("groupby", dims);
        p.put("metrics", metrics);
        p.put("all_columns", List.of());
        p.put("percent_metrics", List.of());
      }
      case PIVOT -> {
        p.put("groupbyRows", dims.subList(0, 1));
        p.put("groupbyColumns", dims.subList(1, dims.size()));
        p.put("metrics", metrics);
      }
    }
    p.put("adhoc_filters", chart.conditions().stream().map(ChartForms::adhocFilter).toList());
    p.put("row_limit", chart.rowLimit());
    p.put("color_scheme", COLOR_SCHEME);
    chart
        .sortBy()
        .ifPresent(
            m -> {
              // sorts the category axis by a measure that is queried but not drawn (only without
              // groupby)
              p.put("timeseries_limit_metric", metric(m));
              p.put("x_axis_sort", m.label());
            });
    chart.display().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> p.put(e.getKey(), e.getValue()));
    return p;
  }

  /**
   * The saved query: group by every dimension, compute every metric, apply the fixed conditions.
   * The dashboard's filters are not in it; Explore and dashboards build their own queries from the
   * params.
   */
  public static Map<String, Object> queryContext(ChartDefinition chart, int datasetId) {
    Map<String, Object> datasource = new LinkedHashMap<>();
    datasource.put("id", datasetId);
    datasource.put("type", "table");
    List<Map<String, Object>> metrics = chart.metrics().stream().map(ChartForms::metric).toList();
    Map<String, Object> orderBy = chart.sortBy().map(ChartForms::metric).orElse(metrics.get(0));
    Map<String, Object> query = new LinkedHashMap<>();
    query.put("columns", chart.dimensions());
    query.put("metrics", metrics);
    query.put("filters", chart.conditions().stream().map(ChartForms::queryFilter).toList());
    query.put("orderby", List.of(List.of(orderBy, false)));
    query.put("row_limit", chart.rowLimit());
    query.put("extras", Map.of("having", "", "where", ""));
    query.put("annotation_layers", List.of());
    query.put("series_limit", 0);
    query.put("order_desc", true);
    query.put("url_params", Map.of());
    query.put("custom_params", Map.of());
    query.put("custom_form_data", Map.of());
    Map<String, Object> qc = new LinkedHashMap<>();
    qc.put("datasource", datasource);
    qc.put("force", false);
    qc.put("queries", List.of(query));
    qc.put("form_data", params(chart, datasetId));
    qc.put("result_format", "json");
    qc.put("result_type", "full");
    return qc;
  }

  static Map<String, Object> metric(Metric m) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (m.only().isPresent()) {
      out.put("expressionType", "SQL");
      out.put("sqlExpression", m.sql());
    } else {
      out.put("expressionType", "SIMPLE");
      out.put("column", Map.of("column_name", m.column()));
      out.put("aggregate", m.aggregate().name());
    }
    out.put("label", m.label());
    out.put("hasCustomLabel", true);
    out.put(
        "optionName", "metric_" + AssetUuids.of("metric:" + m.label()).toString().substring(0, 8));
    return out;
  }

  private static Map<String, Object> adhocFilter(Condition c) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("expressionType", "SIMPLE");
    f.put("subject", c.column());
    f.put("operator", c.operator().adhocSymbol());
    if (c.comparator() != null) {
      f.put("comparator", c.comparator());
    }
    f.put("clause", "WHERE");
    f.put("isExtra", false);
    f.put("filterOptionName", "filter_" + c.column());
    return f;
  }

  private static Map<String, Object> queryFilter(Condition c) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("col", c.column());
    f.put("op", c.operator().querySymbol());
    if (c.comparator() != null) {
      f.put("val", c.comparator());
    }
    return f;
  }
}
