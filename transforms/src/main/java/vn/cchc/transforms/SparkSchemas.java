package vn.cchc.transforms;

import static org.apache.spark.sql.functions.col;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import vn.cchc.model.schema.ColumnType;
import vn.cchc.model.schema.TableSchema;

/** The one place where declared schemas become Spark types. */
public final class SparkSchemas {
  private SparkSchemas() {}

  public static DataType sparkType(ColumnType type) {
    return switch (type) {
      case STRING -> DataTypes.StringType;
      case INTEGER -> DataTypes.IntegerType;
      case LONG -> DataTypes.LongType;
      case DOUBLE -> DataTypes.DoubleType;
      case BOOLEAN -> DataTypes.BooleanType;
      case DATE -> DataTypes.DateType;
      case TIMESTAMP -> DataTypes.TimestampType;
    };
  }

  public static StructType structType(List<vn.cchc.model.schema.Column> columns) {
    return new StructType(
        columns.stream()
            .map(
                c ->
                    new StructField(
                        c.name(),
                        sparkType(c.type()),
                        true,
                        org.apache.spark.sql.types.Metadata.empty()))
            .toArray(StructField[]::new));
  }

  /** A mart's columns, or an input table's declared columns (without provenance). */
  public static StructType structType(TableSchema table) {
    return structType(table.columns());
  }

  /** An ingested table as stored: declared columns followed by provenance. */
  public static StructType warehouseStructType(TableSchema table) {
    return structType(table.warehouseColumns());
  }

  /** Selects exactly the declared columns, in order, cast to their declared types. */
  public static Dataset<Row> conform(Dataset<Row> frame, TableSchema table) {
    Column[] columns =
        table.columns().stream()
            .map(c -> col(c.name()).cast(sparkType(c.type())).as(c.name()))
            .toArray(Column[]::new);
    return frame.select(columns);
  }

  /** An empty frame of an ingested table, for a table no batch ever supplied. */
  public static Dataset<Row> emptyWarehouseTable(SparkSession spark, TableSchema table) {
    return spark.createDataFrame(List.<Row>of(), warehouseStructType(table));
  }
}
