package vn.cchc.superset.bundle;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import vn.cchc.model.schema.Column;
import vn.cchc.model.schema.ColumnType;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.superset.dashboard.ChartDefinition;
import vn.cchc.superset.dashboard.DashboardDefinition;
import vn.cchc.superset.dashboard.DatasetColumns;

/**
 * Definitions → a Superset assets bundle: a ZIP of YAML with {@code metadata.yaml} ({@code type:
 * assets}), {@code databases/}, {@code datasets/}, {@code charts/} and {@code dashboards/}, every
 * asset carrying its fixed uuid. Pure: the same definitions and catalog path give the same bytes
 * (sorted entries, fixed timestamps, sorted keys).
 */
public final class BundleBuilder {
  private BundleBuilder() {}

  public static final String ROOT = "cchc_superset";
  public static final String DATABASE_KEY = "database:cchc-warehouse";
  public static final String DATABASE_NAME = "CCHC Analytics (kho DuckDB)";

  /** Written into every chart we manage; reconcile deletes only charts that carry it. */
  public static final String MANAGED_BY = "CCHC Analytics";

  static final String IMPORT_VERSION = "1.0.0";

  /**
   * Layout numbers of charts a Superset does not have yet start above every known id, and at least
   * here.
   */
  static final int PLACEHOLDER_IDS = 1;

  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2026, 1, 1, 0, 0);

  public static String datasetKey(TableSchema mart) {
    return "dataset:" + mart.name();
  }

  /** The files of the bundle, path → content, in a stable order. */
  public static Map<String, String> files(DashboardDefinition d, Path catalog) {
    return files(d, catalog, Map.of());
  }

  /**
   * As {@link #files(DashboardDefinition, Path)}, numbering the charts in the layout with the ids
   * they already have in the target Superset (by chart key). The importer maps layout ids to the
   * charts' real ids but not the filters' {@code chartsInScope}; with the real ids there,
   * re-importing an unchanged dashboard leaves its filters exactly as they were. Charts Superset
   * does not have yet get numbers above every real id, and reconcile writes their real ids after
   * the import.
   */
  public static Map<String, String> files(
      DashboardDefinition d, Path catalog, Map<String, Integer> knownChartIds) {
    Map<String, String> files = new TreeMap<>();
    // no timestamp: it is optional, and leaving it out keeps the bytes the same from run to run
    files.put("metadata.yaml", Json.yaml(Map.of("version", IMPORT_VERSION, "type", "assets")));
    files.put("databases/cchc_warehouse.yaml", Json.yaml(database(catalog)));
    for (TableSchema mart : d.datasets()) {
      files.put("datasets/cchc_warehouse/" + mart.name() + ".yaml", Json.yaml(dataset(mart)));
    }
    Map<ChartDefinition, Integer> numbers = new HashMap<>();
    List<ChartDefinition> charts = d.charts().toList();
    int next =
        Math.max(
            PLACEHOLDER_IDS,
            knownChartIds.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1);
    for (int i = 0; i < charts.size(); i++) {
      Integer known = knownChartIds.get(charts.get(i).key());
      numbers.put(charts.get(i), known != null ? known : next++);
      files.put("charts/" + charts.get(i).key() + ".yaml", Json.yaml(chart(charts.get(i))));
    }
    files.put("dashboards/" + d.key() + ".yaml", Json.yaml(dashboard(d, numbers)));
    return files;
  }

  public static byte[] zip(DashboardDefinition d, Path catalog) {
    return zip(d, catalog, Map.of());
  }

  public static byte[] zip(
      DashboardDefinition d, Path catalog, Map<String, Integer> knownChartIds) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
      for (Map.Entry<String, String> file : files(d, catalog, knownChartIds).entrySet()) {
        ZipEntry entry = new ZipEntry(ROOT + "/" + file.getKey());
        entry.setTimeLocal(ENTRY_TIME);
        zip.putNextEntry(entry);
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write bundle in memory", e);
    }
    return bytes.toByteArray();
  }

  /**
   * {@code duckdb:////abs/path/catalog.duckdb}: SQLAlchemy's three slashes plus the absolute path.
   */
  public static String sqlalchemyUri(Path catalog) {
    return "duckdb:///" + catalog.toAbsolutePath().normalize();
  }

  static Map<String, Object> database(Path catalog) {
    Map<String, Object> connectArgs = new LinkedHashMap<>();
    connectArgs.put("read_only", true);
    // bounded per connection; the sandbox (allowed_directories, no external access) comes from
    // superset_config.py
    connectArgs.put("config", Map.of("threads", 2, "memory_limit", "1GB"));
    Map<String, Object> extra = new LinkedHashMap<>();
    extra.put("engine_params", Map.of("connect_args", connectArgs));
    extra.put("metadata_params", Map.of());
    extra.put("metadata_cache_timeout", Map.of());
    extra.put("schemas_allowed_for_csv_upload", List.of());
    Map<String, Object> db = new LinkedHashMap<>();
    db.put("database_name", DATABASE_NAME);
    db.put("sqlalchemy_uri", sqlalchemyUri(catalog));
    db.put("cache_timeout", null);
    db.put("expose_in_sqllab", true);
    db.put("allow_run_async", false);
    db.put("allow_ctas", false);
    db.put("allow_cvas", false);
    db.put("allow_dml", false);
    db.put("allow_csv_upload", false);
    db.put("extra", extra);
    db.put("is_managed_externally", true);
    db.put("uuid", AssetUuids.of(DATABASE_KEY).toString());
    db.put("version", IMPORT_VERSION);
    return db;
  }

  static Map<String, Object> dataset(TableSchema mart) {
    List<Map<String, Object>> columns =
        new ArrayList<>(mart.columns().stream().map(BundleBuilder::datasetColumn).toList());
    DatasetColumns.calculated(mart).forEach(c -> columns.add(calculatedColumn(c)));
    Map<String, Object> ds = new LinkedHashMap<>();
    ds.put("table_name", mart.name());
    ds.put("main_dttm_col", null);
    ds.put("description", mart.labelVi() + ": " + mart.descriptionEn());
    ds.put("default_endpoint", null);
    ds.put("offset", 0);
    ds.put("cache_timeout", null);
    ds.put("schema", "main");
    ds.put("sql", null);
    ds.put("params", null);
    ds.put("template_params", null);
    ds.put("filter_select_enabled", true);
    ds.put("fetch_values_predicate", null);
    ds.put("extra", null);
    ds.put("is_managed_externally", true);
    ds.put("uuid", AssetUuids.of(datasetKey(mart)).toString());
    ds.put(
        "metrics",
        List.of(
            Map.of(
                "metric_name",
                "count",
                "verbose_name",
                "Số dòng",
                "metric_type",
                "count",
                "expression",
                "COUNT(*)")));
    ds.put("columns", columns);
    ds.put("version", IMPORT_VERSION);
    ds.put("database_uuid", AssetUuids.of(DATABASE_KEY).toString());
    return ds;
  }

  private static Map<String, Object> datasetColumn(Column c) {
    Map<String, Object> col = new LinkedHashMap<>();
    col.put("column_name", c.name());
    col.put("verbose_name", c.labelVi());
    col.put("is_dttm", c.type() == ColumnType.DATE || c.type() == ColumnType.TIMESTAMP);
    col.put("is_active", true);
    col.put("type", c.type().duckDbType());
    col.put("groupby", true);
    col.put("filterable", true);
    col.put("expression", null);
    col.put("description", c.descriptionEn());
    col.put("python_date_format", null);
    col.put("extra", null);
    return col;
  }

  private static Map<String, Object> calculatedColumn(DatasetColumns.Calculated c) {
    Map<String, Object> col = new LinkedHashMap<>();
    col.put("column_name", c.name());
    col.put("verbose_name", c.labelVi());
    col.put("is_dttm", false);
    col.put("is_active", true);
    col.put("type", c.duckDbType());
    col.put("groupby", true);
    col.put("filterable", true);
    col.put("expression", c.expression());
    col.put("description", c.description());
    col.put("python_date_format", null);
    col.put("extra", null);
    return col;
  }

  static Map<String, Object> chart(ChartDefinition chart) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("slice_name", chart.title());
    c.put("description", chart.description());
    c.put("certified_by", MANAGED_BY);
    c.put(
        "certification_details",
        "Quản lý bởi ./cchc superset sync (" + chart.naturalKey() + "); sửa ở đây sẽ bị ghi đè");
    c.put("viz_type", chart.viz().id());
    c.put("params", ChartForms.params(chart, null));
    // the importer rewrites the datasource id of the query context to the imported dataset's
    c.put("query_context", Json.write(ChartForms.queryContext(chart, 0)));
    c.put("cache_timeout", null);
    c.put("is_managed_externally", true);
    c.put("uuid", AssetUuids.of(chart.naturalKey()).toString());
    c.put("version", IMPORT_VERSION);
    c.put("dataset_uuid", AssetUuids.of(datasetKey(chart.dataset())).toString());
    return c;
  }

  static Map<String, Object> dashboard(
      DashboardDefinition d, Map<ChartDefinition, Integer> numbers) {
    Map<String, Object> dash = new LinkedHashMap<>();
    dash.put("dashboard_title", d.title());
    dash.put("description", null);
    dash.put("css", "");
    dash.put("slug", d.slug());
    dash.put("certified_by", MANAGED_BY);
    dash.put("certification_details", "Quản lý bởi ./cchc superset sync (" + d.naturalKey() + ")");
    dash.put("published", true);
    dash.put("is_managed_externally", true);
    dash.put("uuid", AssetUuids.of(d.naturalKey()).toString());
    dash.put("position", DashboardLayout.position(d, numbers::get));
    dash.put(
        "metadata",
        DashboardLayout.metadata(
            d,
            numbers::get,
            f -> Map.of("datasetUuid", AssetUuids.of(datasetKey(f.source())).toString())));
    dash.put("version", IMPORT_VERSION);
    return dash;
  }
}
