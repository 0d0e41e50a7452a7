package vn.cchc.sample;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Seeded random sources. Each (seed, key) pair gives its own stream, so the draws for one unit and
 * year do not depend on how many draws other units made: output stays stable when one part of the
 * generator changes.
 */
public final class Dice {
  private Dice() {}

  public static SplittableRandom forKey(long seed, Object... key) {
    long h = seed;
    for (Object part : key) {
      h = h * 0x9E3779B97F4A7C15L + String.valueOf(part).hashCode();
      h ^= h >>> 29;
    }
    return new SplittableRandom(h);
  }

  public static <T> T pick(SplittableRandom rng, List<T> options) {
    return options.get(rng.nextInt(options.size()));
  }

  public static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }

  public static double round2(double value) {
    return Math.round(value * 100) / 100.0;
  }
}
