package vn.cchc.sample.unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns the raw weights of one successor's predecessors into lineage shares: proportional to the
 * weights, rounded to 4 decimals, with the rounding remainder put on the largest link so that they
 * sum to exactly 1.
 */
final class Shares {
  static final int SCALE = 4;

  private Shares() {}

  /** Shares in the order of {@code weights}; ties for the largest link go to the first. */
  static Map<String, BigDecimal> normalise(Map<String, BigDecimal> weights) {
    if (weights.isEmpty()) {
      throw new IllegalArgumentException("Cannot share a successor without predecessors");
    }
    BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.signum() <= 0) {
      throw new IllegalArgumentException(
          "Cannot share weights that do not sum to a positive number: " + weights);
    }
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    String largest = null;
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<String, BigDecimal> e : weights.entrySet()) {
      BigDecimal share = e.getValue().divide(total, SCALE, RoundingMode.HALF_UP);
      shares.put(e.getKey(), share);
      sum = sum.add(share);
      if (largest == null || e.getValue().compareTo(weights.get(largest)) > 0) {
        largest = e.getKey();
      }
    }
    shares.put(largest, shares.get(largest).add(BigDecimal.ONE.subtract(sum)));
    return shares;
  }
}
