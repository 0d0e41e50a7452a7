package vn.cchc.superset;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.superset.bundle.AssetUuids;
import vn.cchc.superset.bundle.BundleBuilder;
import vn.cchc.superset.bundle.Json;
import vn.cchc.superset.dashboard.ChartDefinition;
import vn.cchc.superset.dashboard.DashboardDefinition;
import vn.cchc.superset.dashboard.LeadersDashboard;
import vn.cchc.superset.rest.SupersetClient;
import vn.cchc.superset.sync.Provisioner;
import vn.cchc.superset.sync.SupersetAssets;
import vn.cchc.superset.sync.SyncReport;
import vn.cchc.testsupport.SampleWarehouse;

/**
 * Provisioning against a real Superset (the pinned version, installed from PyPI) over a real
 * warehouse: the shared sample release ({@link SampleWarehouse}: no transform of its own when the
 * api tests of the build already made it), read only. One Superset for the class; the methods run
 * in order because each builds on the state the previous one left.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SupersetProvisioningTest {
  private static final Path WORK = Path.of("target", "superset-it").toAbsolutePath();

  private WarehouseLayout warehouse;
  private SupersetServer superset;
  private DashboardDefinition dashboard;
  private SupersetClient client;

  @BeforeAll
  void startSuperset() throws Exception {
    warehouse = new WarehouseLayout(SampleWarehouse.get());
    superset = SupersetServer.start(WORK.resolve("superset"));
    dashboard =
        LeadersDashboard.definition(
            new WarehouseCatalog(warehouse.catalogFile()).latestIndexYear());
    client = new SupersetClient(superset.url(), Duration.ofSeconds(60));
    client.login(SupersetServer.USER, superset.password());
  }

  @AfterAll
  void stopSuperset() {
    if (superset != null) {
      superset.close();
    }
  }

  @Test
  @Order(1)
  void syncTwiceProvisionsEveryAssetExactlyOnceAndChangesNothingTheSecondTime() {
    Cli first = sync(superset.password());
    assertThat(first.exit).as(first.err).isZero();
    assertThat(first.out).contains("Đã đồng bộ Superset 6.0", "10 biểu đồ", "12 tập dữ liệu");
    Snapshot afterFirst = snapshot();

    Cli second = sync(superset.password());
    assertThat(second.exit).as(second.err).isZero();
    assertThat(second.out).contains("đã xoá 0 biểu đồ", "bố cục không đổi");
    Snapshot afterSecond = snapshot();

    assertThat(afterSecond).isEqualTo(afterFirst);
    SupersetAssets charts = SupersetAssets.list(client, "chart", "slice_name");
    SupersetAssets datasets = SupersetAssets.list(client, "dataset", "table_name");
    SupersetAssets dashboards = SupersetAssets.list(client, "dashboard", "dashboard_title");
    dashboard
        .charts()
        .forEach(
            c ->
                assertThat(charts.withUuid(AssetUuids.of(c.naturalKey()).toString()))
                    .as(c.key())
                    .hasSize(1));
    dashboard
        .datasets()
        .forEach(
            m ->
                assertThat(datasets.withUuid(AssetUuids.of(BundleBuilder.datasetKey(m)).toString()))
                    .as(m.name())
                    .hasSize(1));
    assertThat(dashboards.withUuid(AssetUuids.of(dashboard.naturalKey()).toString())).hasSize(1);
    assertThat(charts.assets()).hasSize(10);
    assertThat(datasets.assets()).hasSize(12);
    assertThat(dashboards.assets()).hasSize(1);
  }

  @Test
  @Order(2)
  void everyChartAnswersWithTheSameNumbersAsTheWarehouse() throws Exception {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    try (Connection duck =
        DriverManager.getConnection("jdbc:duckdb:" + warehouse.catalogFile(), readOnly)) {
      for (ChartDefinition chart : dashboard.charts().toList()) {
        int id =
            client
                .get("/api/v1/chart/" + AssetUuids.of(chart.naturalKey()))
                .path("result")
                .path("id")
                .asInt();
        JsonNode result = client.get("/api/v1/chart/" + id + "/data/").path("result").get(0);
        List<String> columns = new ArrayList<>(chart.dimensions());
        chart.metrics().forEach(m -> columns.add(m.label()));
        List<String> fromSuperset = new ArrayList<>();
        for (JsonNode row : result.path("data")) {
          List<String> cells = new ArrayList<>();
          columns.forEach(c -> cells.add(normalise(row.get(c))));
          fromSuperset.add(String.join(" | ", cells));
        }
        List<String> fromWarehouse = query(duck, SAME_QUESTION.get(chart.key()));
        assertThat(fromSuperset)
            .as(chart.key())
            .isNotEmpty()
            .containsExactlyInAnyOrderElementsOf(fromWarehouse);
      }
    }
  }

  /**
   * The same questions asked of our API: the trend against {@code /api/v1/years}, and the ranking
   * and the mean index of the latest year's SO bloc (the chart's saved query plus the dashboard's
   * default filters, through {@code /api/v1/chart/data}) against {@code /api/v1/ranking} and {@code
   * /api/v1/years}.
   */
  @Test
  @Order(3)
  void theChartsAgreeWithTheCchcApi() throws Exception {
    int year = new WarehouseCatalog(warehouse.catalogFile()).latestIndexYear();
    try (CchcApiServer api = CchcApiServer.start(warehouse.root(), WORK.resolve("api.log"))) {
      JsonNode years = Json.parse(api.get("/api/v1/years")).path("rows");

      List<String> trendFromApi = new ArrayList<>();
      years.forEach(
          r ->
              trendFromApi.add(
                  r.path("year").asInt()
                      + " | "
                      + r.path("bloc").asText()
                      + " | "
                      + number(r.path("average_pct").asDouble())));
      List<String> trendFromSuperset = new ArrayList<>();
      chartData("index-trend", Map.of())
          .forEach(
              r ->
                  trendFromSuperset.add(
                      r.path("year").asInt()
                          + " | "
                          + r.path("bloc").asText()
                          + " | "
                          + number(r.path("Chỉ số bình quân (%)").asDouble())));
      assertThat(trendFromSuperset)
          .hasSize(years.size())
          .containsExactlyInAnyOrderElementsOf(trendFromApi);

      Map<String, Object> latestSo = Map.of("year", year, "bloc", "SO");
      Map<String, String> labels = unitLabels();
      List<String> rankingFromApi = new ArrayList<>();
      Json.parse(api.get("/api/v1/ranking?year=" + year + "&bloc=SO"))
          .path("rows")
          .forEach(
              r ->
                  rankingFromApi.add(
                      labels.get(r.path("unit_key").asText())
                          + " | "
                          + bandSeries(r.path("band").asText(""))
                          + " | "
                          + number(r.path("index_pct_rounded").asDouble())));
      List<String> rankingFromSuperset = new ArrayList<>();
      chartData("ranking-by-band", latestSo)
          .forEach(
              r ->
                  r.fields()
                      .forEachRemaining(
                          cell -> {
                            if (!cell.getKey().equals("unit_label") && !cell.getValue().isNull()) {
                              rankingFromSuperset.add(
                                  r.path("unit_label").asText()
                                      + " | "
                                      + cell.getKey()
                                      + " | "
                                      + number(cell.getValue().asDouble()));
                            }
                          }));
      assertThat(rankingFromSuperset)
          .isNotEmpty()
          .containsExactlyInAnyOrderElementsOf(rankingFromApi);

      JsonNode soLatest = null;
      for (JsonNode r : years) {
        if (r.path("year").asInt() == year && r.path("bloc").asText().equals("SO")) {
          soLatest = r;
        }
      }
      assertThat(soLatest).isNotNull();
      assertThat(
              number(
                  chartData("mean-index", latestSo).get(0).path("Chỉ số bình quân (%)").asDouble()))
          .isEqualTo(number(soLatest.path("average_pct").asDouble()));
      assertThat(chartData("units-assessed", latestSo).get(0).path("Số đơn vị").asInt())
          .isEqualTo(soLatest.path("units").asInt());
    }
  }

  /**
   * Each unit version's label by unit_key, written here: name and code, and the period where the
   * code was reused.
   */
  private Map<String, String> unitLabels() throws Exception {
    Properties readOnly = new Properties();
    readOnly.setProperty("duckdb.read_only", "true");
    Map<String, String> labels = new HashMap<>();
    try (Connection duck =
            DriverManager.getConnection("jdbc:duckdb:" + warehouse.catalogFile(), readOnly);
        Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery("SELECT unit_key, label FROM (" + UNIT_LABELS + ")")) {
      while (rs.next()) {
        labels.put(rs.getString(1), rs.getString(2));
      }
    }
    return labels;
  }

  private static final String UNIT_LABELS =
      """
      SELECT unit_code || '@' || CAST(valid_from AS VARCHAR) AS unit_key,
             name || ' (' || unit_code || CASE WHEN count(*) OVER (PARTITION BY unit_code) > 1
               THEN ', ' || strftime(valid_from, '%d/%m/%Y') || ' – ' || coalesce(strftime(valid_to, '%d/%m/%Y'), 'nay')
               ELSE '' END || ')' AS label
      FROM raw_units""";

  private static String bandSeries(String band) {
    return LeadersDashboard.BANDS.contains(band)
        ? LeadersDashboard.bandLabel(band)
        : LeadersDashboard.UNBANDED;
  }

  /**
   * A chart's saved query through /api/v1/chart/data, with extra equality filters as a dashboard
   * adds them.
   */
  private List<JsonNode> chartData(String chartKey, Map<String, Object> filters) {
    JsonNode chart =
        client.get("/api/v1/chart/" + AssetUuids.of("chart:" + chartKey)).path("result");
    com.fasterxml.jackson.databind.node.ObjectNode context =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            Json.parse(chart.path("query_context").asText());
    com.fasterxml.jackson.databind.node.ArrayNode where =
        (com.fasterxml.jackson.databind.node.ArrayNode)
            context.path("queries").get(0).path("filters");
    filters.forEach((col, val) -> where.add(Json.tree(Map.of("col", col, "op", "==", "val", val))));
    List<JsonNode> rows = new ArrayList<>();
    client
        .post("/api/v1/chart/data", context)
        .path("result")
        .get(0)
        .path("data")
        .forEach(rows::add);
    return rows;
  }

  @Test
  @Order(4)
  void wrongCredentialsAreRefusedWithAClearMessage() {
    Cli run = sync("not-the-password");
    assertThat(run.exit).isEqualTo(SupersetCli.SUPERSET);
    assertThat(run.err)
        .contains(
            "Không thể đăng nhập Superset tại "
                + superset.url()
                + ": sai tên đăng nhập hoặc mật khẩu của người dùng 'admin'");
    assertThat(run.out).isEmpty();
  }

  @Test
  @Order(5)
  void theDashboardRendersInABrowser() throws Exception {
    Path png =
        DashboardScreenshot.capture(
            superset.url(),
            SupersetServer.USER,
            superset.password(),
            LeadersDashboard.SLUG,
            (int) dashboard.charts().count(),
            Path.of("target", "screenshots", "superset-leaders-dashboard.png"));
    assertThat(png).isRegularFile();
    assertThat(Files.size(png)).isGreaterThan(50_000);
  }

  @Test
  @Order(6)
  void aChartRemovedFromTheDefinitionIsRemovedFromSuperset() {
    String removedKey = "satisfaction-by-component";
    String uuid = AssetUuids.of("chart:" + removedKey).toString();
    assertThat(SupersetAssets.list(client, "chart", "slice_name").withUuid(uuid)).hasSize(1);

    SyncReport report =
        new Provisioner(new SupersetClient(superset.url(), Duration.ofSeconds(60)))
            .sync(
                SupersetServer.USER,
                superset.password(),
                dashboard.withoutChart(removedKey),
                warehouse.catalogFile());

    assertThat(report.removedCharts()).containsExactly("Tỷ lệ hài lòng theo thành phần SIPAS (%)");
    SupersetAssets charts = SupersetAssets.list(client, "chart", "slice_name");
    assertThat(charts.withUuid(uuid)).isEmpty();
    assertThat(charts.assets()).hasSize(9);
    assertThat(client.get("/api/v1/dashboard/" + report.dashboardId() + "/charts").path("result"))
        .hasSize(9);
    JsonNode position =
        client
            .get("/api/v1/dashboard/" + report.dashboardId())
            .path("result")
            .path("position_json");
    assertThat(position.asText())
        .doesNotContain(uuid)
        .contains(AssetUuids.of("chart:ranking-by-band").toString());
  }

  /** The question each chart asks, written independently as DuckDB SQL over the catalog. */
  private static final Map<String, String> SAME_QUESTION =
      Map.of(
          "units-assessed",
          "SELECT count(DISTINCT unit_key) FROM index_scores",
          "mean-index",
          "SELECT avg(index_pct) FROM index_scores",
          "mean-satisfaction",
          "SELECT avg(satisfied_pct) FROM satisfaction WHERE component = 'OVERALL'",
          "overdue-findings",
          "SELECT sum(overdue) FROM inspection_outcomes",
          "ranking-by-band",
          """
          SELECT l.label, max(index_pct_rounded) FILTER (band = 'A'), max(index_pct_rounded) FILTER (band = 'B'),
                 max(index_pct_rounded) FILTER (band = 'C'), max(index_pct_rounded) FILTER (band = 'D'),
                 max(index_pct_rounded) FILTER (band IS NULL OR band NOT IN ('A', 'B', 'C', 'D'))
          FROM index_scores i JOIN ("""
              + UNIT_LABELS
              + ") l ON l.unit_key = i.unit_key GROUP BY l.label",
          "index-trend",
          "SELECT year, bloc, avg(index_pct) FROM index_scores GROUP BY ALL",
          "unit-field-heatmap",
          "SELECT c.field_code, l.label, avg(c.pct) FROM component_scores c JOIN ("
              + UNIT_LABELS
              + ") l ON l.unit_key = c.unit_key WHERE c.level = 'FIELD' GROUP BY ALL",
          "satisfaction-by-component",
          "SELECT component, avg(satisfied_pct) FROM satisfaction WHERE component <> 'OVERALL' GROUP BY ALL",
          "inspection-outcomes",
          """
          SELECT field_code, sum(findings), sum(remediated_on_time), sum(remediated_late), sum(open_findings),
                 sum(overdue)
          FROM inspection_outcomes GROUP BY ALL""",
          "criterion-attainment-pivot",
          "SELECT criterion_code, bloc, avg(attainment_pct) FROM criterion_heatmap GROUP BY ALL");

  private static List<String> query(Connection duck, String sql) throws Exception {
    List<String> rows = new ArrayList<>();
    try (Statement st = duck.createStatement();
        ResultSet rs = st.executeQuery(sql)) {
      ResultSetMetaData md = rs.getMetaData();
      while (rs.next()) {
        List<String> cells = new ArrayList<>();
        for (int i = 1; i <= md.getColumnCount(); i++) {
          Object v = rs.getObject(i);
          cells.add(
              v == null ? "null" : v instanceof Number n ? number(n.doubleValue()) : v.toString());
        }
        rows.add(String.join(" | ", cells));
      }
    }
    return rows;
  }

  private static String normalise(JsonNode cell) {
    if (cell == null || cell.isNull()) {
      return "null";
    }
    return cell.isNumber() ? number(cell.asDouble()) : cell.asText();
  }

  /**
   * Six decimals: both sides are doubles from the same engine, summed in possibly different orders.
   */
  private static String number(double v) {
    return String.format(Locale.ROOT, "%.6f", v);
  }

  private Cli sync(String password) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Map<String, String> env = new HashMap<>();
    env.put("SUPERSET_PASSWORD", password);
    int exit =
        SupersetCli.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            env,
            () -> null,
            "sync",
            "--url",
            superset.url().toString(),
            "--user",
            SupersetServer.USER,
            "--warehouse",
            warehouse.root().toString());
    return new Cli(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private record Cli(int exit, String out, String err) {}

  /**
   * What must not move between two syncs: ids, chart definitions and query contexts, the layout.
   */
  private record Snapshot(
      Map<String, Integer> chartIds,
      Map<String, JsonNode> params,
      Map<String, JsonNode> queryContexts,
      JsonNode position,
      JsonNode filters) {}

  private Snapshot snapshot() {
    Map<String, Integer> ids = new HashMap<>();
    Map<String, JsonNode> params = new HashMap<>();
    Map<String, JsonNode> contexts = new HashMap<>();
    for (ChartDefinition chart : dashboard.charts().toList()) {
      JsonNode c = client.get("/api/v1/chart/" + AssetUuids.of(chart.naturalKey())).path("result");
      ids.put(chart.key(), c.path("id").asInt());
      params.put(chart.key(), Json.parse(c.path("params").asText()));
      contexts.put(chart.key(), Json.parse(c.path("query_context").asText()));
    }
    JsonNode d = client.get("/api/v1/dashboard/" + LeadersDashboard.SLUG).path("result");
    return new Snapshot(
        ids,
        params,
        contexts,
        Json.parse(d.path("position_json").asText()),
        Json.parse(d.path("json_metadata").asText()).path("native_filter_configuration"));
  }
}
