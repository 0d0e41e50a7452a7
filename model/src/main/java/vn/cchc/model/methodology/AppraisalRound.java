package vn.cchc.model.methodology;

/**
 * A round of the appraisal council (table {@code appraisals}, column {@code round}). Round 2 exists
 * only where the unit contested round 1, and its points replace round 1's.
 */
public enum AppraisalRound {
  FIRST(1),
  SECOND(2);

  private final int number;

  AppraisalRound(int number) {
    this.number = number;
  }

  /** The round as the {@code round} column writes it: 1 or 2. */
  public int number() {
    return number;
  }

  /** {@link #number()} as text, the code of the {@code round} column. */
  public String code() {
    return Integer.toString(number);
  }
}
