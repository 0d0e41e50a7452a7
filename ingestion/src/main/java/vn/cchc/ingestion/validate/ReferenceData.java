package vn.cchc.ingestion.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.model.methodology.Methodology;
import vn.cchc.model.survey.OptionWeights;
import vn.cchc.model.survey.SurveyScale;
import vn.cchc.model.unit.UnitRegistry;

/**
 * What rows are checked against: the methodology, the unit registry, survey questions and
 * inspections, as the warehouse will hold them once the running batch commits.
 */
public record ReferenceData(
    Methodology methodology,
    UnitRegistry units,
    Map<String, Question> questions,
    Map<String, Inspection> inspections) {

  /** A survey question as answers are checked against it. */
  public record Question(
      String surveyCode,
      String questionCode,
      SurveyScale scale,
      OptionWeights weights,
      String subCriterionCode) {}

  /** An inspection as findings are checked against it. */
  public record Inspection(
      String id, int year, String unitCode, LocalDate startDate, LocalDate endDate) {}

  public static ReferenceData empty() {
    return new ReferenceData(
        new Methodology(List.of(), List.of(), List.of()),
        new UnitRegistry(List.of(), List.of()),
        Map.of(),
        Map.of());
  }

  public Optional<Question> question(String surveyCode, String questionCode) {
    return Optional.ofNullable(questions.get(surveyCode + '\u0000' + questionCode));
  }

  public static String questionKey(String surveyCode, String questionCode) {
    return surveyCode + '\u0000' + questionCode;
  }
}
