package vn.cchc.model.methodology;

/**
 * One node of a methodology tree: a field, a criterion or a sub-criterion of a version and bloc.
 * Only sub-criteria carry points, an assessment and a scoring rule; the maxima of fields and criteria
 * are the sums of their sub-criteria.
 */
public record MethodologyItem(
    String version,
    Bloc bloc,
    String fieldCode,
    String criterionCode,
    String subCriterionCode,
    String name,
    Double maxPoints,
    Assessment assessment,
    ScoringRule scoring) {

  public enum Level {
    FIELD,
    CRITERION,
    SUB_CRITERION
  }

  public Level level() {
    if (subCriterionCode != null) {
      return Level.SUB_CRITERION;
    }
    return criterionCode != null ? Level.CRITERION : Level.FIELD;
  }

  /** The most specific code of the node. */
  public String code() {
    return switch (level()) {
      case SUB_CRITERION -> subCriterionCode;
      case CRITERION -> criterionCode;
      case FIELD -> fieldCode;
    };
  }

  /**
   * Checks that codes nest (3 → 3.2 → 3.2.1) and that a sub-criterion has what it needs.
   *
   * @return null when consistent, otherwise a Vietnamese reason
   */
  public String inconsistency() {
    if (criterionCode != null && !criterionCode.startsWith(fieldCode + ".")) {
      return "mã tiêu chí " + criterionCode + " không thuộc lĩnh vực " + fieldCode;
    }
    if (subCriterionCode != null) {
      if (criterionCode == null) {
        return "tiêu chí thành phần " + subCriterionCode + " thiếu mã tiêu chí";
      }
      if (!subCriterionCode.startsWith(criterionCode + ".")) {
        return "mã tiêu chí thành phần " + subCriterionCode + " không thuộc tiêu chí " + criterionCode;
      }
      if (maxPoints == null || maxPoints <= 0) {
        return "tiêu chí thành phần " + subCriterionCode + " phải có điểm tối đa lớn hơn 0";
      }
      if (assessment == null) {
        return "tiêu chí thành phần " + subCriterionCode + " thiếu hình thức đánh giá (SELF hoặc SURVEY)";
      }
      if (scoring == null) {
        return "tiêu chí thành phần " + subCriterionCode + " thiếu cách chấm điểm";
      }
      if (assessment == Assessment.SURVEY && !(scoring instanceof ScoringRule.Survey)) {
        return "tiêu chí thành phần " + subCriterionCode + " đánh giá qua khảo sát phải có cách chấm SURVEY";
      }
      if (assessment == Assessment.SELF && scoring instanceof ScoringRule.Survey) {
        return "tiêu chí thành phần " + subCriterionCode + " tự chấm không thể có cách chấm SURVEY";
      }
      if (scoring instanceof ScoringRule.Levels levels
          && Math.abs(levels.highest() - maxPoints) > ScoringRule.TOLERANCE) {
        return "mức điểm cao nhất (" + levels.highest() + ") khác điểm tối đa (" + maxPoints + ")";
      }
    }
    return null;
  }
}
