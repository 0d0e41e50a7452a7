package vn.cchc.superset.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import vn.cchc.model.mart.MartTables;
import vn.cchc.superset.dashboard.DashboardDefinition;
import vn.cchc.superset.dashboard.LeadersDashboard;

class BundleBuilderTest {
  private static final Path CATALOG = Path.of("/srv/cchc/warehouse/catalog.duckdb");
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private final DashboardDefinition leaders = LeadersDashboard.definition(2025);

  @Test
  void uuidsAreVersion5OfTheNaturalKeyAndFixed() {
    UUID ranking = AssetUuids.of("chart:ranking-by-band");
    assertThat(ranking.version()).isEqualTo(5);
    assertThat(ranking.variant()).isEqualTo(2);
    assertThat(AssetUuids.of("chart:ranking-by-band")).isEqualTo(ranking);
    assertThat(AssetUuids.of("chart:index-trend")).isNotEqualTo(ranking);
    // RFC 9562's own example: the DNS namespace and "www.example.com"
    assertThat(
            AssetUuids.v5(
                UUID.fromString("6ba7b810-9dad-11d1-80b4-00c04fd430c8"), "www.example.com"))
        .hasToString("2ed6657d-e927-568b-95e1-2665a8aea6a2");
    // pinned: changing these would orphan every chart already provisioned
    assertThat(AssetUuids.NAMESPACE)
        .hasToString(
            AssetUuids.v5(
                    UUID.fromString("6ba7b811-9dad-11d1-80b4-00c04fd430c8"),
                    "urn:cchc-analytics:superset")
                .toString());
  }

  @Test
  void theSameDefinitionsGiveTheSameBytes() {
    byte[] first = BundleBuilder.zip(LeadersDashboard.definition(2025), CATALOG);
    byte[] second = BundleBuilder.zip(LeadersDashboard.definition(2025), CATALOG);
    assertThat(second).isEqualTo(first);
    assertThat(BundleBuilder.zip(LeadersDashboard.definition(2024), CATALOG)).isNotEqualTo(first);
  }

  @Test
  void theBundleHoldsTheDatabaseADatasetPerMartTheChartsAndTheDashboard() throws Exception {
    Map<String, String> files = unzip(BundleBuilder.zip(leaders, CATALOG));
    List<String> expected =
        new ArrayList<>(
            List.of("metadata.yaml", "databases/cchc_warehouse.yaml", "dashboards/leaders.yaml"));
    MartTables.ALL.forEach(m -> expected.add("datasets/cchc_warehouse/" + m.name() + ".yaml"));
    leaders.charts().forEach(c -> expected.add("charts/" + c.key() + ".yaml"));
    assertThat(files.keySet()).containsExactlyInAnyOrderElementsOf(expected);

    assertThat(yaml(files.get("metadata.yaml")).path("type").asText()).isEqualTo("assets");
    JsonNode db = yaml(files.get("databases/cchc_warehouse.yaml"));
    assertThat(db.path("sqlalchemy_uri").asText())
        .isEqualTo("duckdb:////srv/cchc/warehouse/catalog.duckdb");
    assertThat(
            db.path("extra")
                .path("engine_params")
                .path("connect_args")
                .path("read_only")
                .asBoolean())
        .isTrue();
    assertThat(db.path("allow_dml").asBoolean()).isFalse();
    assertThat(db.path("uuid").asText())
        .isEqualTo(AssetUuids.of("database:cchc-warehouse").toString());

    JsonNode index = yaml(files.get("datasets/cchc_warehouse/index_scores.yaml"));
    assertThat(index.path("table_name").asText()).isEqualTo("index_scores");
    assertThat(index.path("database_uuid").asText()).isEqualTo(db.path("uuid").asText());
    // the mart's columns, then the calculated unit label
    assertThat(index.path("columns")).hasSize(MartTables.INDEX_SCORES.columns().size() + 1);
    assertThat(index.path("columns").get(0).path("verbose_name").asText())
        .isEqualTo("Năm đánh giá");
    assertThat(index.path("columns"))
        .extracting(c -> c.path("column_name").asText())
        .contains("unit_code", "unit_key");
    JsonNode label = index.path("columns").get(MartTables.INDEX_SCORES.columns().size());
    assertThat(label.path("column_name").asText()).isEqualTo("unit_label");
    assertThat(label.path("verbose_name").asText()).isEqualTo("Đơn vị");
    assertThat(label.path("expression").asText())
        .contains("raw_units")
        .contains("index_scores.unit_key")
        .doesNotContain("%");
    JsonNode summaries = yaml(files.get("datasets/cchc_warehouse/trend_summaries.yaml"));
    assertThat(summaries.path("columns")).hasSize(MartTables.TREND_SUMMARIES.columns().size());

    JsonNode heatmap = yaml(files.get("charts/unit-field-heatmap.yaml"));
    assertThat(heatmap.path("viz_type").asText()).isEqualTo("heatmap_v2");
    assertThat(heatmap.path("uuid").asText())
        .isEqualTo(AssetUuids.of("chart:unit-field-heatmap").toString());
    assertThat(heatmap.path("dataset_uuid").asText())
        .isEqualTo(AssetUuids.of("dataset:component_scores").toString());
    assertThat(heatmap.path("certified_by").asText()).isEqualTo(BundleBuilder.MANAGED_BY);
    assertThat(heatmap.path("params").path("x_axis").asText()).isEqualTo("field_code");
    assertThat(heatmap.path("params").path("groupby").asText()).isEqualTo("unit_label");
    JsonNode ranking = yaml(files.get("charts/ranking-by-band.yaml"));
    assertThat(ranking.path("params").path("x_axis").asText()).isEqualTo("unit_label");
    JsonNode units = yaml(files.get("charts/units-assessed.yaml"));
    assertThat(units.path("params").path("metric").path("column").path("column_name").asText())
        .isEqualTo("unit_key");
    assertThat(units.path("params").path("metric").path("aggregate").asText())
        .isEqualTo("COUNT_DISTINCT");
    JsonNode context = Json.parse(heatmap.path("query_context").asText());
    assertThat(context.path("queries").get(0).path("filters").get(0).path("val").asText())
        .isEqualTo("FIELD");

    List<String> vizTypes = new ArrayList<>();
    leaders
        .charts()
        .forEach(
            c ->
                vizTypes.add(
                    yaml(files.get("charts/" + c.key() + ".yaml")).path("viz_type").asText()));
    assertThat(vizTypes)
        .contains(
            "echarts_timeseries_bar",
            "echarts_timeseries_line",
            "heatmap_v2",
            "big_number_total",
            "table",
            "pivot_table_v2");
  }

