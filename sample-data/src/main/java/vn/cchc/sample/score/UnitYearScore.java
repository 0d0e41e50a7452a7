package vn.cchc.sample.score;

/**
 * Totals of one unit's self-assessed part in one year.
 *
 * @param unitKey the unit version ({@code code@valid_from}) the year's code resolves to
 * @param selfPoints sum of the unit's self-assessed points over applicable items
 * @param appraisedPoints sum of the final appraised points (round 2 where it exists, else round 1)
 * @param applicableMax sum of the maxima of its applicable self-assessed items
 */
public record UnitYearScore(
    int year,
    String unitCode,
    String unitKey,
    double selfPoints,
    double appraisedPoints,
    double applicableMax) {

  /** Appraised points as a percentage of the applicable maximum. */
  public double appraisedPct() {
    return 100 * appraisedPoints / applicableMax;
  }

  public double overclaim() {
    return selfPoints - appraisedPoints;
  }
}
