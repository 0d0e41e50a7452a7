package vn.cchc.model.methodology;

import java.util.Optional;
import vn.cchc.model.schema.Codes;

/**
 * One node of a methodology tree: a field, a criterion or a sub-criterion of a version and bloc.
 * Only sub-criteria carry points, an assessment and a scoring rule; the maxima of fields and
 * criteria are the sums of their sub-criteria.
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

  private static final String SUB_CRITERION_CODE = "sub_criterion_code";
  private static final String MAX_POINTS = "max_points";
  private static final String ASSESSMENT = "assessment";
  private static final String SCORING = "scoring";

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
   * Why a node is inconsistent, and the column of {@code criteria} that holds the fault.
   *
   * @param column the canonical name of the input column to blame, e.g. {@code max_points}
   * @param reasonVi what is wrong, in Vietnamese
   */
  public record Inconsistency(String column, String reasonVi) {}

  /**
   * Checks that codes nest (3 → 3.2 → 3.2.1) and that a sub-criterion has what it needs.
   *
   * @return empty when consistent, otherwise the first fault found
   */
  public Optional<Inconsistency> check() {
    if (criterionCode != null && !criterionCode.startsWith(fieldCode + ".")) {
      return fault(
          codeColumn(), "mã tiêu chí " + criterionCode + " không thuộc lĩnh vực " + fieldCode);
    }
    if (subCriterionCode == null) {
      return Optional.empty();
    }
    if (criterionCode == null) {
      return fault(
          SUB_CRITERION_CODE, "tiêu chí thành phần " + subCriterionCode + " thiếu mã tiêu chí");
    }
    if (!subCriterionCode.startsWith(criterionCode + ".")) {
      return fault(
          SUB_CRITERION_CODE,
          "mã tiêu chí thành phần " + subCriterionCode + " không thuộc tiêu chí " + criterionCode);
    }
    if (maxPoints == null || maxPoints <= 0) {
      return fault(
          MAX_POINTS, "tiêu chí thành phần " + subCriterionCode + " phải có điểm tối đa lớn hơn 0");
    }
    if (assessment == null) {
      return fault(
          ASSESSMENT,
          "tiêu chí thành phần "
              + subCriterionCode
              + " thiếu hình thức đánh giá ("
              + Codes.of(Assessment.class).listVi()
              + ")");
    }
    if (scoring == null) {
      return fault(SCORING, "tiêu chí thành phần " + subCriterionCode + " thiếu cách chấm điểm");
    }
    if (assessment == Assessment.SURVEY && !(scoring instanceof ScoringRule.Survey)) {
      return fault(
          SCORING,
          "tiêu chí thành phần "
              + subCriterionCode
              + " đánh giá qua khảo sát phải có cách chấm SURVEY");
    }
    if (assessment == Assessment.SELF && scoring instanceof ScoringRule.Survey) {
      return fault(
          SCORING,
          "tiêu chí thành phần " + subCriterionCode + " tự chấm không thể có cách chấm SURVEY");
    }
    if (scoring instanceof ScoringRule.Levels levels
        && Math.abs(levels.highest() - maxPoints) > ScoringRule.TOLERANCE) {
      return fault(
          MAX_POINTS,
          "mức điểm cao nhất (" + levels.highest() + ") khác điểm tối đa (" + maxPoints + ")");
    }
    return Optional.empty();
  }

  /**
   * The reason of {@link #check()}.
   *
   * @return null when consistent, otherwise a Vietnamese reason
   */
  public String inconsistency() {
    return check().map(Inconsistency::reasonVi).orElse(null);
  }

  /** The column of the node's most specific code. */
  private String codeColumn() {
    return level() == Level.SUB_CRITERION ? SUB_CRITERION_CODE : "criterion_code";
  }

  private static Optional<Inconsistency> fault(String column, String reasonVi) {
    return Optional.of(new Inconsistency(column, reasonVi));
  }
}
