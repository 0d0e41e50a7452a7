package vn.cchc.model.appraisal;

/** What one row of the mart {@code appraisal_gaps} sums (its column {@code level}). */
public enum GapLevel {
  /** All self-scored items of the unit; the row's {@code field_code} is {@code *}. */
  UNIT,
  /** The self-scored items of one field. */
  FIELD
}
