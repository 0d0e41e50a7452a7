package vn.cchc.model.schema;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The years and dates an input row may carry. A fact cannot lie in the future of its upload; a plan
 * (a methodology's years, a registry change, a deadline) may be loaded a little ahead:
 *
 * <ul>
 *   <li>an assessment year ({@code year} of self_scores, appraisals, adjustments, survey_responses,
 *       inspections) is between {@value #FIRST_YEAR} and the current calendar year: a year's scores
 *       are uploaded during or after that year, never before, so an open-ended methodology does not
 *       let next year's scores in;
 *   <li>a day something happened ({@code start_date} of an inspection, {@code remediated_on} of a
 *       finding) is not after today;
 *   <li>a planned year or day ({@code from_year} and {@code to_year} of a methodology version,
 *       {@code valid_from} and {@code valid_to} of a unit, {@code effective_date} of a lineage
 *       link, {@code end_date} of an inspection, {@code due_date} of a finding) is no later than 31
 *       December of the current year + {@value #PLANNING_YEARS}; a methodology's years and a
 *       registry's days are not before {@value #FIRST_YEAR} and {@value #FIRST_REGISTRY_YEAR}.
 * </ul>
 *
 * "Today" is the upload's day in Vietnam ({@link #ZONE}), whatever the server's time zone.
 */
public final class InputDates {
  /** The first assessment year and the first year of a methodology version. */
  public static final int FIRST_YEAR = 2000;

  /** The earliest year of a unit's period or of a lineage link. */
  public static final int FIRST_REGISTRY_YEAR = 1900;

  /** How many years after the current one a planned year or day may lie. */
  public static final int PLANNING_YEARS = 5;

  /** The time zone "today" and "the current year" are read in. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

  private InputDates() {}

  /** The upload's day in Vietnam. */
  public static LocalDate today() {
    return LocalDate.now(ZONE);
  }

  /** The latest assessment year a row may carry: the current calendar year. */
  public static int lastAssessmentYear() {
    return today().getYear();
  }

  /** The latest year a planned year or day may lie in. */
  public static int lastPlannedYear() {
    return today().getYear() + PLANNING_YEARS;
  }

  /** The rule for an assessment year, as column descriptions state it. */
  public static final String ASSESSMENT_YEAR_RULE =
      FIRST_YEAR + " to the current calendar year (never a future year)";

  /** The rule for a planned year or day, as column descriptions state it. */
  public static final String PLANNED_RULE =
      "no later than 31 December of the current year + " + PLANNING_YEARS;

  /** The rule for a day something happened, as column descriptions state it. */
  public static final String PAST_DAY_RULE = "not after today (the upload's day)";
}
