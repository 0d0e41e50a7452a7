package vn.cchc.model.quality;

import static vn.cchc.model.quality.QualitySeverity.ERROR;
import static vn.cchc.model.quality.QualitySeverity.WARNING;

/**
 * A rule the transform checks while it computes the marts (column {@code rule} of the mart {@code
 * data_quality}); every violation is one row, with the rule's severity. Nothing is corrected
 * silently.
 */
public enum QualityRule {
  /** An assessed unit has no self score or appraisal at all: it gets no index. */
  UNIT_NO_SCORES(ERROR, "đơn vị không có điểm"),
  /**
   * A code has no unit version on the day its row resolves at: the rows are left out of every mart.
   */
  UNRESOLVED_UNIT(
      ERROR,
      "mã đơn vị không ứng với đơn vị nào có hiệu lực trong năm (dòng số liệu không được tính)"),
  /** Lineage links on a cycle of unit versions: the AS_IS restatement sets them aside. */
  LINEAGE_CYCLE(ERROR, "liên kết lịch sử đơn vị tạo thành vòng lặp (không dùng khi quy đổi)"),
  /** A self score was never appraised: the self points count provisionally. */
  MISSING_ROUND1(WARNING, "thiếu điểm thẩm định lần 1"),
  /** A round-2 appraisal without round 1: the round-2 points count. */
  ROUND2_WITHOUT_ROUND1(WARNING, "có thẩm định lần 2 nhưng thiếu lần 1"),
  /** Appraised points above the sub-criterion's maximum. */
  APPRAISED_ABOVE_MAX(ERROR, "điểm thẩm định vượt điểm tối đa"),
  /** Neither self score nor appraisal: the sub-criterion counts 0 points. */
  MISSING_SELF_SCORE(ERROR, "thiếu điểm tự đánh giá"),
  /**
   * A survey-assessed sub-criterion without a counted answer for the unit: it counts 0 points for
   * now and the unit's index is provisional.
   */
  SURVEY_NO_ANSWERS(
      ERROR, "tiêu chí khảo sát không có câu trả lời (tạm tính 0 điểm, chỉ số là tạm tính)"),
  /** Answers that are none of the question's options: they are left out. */
  SURVEY_UNKNOWN_ANSWER(ERROR, "câu trả lời khảo sát không hợp lệ"),
  /** No band scale for the version and bloc: the units are not banded. */
  NO_BAND_SCALE(WARNING, "thiếu thang xếp loại");

  private final QualitySeverity severity;
  private final String meaningVi;

  QualityRule(QualitySeverity severity, String meaningVi) {
    this.severity = severity;
    this.meaningVi = meaningVi;
  }

  /** The severity of every violation of the rule. */
  public QualitySeverity severity() {
    return severity;
  }

  /** What a violation is, as a Vietnamese phrase. */
  public String meaningVi() {
    return meaningVi;
  }
}
