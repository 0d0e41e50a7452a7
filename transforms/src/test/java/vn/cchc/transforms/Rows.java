package vn.cchc.transforms;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** Test helpers to look rows up by key. */
public final class Rows {
  private Rows() {}

  /** name:type of each field, to compare schemas without nullability. */
  public static List<String> shape(org.apache.spark.sql.types.StructType schema) {
    return java.util.Arrays.stream(schema.fields())
        .map(f -> f.name() + ":" + f.dataType().simpleString())
        .toList();
  }

  /** Rows keyed by the '|'-joined values of the given columns. */
  public static Map<String, Row> byKey(Dataset<Row> frame, String... keyColumns) {
    List<Row> rows = frame.collectAsList();
    Map<String, Row> out = new HashMap<>();
    for (Row r : rows) {
      StringBuilder k = new StringBuilder();
      for (String c : keyColumns) {
        if (k.length() > 0) {
          k.append('|');
        }
        k.append((Object) r.getAs(c));
      }
      if (out.put(k.toString(), r) != null) {
        throw new AssertionError("duplicate key " + k);
      }
    }
    return out;
  }
}
