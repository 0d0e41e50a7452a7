package vn.cchc.sample.unit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.unit.LineageLink;
import vn.cchc.model.unit.Unit;

/**
 * Draws a profile for every ranked unit version. A unit formed from predecessors inherits their
 * share-weighted profile, so a merged commune looks like the communes it came from.
 */
public final class UnitProfiles {
  public static final int FIELDS = 8;

  private final Map<String, UnitProfile> profiles = new LinkedHashMap<>();

  private UnitProfiles() {}

  public static UnitProfiles draw(SampleRegistry registry, long seed) {
    UnitProfiles p = new UnitProfiles();
    SplittableRandom rng = new SplittableRandom(seed);
    for (Unit unit : registry.units()) {
      if (!unit.bloc().ranked()) {
        continue;
      }
      Map<String, Double> predecessors = new LinkedHashMap<>();
      for (LineageLink link : registry.predecessorsOf(unit)) {
        registry
            .resolver()
            .predecessor(link)
            .filter(pre -> p.profiles.containsKey(pre.key()))
            .ifPresent(pre -> predecessors.put(pre.key(), link.share()));
      }
      UnitProfile own = drawOne(unit.bloc(), rng);
      p.profiles.put(unit.key(), predecessors.isEmpty() ? own : p.inherit(predecessors, own));
    }
    return p;
  }

  public UnitProfile of(Unit unit) {
    UnitProfile profile = profiles.get(unit.key());
    if (profile == null) {
      throw new IllegalArgumentException("Cannot find profile of unit: " + unit.key());
    }
    return profile;
  }

  private static UnitProfile drawOne(Bloc bloc, SplittableRandom rng) {
    double quality =
        switch (bloc) {
          case SO -> 0.80 + 0.16 * rng.nextDouble();
          case HUYEN -> 0.79 + 0.15 * rng.nextDouble();
          default -> 0.70 + 0.25 * Math.sqrt(rng.nextDouble());
        };
    if (rng.nextDouble() < 0.06) {
      quality -= 0.08;
    }
    double[] offsets = new double[FIELDS];
    for (int f = 0; f < FIELDS; f++) {
      offsets[f] = 0.06 * rng.nextGaussian();
    }
    double roll = rng.nextDouble();
    double overclaim =
        roll < 0.06
            ? 6 + 6 * rng.nextDouble()
            : roll < 0.14 ? 0.3 + 0.6 * rng.nextDouble() : 1.3 + 2.4 * rng.nextDouble();
    double trend = 0.004 + 0.012 * rng.nextDouble();
    double contest = 0.05 + 0.15 * rng.nextDouble();
    double satisfaction = Math.min(0.97, 0.62 + 0.3 * quality + 0.04 * rng.nextGaussian());
    return new UnitProfile(quality, trend, offsets, overclaim, contest, satisfaction);
  }

  /**
   * Share-weighted predecessors' traits; the unit's own draw only for how it claims and contests.
   */
  private UnitProfile inherit(Map<String, Double> predecessors, UnitProfile own) {
    double quality = 0;
    double trend = 0;
    double satisfaction = 0;
    double[] offsets = new double[FIELDS];
    double total = predecessors.values().stream().mapToDouble(Double::doubleValue).sum();
    for (Map.Entry<String, Double> link : predecessors.entrySet()) {
      UnitProfile p = profiles.get(link.getKey());
      double w = link.getValue() / total;
      quality += w * p.quality();
      trend += w * p.trend();
      satisfaction += w * p.satisfaction();
      for (int f = 0; f < FIELDS; f++) {
        offsets[f] += w * p.fieldOffsets()[f];
      }
    }
    return new UnitProfile(
        quality, trend, offsets, own.overclaim(), own.contestRate(), satisfaction);
  }
}
