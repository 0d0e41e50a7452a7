package vn.cchc.model.methodology;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Assigns bands. The index is compared as published, rounded half-up to two decimals, so an index
 * of exactly 90.00 % falls in a band that starts at 90.
 */
public final class BandScale {
  /** Digits kept before rounding: floating-point noise of sums lives far below them. */
  public static final int NOISE_DECIMALS = 9;

  private BandScale() {}

  /**
   * The published form of a percentage: half-up to two decimals, after cleaning to {@value
   * #NOISE_DECIMALS} decimals, so that summing in another order (92.81499999999998 for an exact
   * 92.815) cannot move a published value, a rank or a band.
   */
  public static double roundPercent(double pct) {
    return BigDecimal.valueOf(pct)
        .setScale(NOISE_DECIMALS, RoundingMode.HALF_UP)
        .setScale(2, RoundingMode.HALF_UP)
        .doubleValue();
  }

  /** The band with the highest lower bound not above the rounded index; empty below every band. */
  public static Optional<Band> bandOf(double indexPct, List<Band> bands) {
    double rounded = roundPercent(indexPct);
    return bands.stream()
        .filter(b -> b.minPct() <= rounded)
        .max(Comparator.comparingDouble(Band::minPct));
  }
}
