package vn.cchc.report.pdf;

import vn.cchc.model.appraisal.OutlierReason;
import vn.cchc.model.quality.QualityRule;
import vn.cchc.model.quality.QualitySeverity;
import vn.cchc.model.schema.Codes;
import vn.cchc.model.trend.Basis;
import vn.cchc.report.model.BlocReport;

/**
 * Short Vietnamese phrases the sections share; the meaning of a code is the model's, an unknown
 * code shows as it is.
 */
final class AnnualText {
  private AnnualText() {}

  static String basisNote(BlocReport b) {
    return Basis.AS_IS.name().equals(b.changeBasis())
        ? " (so sánh sau khi quy đổi số liệu năm trước về đơn vị hiện nay)"
        : "";
  }

  static String outlierReason(String reason) {
    if (reason == null) {
      return "";
    }
    return OutlierReason.of(reason).map(OutlierReason::meaningVi).orElse(reason);
  }

  static String severity(String severity) {
    return Codes.constant(QualitySeverity.class, severity)
        .map(QualitySeverity::labelVi)
        .orElse(severity);
  }

  /** The data-quality rules of the transform, in words. */
  static String rule(String rule) {
    return Codes.constant(QualityRule.class, rule).map(QualityRule::meaningVi).orElse(rule);
  }
}
