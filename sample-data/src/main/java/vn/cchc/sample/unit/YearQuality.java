package vn.cchc.sample.unit;

import vn.cchc.model.unit.Unit;
import vn.cchc.sample.Dice;

/**
 * A unit's quality in one year: its profile, its trend, a yearly shock and the dips of methodology
 * changes.
 */
public final class YearQuality {
  private final UnitProfiles profiles;
  private final long seed;

  public YearQuality(UnitProfiles profiles, long seed) {
    this.profiles = profiles;
    this.seed = seed;
  }

  public double of(Unit unit, int year) {
    UnitProfile p = profiles.of(unit);
    double shock = 0.025 * Dice.forKey(seed, unit.key(), year).nextGaussian();
    // a new methodology catches units unprepared for a year
    double dip = year == 2022 ? -0.015 : year == 2025 ? -0.02 : 0;
    return Dice.clamp(p.quality() + p.trend() * (year - 2020) + shock + dip, 0.45, 0.995);
  }

  public UnitProfile profile(Unit unit) {
    return profiles.of(unit);
  }
}
