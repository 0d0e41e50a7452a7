package vn.cchc.model.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A warehouse table, declared once. Engine forms (Spark {@code StructType}, DuckDB DDL) and the
 * analysts' documentation are derived from it, never retyped.
 *
 * @param name table name; also the file or sheet name of its input template
 * @param labelVi Vietnamese title
 * @param descriptionEn what one row means, in English
 * @param columns the columns users supply (inputs) or the transform produces (marts)
 * @param key the natural key: a later value for the same key replaces an earlier one
 * @param partitionColumn the column the Parquet files are partitioned by, if any
 * @param aliases further accepted file or sheet names (Vietnamese)
 */
public record TableSchema(
    String name,
    String labelVi,
    String descriptionEn,
    List<Column> columns,
    List<String> key,
    Optional<String> partitionColumn,
    List<String> aliases) {

  /** Provenance columns the warehouse adds to every ingested row. */
  public static final List<Column> PROVENANCE =
      List.of(
          Column.required(
              "batch_id",
              ColumnType.STRING,
              "Mã lô nạp",
              "Ingestion batch that supplied the row's current values"),
          Column.required(
              "source_file", ColumnType.STRING, "Tệp nguồn", "File (and sheet) the row came from"),
          Column.required(
              "source_row",
              ColumnType.INTEGER,
              "Dòng nguồn",
              "Row number in the source file or sheet, the header being row 1"));

  public TableSchema {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    key = List.copyOf(key);
    aliases = List.copyOf(aliases);
    for (String k : key) {
      if (columns.stream().noneMatch(c -> c.name().equals(k))) {
        throw new IllegalArgumentException(
            "Cannot declare table " + name + ": key column " + k + " is not a column");
      }
    }
    if (partitionColumn.isPresent()) {
      String p = partitionColumn.get();
      if (columns.stream().noneMatch(c -> c.name().equals(p))) {
        throw new IllegalArgumentException(
            "Cannot declare table " + name + ": partition column " + p + " is not a column");
      }
    }
  }

  public Column column(String columnName) {
    return columns.stream()
        .filter(c -> c.name().equals(columnName))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Cannot find column " + columnName + " in table " + name));
  }

  /** The columns as stored in the warehouse: declared columns followed by {@link #PROVENANCE}. */
  public List<Column> warehouseColumns() {
    var all = new ArrayList<>(columns);
    all.addAll(PROVENANCE);
    return all;
  }

  public boolean partitioned() {
    return partitionColumn.isPresent();
  }
}
