package vn.cchc.model.methodology;

/**
 * Where the points that count for one sub-criterion of one unit in one year came from (mart {@code
 * score_facts}, column {@code score_source}). The first that applies, in this order of precedence
 * for self-assessed items: round 2, round 1, the self score; survey items take their points from
 * the answers.
 */
public enum ScoreSource {
  /** Appraised in round 2: its points replace round 1's. */
  APPRAISAL_R2(true, false),
  /** Appraised in round 1 and not contested. */
  APPRAISAL_R1(true, false),
  /** Never appraised: the self score stands in, provisionally. */
  SELF_PROVISIONAL(false, true),
  /** A survey item with answers: maximum × the weighted mean of the answers' option weights. */
  SURVEY(true, false),
  /**
   * A survey item without a single counted answer (no question names it, or nobody answered one for
   * the unit that year): 0 points for now, provisionally, until its survey is loaded.
   */
  NO_ANSWERS(false, true),
  /** No score at all: 0 points. */
  MISSING(false, false),
  /** The unit declared the item not applicable: no points, removed from the maximum. */
  NOT_APPLICABLE(false, false);

  private final boolean finalPoints;
  private final boolean provisional;

  ScoreSource(boolean finalPoints, boolean provisional) {
    this.finalPoints = finalPoints;
    this.provisional = provisional;
  }

  /**
   * Whether the points may still change once the missing input arrives: they make the item ({@code
   * score_facts.provisional}) and the unit's index ({@code index_scores.provisional}) provisional.
   */
  public boolean isProvisional() {
    return provisional;
  }

  /**
   * Whether the points are final: appraised or computed from answers (they count towards
   * completeness).
   */
  public boolean isFinal() {
    return finalPoints;
  }
}
