package vn.cchc.transforms;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.functions;

/**
 * Sums and means rounded to nine decimals. Spark adds partial sums in whatever order the partitions
 * arrive, so an unrounded double sum can differ in its last bit from run to run; rounded, a rerun
 * on the same inputs writes the same values, and no methodology has points finer than 1e-9.
 */
public final class StableAggregates {
  private StableAggregates() {}

  public static final int DECIMALS = 9;

  public static Column sum(Column values) {
    return functions.round(functions.sum(values), DECIMALS);
  }

  public static Column sum(String column) {
    return sum(functions.col(column));
  }

  public static Column avg(Column values) {
    return functions.round(functions.avg(values), DECIMALS);
  }

  public static Column avg(String column) {
    return avg(functions.col(column));
  }
}
