package vn.cchc.superset.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.superset.bundle.AssetUuids;
import vn.cchc.superset.bundle.BundleBuilder;
import vn.cchc.superset.bundle.ChartForms;
import vn.cchc.superset.bundle.DashboardLayout;
import vn.cchc.superset.bundle.Json;
import vn.cchc.superset.dashboard.ChartDefinition;
import vn.cchc.superset.dashboard.DashboardDefinition;
import vn.cchc.superset.rest.SupersetClient;

/**
 * Provisions a dashboard into a Superset: check the version, log in, import the bundle (overwrite),
 * then reconcile what the import leaves behind — it merges and never deletes, and it cannot know
 * the ids it assigns: delete the charts we manage that are no longer defined, set each chart's
 * query context, write the layout and native filters with the real ids — and finally verify. Each
 * step is idempotent, so a failed run is repaired by running again; a run that cannot verify its
 * result fails.
 */
public final class Provisioner {
  private final SupersetClient client;

  public Provisioner(SupersetClient client) {
    this.client = client;
  }

  public SyncReport sync(String user, String password, DashboardDefinition d, Path catalog) {
    String version = client.requireSupportedVersion();
    client.login(user, password);
    Map<String, Integer> known =
        knownChartIds(d, SupersetAssets.list(client, "chart", "slice_name"));
    client.importAssets(BundleBuilder.zip(d, catalog, known));

    Map<String, Integer> datasetIds = datasetIds(d);
    SupersetAssets charts = SupersetAssets.list(client, "chart", "slice_name");
    List<String> removed = removeUndefinedCharts(d, charts);
    Map<String, Integer> chartIds = chartIds(d, charts);
    int contextsSet = 0;
    for (ChartDefinition chart : d.charts().toList()) {
      if (setQueryContext(
          chart, chartIds.get(chart.key()), datasetIds.get(chart.dataset().name()))) {
        contextsSet++;
      }
    }
    int dashboardId = dashboardId(d);
    boolean layoutFixed = fixLayout(d, dashboardId, chartIds, datasetIds);
    verify(d, dashboardId, chartIds);
    return new SyncReport(
        version,
        dashboardId,
        URI.create(client.base() + "/superset/dashboard/" + d.slug() + "/"),
        chartIds,
        datasetIds,
        removed,
        contextsSet,
        layoutFixed);
  }

  private Map<String, Integer> datasetIds(DashboardDefinition d) {
    SupersetAssets datasets = SupersetAssets.list(client, "dataset", "table_name");
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (TableSchema mart : d.datasets()) {
      ids.put(
          mart.name(),
          single(
                  datasets.withUuid(AssetUuids.of(BundleBuilder.datasetKey(mart)).toString()),
                  "tập dữ liệu " + mart.name())
              .id());
    }
    return ids;
  }

  private List<String> removeUndefinedCharts(DashboardDefinition d, SupersetAssets charts) {
    Set<String> defined =
        d.charts().map(c -> AssetUuids.of(c.naturalKey()).toString()).collect(Collectors.toSet());
    List<String> removed = new ArrayList<>();
    for (SupersetAssets.Asset chart : charts.certifiedBy(BundleBuilder.MANAGED_BY)) {
      if (!defined.contains(chart.uuid())) {
        client.delete("/api/v1/chart/" + chart.id());
        removed.add(chart.name());
      }
    }
    return removed;
  }