  @Test
  void theDashboardLaysOutEveryChartAndScopesTheFilters() throws Exception {
    JsonNode dash = yaml(unzip(BundleBuilder.zip(leaders, CATALOG)).get("dashboards/leaders.yaml"));
    JsonNode position = dash.path("position");
    assertThat(position.path("ROOT_ID").path("children").get(0).asText()).isEqualTo("GRID_ID");
    List<String> chartUuids = new ArrayList<>();
    position.forEach(
        n -> {
          if ("CHART".equals(n.path("type").asText())) {
            chartUuids.add(n.path("meta").path("uuid").asText());
          }
        });
    assertThat(chartUuids).hasSize(10);
    position
        .path("GRID_ID")
        .path("children")
        .forEach(
            row -> {
              int width = 0;
              for (JsonNode chart : position.path(row.asText()).path("children")) {
                width += position.path(chart.asText()).path("meta").path("width").asInt();
              }
              assertThat(width).as(row.asText()).isLessThanOrEqualTo(12);
            });

    JsonNode filters = dash.path("metadata").path("native_filter_configuration");
    assertThat(filters)
        .extracting(f -> f.path("name").asText())
        .containsExactly("Năm", "Khối", "Đơn vị");
    // the unit filter lists the units' labels and reaches every chart whose mart names units
    JsonNode unit = filters.get(2);
    assertThat(unit.path("targets").get(0).path("column").path("name").asText())
        .isEqualTo("unit_label");
    assertThat(unit.path("scope").path("excluded")).isEmpty();
    JsonNode year = filters.get(0);
    assertThat(year.path("targets").get(0).path("datasetUuid").asText())
        .isEqualTo(AssetUuids.of("dataset:index_scores").toString());
    assertThat(year.path("defaultDataMask").path("filterState").path("value").get(0).asInt())
        .isEqualTo(2025);
    // the trend keeps every year; the bloc filter leaves out the marts without a bloc and the bloc
    // pivot
    int trend = chartNumber(position, "index-trend");
    assertThat(year.path("scope").path("excluded"))
        .extracting(JsonNode::asInt)
        .containsExactly(trend);
    JsonNode bloc = filters.get(1);
    assertThat(bloc.path("scope").path("excluded"))
        .extracting(JsonNode::asInt)
        .containsExactlyInAnyOrder(
            chartNumber(position, "mean-satisfaction"),
            chartNumber(position, "overdue-findings"),
            chartNumber(position, "satisfaction-by-component"),
            chartNumber(position, "inspection-outcomes"),
            chartNumber(position, "criterion-attainment-pivot"));
  }

  @Test
  void knownChartIdsNumberTheLayoutSoThatReimportKeepsTheFilters() throws Exception {
    JsonNode dash =
        yaml(
            unzip(BundleBuilder.zip(leaders, CATALOG, Map.of("index-trend", 41, "mean-index", 7)))
                .get("dashboards/leaders.yaml"));
    assertThat(chartNumber(dash.path("position"), "index-trend")).isEqualTo(41);
    assertThat(chartNumber(dash.path("position"), "mean-index")).isEqualTo(7);
    assertThat(chartNumber(dash.path("position"), "units-assessed")).isGreaterThan(41);
  }

