package vn.cchc.superset.dashboard;

/**
 * The Superset visualisations we use, and where each keeps its dimensions and metrics in the
 * chart's form data (the keys differ per plugin; see superset-frontend/plugins/*&#47;buildQuery.ts
 * of the pinned version).
 */
public enum VizType {
  BAR("echarts_timeseries_bar"),
  LINE("echarts_timeseries_line"),
  HEATMAP("heatmap_v2"),
  BIG_NUMBER("big_number_total"),
  TABLE("table"),
  PIVOT("pivot_table_v2");

  private final String id;

  VizType(String id) {
    this.id = id;
  }

  /** Superset's {@code viz_type}. */
  public String id() {
    return id;
  }
}
