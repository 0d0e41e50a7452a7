package vn.cchc.sample;

import java.util.List;
import java.util.Map;

/**
 * The data-quality issues planted in the sample on purpose. Every one loads without rejects; the
 * transform's data-quality mart should report exactly these. The README lists them too.
 */
public final class DeliberateIssues {
  private DeliberateIssues() {}

  public static final int MISSING_APPRAISAL_YEAR = 2025;

  /**
   * Self-assessed, applicable items of two 2025 communes that have no round-1 appraisal: 30688 Xã
   * Óc Eo (on old An Giang's territory) and 30814 Xã Hòn Nghệ (on old Kiên Giang's).
   */
  public static final Map<String, List<String>> MISSING_ROUND_ONE =
      Map.of(
          "30688", List.of("3.5.1", "3.5.2"),
          "30814", List.of("7.3.1", "7.3.2", "7.3.3"));

  public static final int SURVEY_GAP_YEAR = 2024;

  /**
   * A unit whose survey-assessed sub-criterion got no answers in the index survey: 30427 Xã Phú
   * Thạnh.
   */
  public static final String SURVEY_GAP_UNIT = "30427";

  public static final String SURVEY_GAP_SUB_CRITERION = "8.4.1";

  public static boolean missingRoundOne(int year, String unit, String subCriterion) {
    return year == MISSING_APPRAISAL_YEAR
        && MISSING_ROUND_ONE.getOrDefault(unit, List.of()).contains(subCriterion);
  }

  public static boolean surveyGap(int year, String unit, String subCriterion) {
    return year == SURVEY_GAP_YEAR
        && unit.equals(SURVEY_GAP_UNIT)
        && subCriterion.equals(SURVEY_GAP_SUB_CRITERION);
  }
}