  @Test
  void aDefinitionWithAChartOnAnUnknownColumnIsRefused() {
    assertThatThrownBy(
            () ->
                new vn.cchc.superset.dashboard.ChartDefinition(
                    "x",
                    "X",
                    "",
                    vn.cchc.superset.dashboard.VizType.TABLE,
                    MartTables.SATISFACTION,
                    List.of("bloc"),
                    List.of(vn.cchc.superset.dashboard.Metric.avg("satisfied_pct", "Tỷ lệ")),
                    List.of(),
                    java.util.Optional.empty(),
                    Map.of(),
                    10,
                    6,
                    50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot find column bloc in table satisfaction");
    // the calculated unit label exists only on marts that name unit versions
    assertThatThrownBy(
            () ->
                new vn.cchc.superset.dashboard.ChartDefinition(
                    "y",
                    "Y",
                    "",
                    vn.cchc.superset.dashboard.VizType.TABLE,
                    MartTables.TREND_SUMMARIES,
                    List.of("unit_label"),
                    List.of(vn.cchc.superset.dashboard.Metric.avg("average_pct", "TB")),
                    List.of(),
                    java.util.Optional.empty(),
                    Map.of(),
                    10,
                    6,
                    50))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot find column unit_label in table trend_summaries");
  }

  /**
   * The unit label's SQL as Superset runs it (selected, grouped by, filtered on) over a DuckDB
   * holding a registry where code 30307 names two communes: the old and the new one get their
   * periods, a code used once gets its code only.
   */
  @Test
  void theUnitLabelNamesEachVersionAndTellsTheUnitsOfAReusedCodeApart() throws Exception {
    String label = null;
    for (JsonNode c :
        yaml(unzip(BundleBuilder.zip(leaders, CATALOG))
                .get("datasets/cchc_warehouse/index_scores.yaml"))
            .path("columns")) {
      if (c.path("column_name").asText().equals("unit_label")) {
        label = c.path("expression").asText();
      }
    }
    assertThat(label).isNotNull();
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement st = c.createStatement()) {
      st.execute(
          """
          CREATE TABLE raw_units AS SELECT * FROM (VALUES
            ('30307', 'Phường Mỹ Long', 'XA', DATE '2015-01-01', DATE '2025-06-30'),
            ('30307', 'Phường Long Xuyên', 'XA', DATE '2025-07-01', NULL::DATE),
            ('SO_NV', 'Sở Nội vụ', 'SO', DATE '2015-01-01', NULL::DATE))
            t(unit_code, name, bloc, valid_from, valid_to)""");
      st.execute(
          """
          CREATE TABLE index_scores AS SELECT * FROM (VALUES
            (2024, '30307', '30307@2015-01-01', 81.5), (2025, '30307', '30307@2025-07-01', 90.25),
            (2025, 'SO_NV', 'SO_NV@2015-01-01', 88.0), (2025, 'SO_NV', 'SO_NV@2015-01-01', 88.0))
            t(year, unit_code, unit_key, index_pct)""");
      List<String> grouped = new ArrayList<>();
      try (java.sql.ResultSet rs =
          st.executeQuery(
              "SELECT "
                  + label
                  + " AS unit_label, max(index_pct) AS v"
                  + " FROM main.index_scores GROUP BY "
                  + label
                  + " ORDER BY 1")) {
        while (rs.next()) {
          grouped.add(rs.getString(1) + " = " + rs.getDouble(2));
        }
      }
      assertThat(grouped)
          .containsExactly(
              "Phường Long Xuyên (30307, 01/07/2025 – nay) = 90.25",
              "Phường Mỹ Long (30307, 01/01/2015 – 30/06/2025) = 81.5",
              "Sở Nội vụ (SO_NV) = 88.0");
      try (java.sql.ResultSet rs =
          st.executeQuery(
              "SELECT count(*) FROM main.index_scores WHERE "
                  + label
                  + " IN ('Phường Mỹ Long (30307, 01/01/2015 – 30/06/2025)')")) {
        rs.next();
        assertThat(rs.getInt(1)).as("the filter selects the old commune only").isEqualTo(1);
      }
    }
  }

  private static int chartNumber(JsonNode position, String key) {
    return position.path("CHART-" + key).path("meta").path("chartId").asInt();
  }

  private static JsonNode yaml(String text) {
    try {
      return YAML.readTree(text);
    } catch (Exception e) {
      throw new AssertionError("Cannot read YAML: " + text, e);
    }
  }

  static Map<String, String> unzip(byte[] zip) throws Exception {
    Map<String, String> files = new java.util.TreeMap<>();
    try (ZipInputStream in =
        new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        assertThat(e.getName()).startsWith(BundleBuilder.ROOT + "/");
        files.put(
            e.getName().substring(BundleBuilder.ROOT.length() + 1),
            new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return files;
  }
}
