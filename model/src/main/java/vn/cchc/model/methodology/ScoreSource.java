package vn.cchc.model.methodology;

/**
 * Where the points that count for one sub-criterion of one unit in one year came from (mart {@code
 * score_facts}, column {@code score_source}). The first that applies, in this order of precedence
 * for self-assessed items: round 2, round 1, the self score; survey items take their points from
 * the answers.
 */
public enum ScoreSource {
  /** Appraised in round 2: its points replace round 1's. */
  APPRAISAL_R2(true),
  /** Appraised in round 1 and not contested. */
  APPRAISAL_R1(true),
  /** Never appraised: the self score stands in, provisionally. */
  SELF_PROVISIONAL(false),
  /** A survey item with answers: maximum × the weighted mean of the answers' option weights. */
  SURVEY(true),
  /** A survey item without a single counted answer: 0 points. */
  NO_ANSWERS(false),
  /** No score at all: 0 points. */
  MISSING(false),
  /** The unit declared the item not applicable: no points, removed from the maximum. */
  NOT_APPLICABLE(false);

  private final boolean finalPoints;

  ScoreSource(boolean finalPoints) {
    this.finalPoints = finalPoints;
  }

  /**
   * Whether the points are final: appraised or computed from answers (they count towards
   * completeness).
   */
  public boolean isFinal() {
    return finalPoints;
  }
}
