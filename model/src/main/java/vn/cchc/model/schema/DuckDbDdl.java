package vn.cchc.model.schema;

import java.util.List;
import java.util.stream.Collectors;

/** DuckDB forms of declared tables. Engines never retype a schema; they call this. */
public final class DuckDbDdl {
  private DuckDbDdl() {}

  public static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  /** {@code CREATE TABLE name (col TYPE, …)} for the given columns. */
  public static String createTable(String tableName, List<Column> columns) {
    return "CREATE TABLE "
        + quote(tableName)
        + " ("
        + columns.stream()
            .map(c -> quote(c.name()) + " " + c.type().duckDbType())
            .collect(Collectors.joining(", "))
        + ")";
  }

  /** A select list that casts every column to its declared type, e.g. over {@code read_parquet}. */
  public static String castSelectList(List<Column> columns) {
    return columns.stream()
        .map(
            c ->
                "CAST("
                    + quote(c.name())
                    + " AS "
                    + c.type().duckDbType()
                    + ") AS "
                    + quote(c.name()))
        .collect(Collectors.joining(", "));
  }
}