  private static Map<String, Integer> knownChartIds(DashboardDefinition d, SupersetAssets charts) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (ChartDefinition chart : d.charts().toList()) {
      List<SupersetAssets.Asset> found =
          charts.withUuid(AssetUuids.of(chart.naturalKey()).toString());
      if (found.size() == 1) {
        ids.put(chart.key(), found.get(0).id());
      }
    }
    return ids;
  }

  private static Map<String, Integer> chartIds(DashboardDefinition d, SupersetAssets charts) {
    Map<String, Integer> ids = new LinkedHashMap<>();
    for (ChartDefinition chart : d.charts().toList()) {
      ids.put(
          chart.key(),
          single(
                  charts.withUuid(AssetUuids.of(chart.naturalKey()).toString()),
                  "biểu đồ " + chart.key())
              .id());
    }
    return ids;
  }

  /** Imported charts may lack a query context, or carry one pointing at another dataset id. */
  private boolean setQueryContext(ChartDefinition chart, int chartId, int datasetId) {
    JsonNode current = client.get("/api/v1/chart/" + chartId).path("result");
    Map<String, Object> expected = ChartForms.queryContext(chart, datasetId);
    JsonNode stored =
        current.path("query_context").isTextual()
            ? parseOrNull(current.path("query_context").asText())
            : null;
    if (Json.tree(expected).equals(stored)) {
      return false;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("query_context", Json.write(expected));
    body.put("query_context_generation", true);
    client.put("/api/v1/chart/" + chartId, body);
    return true;
  }

  private int dashboardId(DashboardDefinition d) {
    SupersetAssets dashboards = SupersetAssets.list(client, "dashboard", "dashboard_title");
    return single(
            dashboards.withUuid(AssetUuids.of(d.naturalKey()).toString()),
            "bảng điều khiển " + d.key())
        .id();
  }

  /**
   * The import keeps the bundle's native filter scopes only partly (chartsInScope keeps the
   * bundle's numbering): write position and metadata with the real ids when they differ from what
   * is stored.
   */
  private boolean fixLayout(
      DashboardDefinition d,
      int dashboardId,
      Map<String, Integer> chartIds,
      Map<String, Integer> datasetIds) {
    Function<ChartDefinition, Integer> ids = c -> chartIds.get(c.key());
    Map<String, Object> position = DashboardLayout.position(d, ids);
    Map<String, Object> metadata =
        DashboardLayout.metadata(
            d, ids, f -> Map.of("datasetId", datasetIds.get(f.source().name())));
    JsonNode current = client.get("/api/v1/dashboard/" + dashboardId).path("result");
    JsonNode storedPosition = parseOrNull(current.path("position_json").asText(""));
    JsonNode storedMetadata = parseOrNull(current.path("json_metadata").asText(""));
    boolean same =
        Json.tree(position).equals(storedPosition)
            && storedMetadata != null
            && Json.tree(metadata.get("native_filter_configuration"))
                .equals(storedMetadata.path("native_filter_configuration"))
            && Json.tree(metadata.get("label_colors")).equals(storedMetadata.path("label_colors"));
    if (same) {
      return false;
    }
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("position_json", Json.write(position));
    body.put("json_metadata", Json.write(metadata));
    client.put("/api/v1/dashboard/" + dashboardId, body);
    return true;
  }

  private void verify(DashboardDefinition d, int dashboardId, Map<String, Integer> chartIds) {
    SupersetAssets charts = SupersetAssets.list(client, "chart", "slice_name");
    Set<String> defined =
        d.charts().map(c -> AssetUuids.of(c.naturalKey()).toString()).collect(Collectors.toSet());
    List<String> leftovers =
        charts.certifiedBy(BundleBuilder.MANAGED_BY).stream()
            .filter(c -> !defined.contains(c.uuid()))
            .map(SupersetAssets.Asset::name)
            .toList();
    if (!leftovers.isEmpty()) {
      throw incomplete("còn biểu đồ không còn được định nghĩa: " + leftovers);
    }
    chartIds(d, charts);
    JsonNode dashboardCharts =
        client.get("/api/v1/dashboard/" + dashboardId + "/charts").path("result");
    Set<Integer> onDashboard = new HashSet<>();
    dashboardCharts.forEach(c -> onDashboard.add(c.path("id").asInt()));
    if (!onDashboard.equals(Set.copyOf(chartIds.values()))) {
      throw incomplete(
          "bảng điều khiển có biểu đồ " + onDashboard + ", cần " + Set.copyOf(chartIds.values()));
    }
  }

  private static SupersetAssets.Asset single(List<SupersetAssets.Asset> found, String what) {
    if (found.size() != 1) {
      throw incomplete("tìm thấy " + found.size() + " " + what + " sau khi nhập, cần đúng 1");
    }
    return found.get(0);
  }

  private static CchcException incomplete(String why) {
    return new CchcException(
        ErrorCode.EXTERNAL_SERVICE,
        "Không thể hoàn tất đồng bộ Superset: "
            + why
            + ". Chạy lại lệnh; nếu vẫn lỗi, xem nhật ký của Superset.");
  }

  private static JsonNode parseOrNull(String json) {
    try {
      return json.isBlank() ? null : Json.parse(json);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
