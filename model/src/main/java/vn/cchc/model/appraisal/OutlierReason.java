package vn.cchc.model.appraisal;

import java.util.Arrays;
import java.util.Optional;

/**
 * Which outlier test an appraisal gap fails (column {@code outlier_reason} of the mart {@code
 * appraisal_gaps}): the modified z-score, Tukey's fences, or both, whose code joins the two with
 * {@link #SEPARATOR}.
 */
public enum OutlierReason {
  /** |modified z| above the limit (Iglewicz–Hoaglin). */
  MODIFIED_Z("MODIFIED_Z", "điểm z hiệu chỉnh"),
  /** Outside Tukey's fences, 1.5 × IQR beyond the quartiles. */
  IQR("IQR", "khoảng tứ phân vị"),
  /** Both tests. */
  BOTH("MODIFIED_Z;IQR", "điểm z và tứ phân vị");

  /** Joins the codes of the tests a gap fails, in the order declared. */
  public static final String SEPARATOR = ";";

  private final String code;
  private final String meaningVi;

  OutlierReason(String code, String meaningVi) {
    this.code = code;
    this.meaningVi = meaningVi;
  }

  /** The value the mart stores. */
  public String code() {
    return code;
  }

  /** The test, as a Vietnamese phrase. */
  public String meaningVi() {
    return meaningVi;
  }

  /** The reason a cell names; empty for null or a code the model does not know. */
  public static Optional<OutlierReason> of(String code) {
    return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
  }
}
