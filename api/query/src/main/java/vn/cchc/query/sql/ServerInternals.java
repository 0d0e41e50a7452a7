package vn.cchc.query.sql;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What an analyst's query may not look at: the server's own state. An analyst sees the catalog (its
 * tables and views, their columns and definitions — which name the release's folders, the only ones
 * a query may read) and the data; not the settings (the scratch and spill paths, memory, the
 * readable directories), the attached database files, temporary files, memory, extensions, secrets,
 * logs or variables, and not the functions that run a query given as text (which would hide a call
 * from this check).
 *
 * <p>Checked on DuckDB's own parse of the statement ({@code json_serialize_sql}), so that quoting,
 * case, comments, a schema prefix or a subquery do not hide a name. Table functions are allowed by
 * name (generators, file readers — DuckDB confines them to the readable directories — and catalog
 * listings); scalar functions and system views are refused by name; {@code SHOW name} must not name
 * a setting.
 */
final class ServerInternals {
  private ServerInternals() {}

  /** The table functions a query may call; every other one is refused. */
  static final Set<String> TABLE_FUNCTIONS =
      Set.of(
          "range",
          "generate_series",
          "unnest",
          "repeat",
          "repeat_row",
          "json_each",
          "json_tree",
          "summary",
          "histogram",
          "histogram_values",
          "read_parquet",
          "parquet_scan",
          "parquet_metadata",
          "parquet_schema",
          "parquet_file_metadata",
          "parquet_kv_metadata",
          "read_csv",
          "read_csv_auto",
          "sniff_csv",
          "read_json",
          "read_json_auto",
          "read_json_objects",
          "read_json_objects_auto",
          "read_ndjson",
          "read_ndjson_auto",
          "read_ndjson_objects",
          "read_text",
          "read_blob",
          "glob",
          "duckdb_columns",
          "duckdb_tables",
          "duckdb_views",
          "duckdb_schemas",
          "duckdb_types",
          "duckdb_functions",
          "duckdb_keywords",
          "duckdb_constraints",
          "duckdb_dependencies",
          "duckdb_indexes",
          "pragma_table_info",
          "pragma_show",
          "pragma_version",
          "pragma_collations",
          "icu_calendar_names",
          "pg_timezone_names");

  /** Scalar functions that read the server's settings, variables or environment, or write. */
  static final Set<String> SCALAR_FUNCTIONS =
      Set.of("current_setting", "getvariable", "getenv", "write_log");

  /**
   * System views that tell the attached database files, settings or logs (a table function of the
   * same name is refused by {@link #TABLE_FUNCTIONS}).
   */
  static final Set<String> SYSTEM_VIEWS =
      Set.of(
          "duckdb_databases",
          "pragma_database_list",
          "duckdb_settings",
          "duckdb_logs",
          "pg_settings",
          "pg_database",
          "pg_prepared_statements");

  /**
   * Refuses the parsed statement ({@code json_serialize_sql}'s output) if it names any of the
   * above; {@code isSetting} says whether a name is a DuckDB setting ({@code SHOW memory_limit}).
   */
  static void check(JsonNode parsed, Predicate<String> isSetting) {
    find(parsed, isSetting).ifPresent(name -> refuse(name));
  }

  private static Optional<String> find(JsonNode node, Predicate<String> isSetting) {
    if (node.isObject()) {
      String type = node.path("type").asText("");
      Optional<String> hit =
          switch (type) {
            case "TABLE_FUNCTION" -> {
              String name = lower(node.path("function").path("function_name").asText(""));
              yield TABLE_FUNCTIONS.contains(name) ? Optional.empty() : Optional.of(name + "()");
            }
            case "FUNCTION" -> {
              String name = lower(node.path("function_name").asText(""));
              yield SCALAR_FUNCTIONS.contains(name) ? Optional.of(name + "()") : Optional.empty();
            }
            case "BASE_TABLE" -> {
              String name = lower(node.path("table_name").asText(""));
              yield SYSTEM_VIEWS.contains(name) ? Optional.of(name) : Optional.empty();
            }
            case "SHOW_REF" -> {
              String name = node.path("table_name").asText("");
              yield node.path("show_type").asText("").equals("SHOW")
                      && !name.isEmpty()
                      && isSetting.test(lower(name))
                  ? Optional.of("SHOW " + name)
                  : Optional.empty();
            }
            default -> Optional.empty();
          };
      if (hit.isPresent()) {
        return hit;
      }
      for (Map.Entry<String, JsonNode> field : node.properties()) {
        if (type.equals("TABLE_FUNCTION") && field.getKey().equals("function")) {
          // the function's own name is checked above; its arguments still are
          hit = findAll(field.getValue().path("arguments"), isSetting);
        } else {
          hit = find(field.getValue(), isSetting);
        }
        if (hit.isPresent()) {
          return hit;
        }
      }
    } else if (node.isArray()) {
      return findAll(node, isSetting);
    }
    return Optional.empty();
  }

  private static Optional<String> findAll(JsonNode array, Predicate<String> isSetting) {
    for (JsonNode child : array) {
      Optional<String> hit = find(child, isSetting);
      if (hit.isPresent()) {
        return hit;
      }
    }
    return Optional.empty();
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }

  private static void refuse(String name) {
    throw new SqlRefused(
        SqlRefused.Reason.SERVER_INTERNALS,
        "Không thể dùng "
            + name
            + ": cấu hình, tệp và trạng thái của máy chủ không mở cho truy vấn phân tích;"
            + " hãy xem các bảng của kho bằng SHOW TABLES, DESCRIBE <bảng> hoặc"
            + " information_schema.columns");
  }
}
