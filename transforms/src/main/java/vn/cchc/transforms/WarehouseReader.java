package vn.cchc.transforms;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.WarehouseLayout;

/** Reads a committed ingest snapshot; a table no batch ever supplied reads as empty. */
public final class WarehouseReader {
  private WarehouseReader() {}

  public static TransformInputs read(SparkSession spark, Path snapshotDir) {
    Map<String, Dataset<Row>> frames = new HashMap<>();
    for (TableSchema table : InputTables.ALL) {
      frames.put(table.name(), readTable(spark, snapshotDir, table));
    }
    return new TransformInputs(frames);
  }

  static Dataset<Row> readTable(SparkSession spark, Path snapshotDir, TableSchema table) {
    Path dir = WarehouseLayout.tableDir(snapshotDir, table);
    if (!Files.isDirectory(dir)) {
      return SparkSchemas.emptyWarehouseTable(spark, table);
    }
    Dataset<Row> raw =
        spark.read().schema(SparkSchemas.warehouseStructType(table)).parquet(dir.toString());
    // partition discovery moves the partition column last; restore the declared order
    Column[] ordered =
        table.warehouseColumns().stream().map(c -> col(c.name())).toArray(Column[]::new);
    return raw.select(ordered);
  }
}
