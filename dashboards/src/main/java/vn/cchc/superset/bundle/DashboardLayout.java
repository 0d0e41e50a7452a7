package vn.cchc.superset.bundle;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.cchc.superset.dashboard.ChartDefinition;
import vn.cchc.superset.dashboard.DashboardDefinition;
import vn.cchc.superset.dashboard.LeadersDashboard;
import vn.cchc.superset.dashboard.NativeFilter;

/**
 * The dashboard's {@code position_json} (ROOT_ID → GRID_ID → ROW → CHART) and {@code json_metadata}
 * (native filters, band colours). Chart ids are Superset's: numbering in the bundle, the real ids
 * when reconciling after import.
 */
public final class DashboardLayout {
  private DashboardLayout() {}

  /** Colours of the bands' series, the same in every chart: green for good down to red for weak. */
  static final Map<String, String> BAND_COLOURS =
      orderedMap(
          LeadersDashboard.bandLabel("A"),
          "#1a9850",
          LeadersDashboard.bandLabel("B"),
          "#91cf60",
          LeadersDashboard.bandLabel("C"),
          "#fdae61",
          LeadersDashboard.bandLabel("D"),
          "#d73027",
          LeadersDashboard.UNBANDED,
          "#9e9e9e");

  public static Map<String, Object> position(
      DashboardDefinition d, Function<ChartDefinition, Integer> chartId) {
    Map<String, Object> pos = new LinkedHashMap<>();
    pos.put("DASHBOARD_VERSION_KEY", "v2");
    pos.put("ROOT_ID", node("ROOT_ID", "ROOT", List.of("GRID_ID"), List.of(), Map.of()));
    pos.put("HEADER_ID", node("HEADER_ID", "HEADER", null, null, Map.of("text", d.title())));
    List<String> rowIds = new ArrayList<>();
    Map<String, Object> rest = new LinkedHashMap<>();
    for (int r = 0; r < d.rows().size(); r++) {
      String rowId = "ROW-" + (r + 1);
      rowIds.add(rowId);
      List<String> chartNodeIds = new ArrayList<>();
      for (ChartDefinition chart : d.rows().get(r)) {
        String nodeId = "CHART-" + chart.key();
        chartNodeIds.add(nodeId);
        Map<String, Object> meta = new LinkedHashMap<>();
        meta.put("chartId", chartId.apply(chart));
        meta.put("height", chart.height());
        meta.put("sliceName", chart.title());
        meta.put("uuid", AssetUuids.of(chart.naturalKey()).toString());
        meta.put("width", chart.width());
        rest.put(
            nodeId, node(nodeId, "CHART", List.of(), List.of("ROOT_ID", "GRID_ID", rowId), meta));
      }
      rest.put(
          rowId,
          node(
              rowId,
              "ROW",
              chartNodeIds,
              List.of("ROOT_ID", "GRID_ID"),
              Map.of("background", "BACKGROUND_TRANSPARENT")));
    }
    pos.put("GRID_ID", node("GRID_ID", "GRID", rowIds, List.of("ROOT_ID"), Map.of()));
    pos.putAll(rest);
    return pos;
  }

  /**
   * The metadata. {@code datasetRef} names the filters' source dataset: {@code datasetUuid} in a
   * bundle, {@code datasetId} in Superset.
   */
  public static Map<String, Object> metadata(
      DashboardDefinition d,
      Function<ChartDefinition, Integer> chartId,
      Function<NativeFilter, Map<String, Object>> datasetRef) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "native_filter_configuration",
        d.filters().stream().map(f -> nativeFilter(d, f, chartId, datasetRef)).toList());
    m.put("chart_configuration", Map.of());
    m.put(
        "global_chart_configuration",
        orderedMap(
            "scope",
            orderedMap("rootPath", List.of("ROOT_ID"), "excluded", List.of()),
            "chartsInScope",
            d.charts().map(chartId).sorted().toList()));
    m.put("color_scheme", ChartForms.COLOR_SCHEME);
    m.put("label_colors", BAND_COLOURS);
    m.put("shared_label_colors", List.of());
    m.put("color_scheme_domain", List.of());
    m.put("cross_filters_enabled", false);
    m.put("refresh_frequency", 0);
    m.put("timed_refresh_immune_slices", List.of());
    m.put("expanded_slices", Map.of());
    m.put("positions", null);
    return m;
  }

  private static Map<String, Object> nativeFilter(
      DashboardDefinition d,
      NativeFilter f,
      Function<ChartDefinition, Integer> chartId,
      Function<NativeFilter, Map<String, Object>> datasetRef) {
    Map<String, Object> target = new LinkedHashMap<>(datasetRef.apply(f));
    target.put("column", Map.of("name", f.column()));
    Map<String, Object> controls = new LinkedHashMap<>();
    controls.put("enableEmptyFilter", f.latestFirst());
    // a fixed default, not defaultToFirstItem: Superset 6.0 shows the first item but leaves it
    // unapplied
    controls.put("defaultToFirstItem", false);
    controls.put("multiSelect", !f.latestFirst());
    controls.put("searchAllOptions", false);
    controls.put("inverseSelection", false);
    controls.put("sortAscending", !f.latestFirst());
    Map<String, Object> dataMask = new LinkedHashMap<>();
    dataMask.put(
        "extraFormData",
        f.defaultValue()
            .<Map<String, Object>>map(
                v ->
                    Map.of(
                        "filters",
                        List.of(orderedMap("col", f.column(), "op", "IN", "val", List.of(v)))))
            .orElse(Map.of()));
    dataMask.put(
        "filterState",
        f.defaultValue()
            .<Map<String, Object>>map(v -> Map.of("value", List.of(v)))
            .orElse(Map.of()));
    dataMask.put("ownState", Map.of());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", f.filterId());
    out.put("name", f.label());
    out.put("description", f.description());
    out.put("filterType", "filter_select");
    out.put("type", "NATIVE_FILTER");
    out.put("targets", List.of(target));
    out.put("controlValues", controls);
    out.put("defaultDataMask", dataMask);
    out.put("cascadeParentIds", List.of());
    out.put(
        "scope",
        orderedMap(
            "rootPath",
            List.of("ROOT_ID"),
            "excluded",
            d.charts().filter(c -> !f.appliesTo(c)).map(chartId).sorted().toList()));
    out.put("chartsInScope", d.charts().filter(f::appliesTo).map(chartId).sorted().toList());
    out.put("tabsInScope", List.of());
    return out;
  }

  private static Map<String, Object> node(
      String id,
      String type,
      List<String> children,
      List<String> parents,
      Map<String, Object> meta) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("type", type);
    n.put("id", id);
    if (children != null) {
      n.put("children", children);
    }
    if (parents != null) {
      n.put("parents", parents);
    }
    n.put("meta", meta);
    return n;
  }

  static <V> Map<String, V> orderedMap(Object... keyValues) {
    Map<String, V> m = new LinkedHashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      @SuppressWarnings("unchecked")
      V v = (V) keyValues[i + 1];
      m.put((String) keyValues[i], v);
    }
    return m;
  }
}
