package vn.cchc.transforms;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import vn.cchc.model.methodology.BandScale;

/**
 * The published form of a percentage column: {@link BandScale#roundPercent}, as a Spark expression.
 */
public final class PublishedRounding {
  private PublishedRounding() {}

  public static double publishedPercent(double pct) {
    return BandScale.roundPercent(pct);
  }

  private static final UserDefinedFunction UDF =
      functions.udf(
          (UDF1<Double, Double>) pct -> pct == null ? null : publishedPercent(pct),
          DataTypes.DoubleType);

  /** The published value of a percentage column; null stays null. */
  public static Column publishedPercent(Column pct) {
    return UDF.apply(pct);
  }
}
