package vn.cchc.sample.methodology;

import java.math.BigDecimal;
import java.util.List;
import vn.cchc.model.methodology.Assessment;
import vn.cchc.model.methodology.Bloc;

/**
 * A sub-criterion of one version and bloc, with the points it is worth and how they are given.
 *
 * @param difficulty how much harder than average units find it; drives province-wide weaknesses
 */
public record SubCriterion(
    String version,
    Bloc bloc,
    String fieldCode,
    String criterionCode,
    String code,
    String name,
    double maxPoints,
    RuleShape shape,
    double difficulty) {

  public Assessment assessment() {
    return shape == RuleShape.SURVEY ? Assessment.SURVEY : Assessment.SELF;
  }

  public boolean surveyed() {
    return shape == RuleShape.SURVEY;
  }

  /** The rule as written in the criteria table's {@code scoring} column. */
  public String scoring() {
    String max = number(maxPoints);
    String half = number(maxPoints / 2);
    return switch (shape) {
      case LEVELS3 -> "LEVELS:" + max + "|" + half + "|0";
      case LEVELS2 -> "LEVELS:" + max + "|0";
      case THRESHOLD3 -> "THRESHOLD:90%=" + max + "|70%=" + half + "|0%=0";
      case PROPORTIONAL -> "PROPORTIONAL";
      case SURVEY -> "SURVEY";
    };
  }

  /** Admissible discrete points, highest first; empty when any value in [0, max] is admitted. */
  public List<Double> levels() {
    return switch (shape) {
      case LEVELS3, THRESHOLD3 -> List.of(maxPoints, maxPoints / 2, 0.0);
      case LEVELS2 -> List.of(maxPoints, 0.0);
      case PROPORTIONAL, SURVEY -> List.of();
    };
  }

  /** The points the rule gives when a unit has done {@code share} (0..1) of what the item asks. */
  public double pointsFor(double share) {
    double s = Math.max(0, Math.min(1, share));
    return switch (shape) {
      case LEVELS3 -> s >= 0.8 ? maxPoints : s >= 0.45 ? maxPoints / 2 : 0;
      case LEVELS2 -> s >= 0.6 ? maxPoints : 0;
      case THRESHOLD3 -> s >= 0.9 ? maxPoints : s >= 0.7 ? maxPoints / 2 : 0;
      case PROPORTIONAL, SURVEY -> Math.round(s * maxPoints * 100) / 100.0;
    };
  }

  static String number(double value) {
    return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
  }
}
