package vn.cchc.ingestion.validate;

import java.util.Optional;
import vn.cchc.model.methodology.Assessment;
import vn.cchc.model.methodology.MethodologyItem;
import vn.cchc.model.methodology.MethodologyVersion;
import vn.cchc.model.methodology.ScoringRule;
import vn.cchc.model.unit.Unit;

/**
 * The row checks of a unit's points: self scores and appraisals of a self-assessed sub-criterion of
 * the methodology in force, and the year's bonus and penalty points.
 */
final class ScoreRules {
  private static final double TOLERANCE = ScoringRule.TOLERANCE;

  private ScoreRules() {}

  static void selfScore(ParsedRow row, ReferenceData refs) {
    Boolean applicable = row.bool("applicable");
    Double points = row.dbl("points");
    if (Boolean.FALSE.equals(applicable) && points != null && Math.abs(points) > TOLERANCE) {
      row.reject(
          "points",
          RejectRule.CONSISTENCY,
          "Tiêu chí không áp dụng (applicable = false) thì không có điểm");
    }
    if (!Boolean.FALSE.equals(applicable) && points == null) {
      row.reject(
          "points",
          RejectRule.REQUIRED_VALUE,
          "Thiếu điểm tự chấm (để trống chỉ khi tiêu chí không áp dụng)");
    }
    Integer evidence = row.integer("evidence_count");
    if (evidence != null && evidence < 0) {
      row.reject("evidence_count", RejectRule.RANGE, "Số tài liệu kiểm chứng không thể âm");
    }
    selfAssessedItem(row, refs);
  }

  /** The round is a coded column, checked with the other codes before. */
  static void appraisal(ParsedRow row, ReferenceData refs) {
    selfAssessedItem(row, refs);
  }

  static void adjustment(ParsedRow row, ReferenceData refs) {
    Double points = row.dbl("points");
    if (points != null && (points <= 0 || points > 100)) {
      row.reject(
          "points",
          RejectRule.RANGE,
          "Điểm thưởng/trừ " + points + " phải lớn hơn 0 và không quá 100");
    }
    if (RowRules.assessmentYear(row, "year")) {
      UnitRules.assessedUnit(row, refs);
    }
  }

  /** The row's points for a self-assessed sub-criterion of the unit's bloc in the row's year. */
  private static void selfAssessedItem(ParsedRow row, ReferenceData refs) {
    if (!RowRules.assessmentYear(row, "year")) {
      return;
    }
    Optional<Unit> unit = UnitRules.assessedUnit(row, refs);
    if (unit.isEmpty()) {
      return;
    }
    subCriterion(row, refs, unit.get())
        .ifPresent(
            item -> {
              if (item.assessment() != Assessment.SELF) {
                row.reject(
                    "sub_criterion_code",
                    RejectRule.UNKNOWN_SUB_CRITERION,
                    "Tiêu chí "
                        + item.code()
                        + " đánh giá qua điều tra xã hội học, không tự chấm hay thẩm định");
              } else {
                points(row, "points", item);
              }
            });
  }

  /** The sub-criterion of the version in force in the row's year for the unit's bloc. */
  private static Optional<MethodologyItem> subCriterion(
      ParsedRow row, ReferenceData refs, Unit unit) {
    int year = row.integer("year");
    Optional<MethodologyVersion> version = refs.methodology().versionFor(year);
    if (version.isEmpty()) {
      row.reject(
          "year", RejectRule.UNKNOWN_REFERENCE, "Không có bộ tiêu chí nào áp dụng cho năm " + year);
      return Optional.empty();
    }
    String code = row.str("sub_criterion_code");
    // Methodology.subCriterion(year, …) without finding the year's version a second time
    Optional<MethodologyItem> item =
        refs.methodology()
            .item(version.get().code(), unit.bloc(), code)
            .filter(i -> i.level() == MethodologyItem.Level.SUB_CRITERION);
    if (item.isEmpty()) {
      row.reject(
          "sub_criterion_code",
          RejectRule.UNKNOWN_SUB_CRITERION,
          "Tiêu chí thành phần '"
              + code
              + "' không có trong bộ tiêu chí "
              + version.get().code()
              + " của "
              + unit.bloc().labelVi());
    }
    return item;
  }

  private static void points(ParsedRow row, String column, MethodologyItem item) {
    Double points = row.dbl(column);
    if (points == null) {
      return;
    }
    if (points < -TOLERANCE || points > item.maxPoints() + TOLERANCE) {
      row.reject(
          column,
          RejectRule.RANGE,
          "Điểm "
              + points
              + " phải từ 0 đến điểm tối đa "
              + item.maxPoints()
              + " của tiêu chí "
              + item.code());
    } else if (!item.scoring().admits(points, item.maxPoints())) {
      row.reject(
          column,
          RejectRule.SCORING_RULE,
          "Điểm "
              + points
              + " không đúng cách chấm "
              + item.scoring().text()
              + " của tiêu chí "
              + item.code());
    }
  }
}
