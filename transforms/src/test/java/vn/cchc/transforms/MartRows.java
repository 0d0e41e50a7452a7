package vn.cchc.transforms;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import vn.cchc.model.schema.TableSchema;

/** Builds a mart-shaped frame from a few named values; unnamed columns are null. */
public final class MartRows {
  private MartRows() {}

  /** A row's values as alternating column names and values. */
  public static Map<String, Object> values(Object... namesAndValues) {
    Map<String, Object> m = new java.util.HashMap<>();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      m.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return m;
  }

  public static Dataset<Row> frame(
      SparkSession spark, TableSchema mart, List<Map<String, Object>> rows) {
    List<Row> out =
        rows.stream()
            .map(
                values -> {
                  Object[] cells = new Object[mart.columns().size()];
                  Arrays.fill(cells, null);
                  values.forEach((k, v) -> cells[mart.columns().indexOf(mart.column(k))] = v);
                  return RowFactory.create(cells);
                })
            .toList();
    return spark.createDataFrame(out, SparkSchemas.structType(mart));
  }
}
