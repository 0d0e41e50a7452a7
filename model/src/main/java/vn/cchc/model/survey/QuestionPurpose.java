package vn.cchc.model.survey;

import vn.cchc.model.schema.Codes;

/**
 * What the answers to a survey question feed, read from the question's own columns of {@code
 * survey_questions}, never from how its survey is coded (a province may code its surveys {@code
 * DTXHH-2023}, {@code KSHL-2023} or anything else):
 *
 * <ul>
 *   <li>a question that names a {@code sub_criterion_code} feeds that sub-criterion of the index:
 *       the answers of year Y give the SURVEY sub-criterion of the methodology in force in Y its
 *       points in {@code score_facts};
 *   <li>a question whose {@code component} is a SIPAS component ({@link SipasComponent}) feeds the
 *       {@code satisfaction} mart; it must use the LIKERT5 scale.
 * </ul>
 *
 * A question may do both. A question that does neither is rejected at ingest, so that no answer is
 * stored that feeds nothing.
 */
public final class QuestionPurpose {
  /** The codes a {@code component} of a SIPAS question takes. */
  public static final Codes SIPAS_COMPONENTS = Codes.of(SipasComponent.class);

  private QuestionPurpose() {}

  /** Whether the question's answers give points to a sub-criterion of the index. */
  public static boolean feedsIndex(String subCriterionCode) {
    return subCriterionCode != null && !subCriterionCode.isBlank();
  }

  /** Whether the question's answers count in the {@code satisfaction} mart. */
  public static boolean feedsSatisfaction(String component) {
    return component != null && SIPAS_COMPONENTS.admits(component);
  }
}
