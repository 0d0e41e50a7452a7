package vn.cchc.transforms;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import vn.cchc.model.methodology.BandScale;

/**
 * The published form of a percentage: {@link BandScale#roundPercent} (half-up to two decimals) applied
 * after the value is first cleaned to nine decimals, so that floating-point noise from summing in a
 * different order (92.81499999999998 for an exact 92.815) cannot move a published value, a rank or a band.
 */
public final class PublishedRounding {
  private PublishedRounding() {}

  public static final int NOISE_DECIMALS = 9;

  public static double publishedPercent(double pct) {
    return BandScale.roundPercent(BigDecimal.valueOf(pct).setScale(NOISE_DECIMALS, RoundingMode.HALF_UP).doubleValue());
  }

  private static final UserDefinedFunction UDF = functions.udf(
      (UDF1<Double, Double>) pct -> pct == null ? null : publishedPercent(pct), DataTypes.DoubleType);

  /** The published value of a percentage column; null stays null. */
  public static Column publishedPercent(Column pct) {
    return UDF.apply(pct);
  }
}
