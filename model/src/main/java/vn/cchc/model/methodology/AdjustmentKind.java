package vn.cchc.model.methodology;

/**
 * Whether an adjustment adds points to a unit's total or takes them off (table {@code
 * adjustments}).
 */
public enum AdjustmentKind {
  /** Điểm thưởng: added to the appraised and survey points. */
  BONUS("Điểm thưởng"),
  /** Điểm trừ: taken off the appraised and survey points. */
  PENALTY("Điểm trừ");

  private final String labelVi;

  AdjustmentKind(String labelVi) {
    this.labelVi = labelVi;
  }

  public String labelVi() {
    return labelVi;
  }
}
