package vn.cchc.ingestion.validate;

import java.util.Optional;
import java.util.TreeSet;
import vn.cchc.model.methodology.Assessment;
import vn.cchc.model.survey.OptionWeights;
import vn.cchc.model.survey.QuestionPurpose;
import vn.cchc.model.survey.SurveyScale;

/** The row checks of surveys: questions of a survey design, and respondents' answers to them. */
final class SurveyRules {
  private SurveyRules() {}

  static void question(ParsedRow row, ReferenceData refs) {
    Optional<SurveyScale> scale = row.code("scale", SurveyScale.class);
    String weights = row.str("option_weights");
    if (weights == null && scale.orElse(null) == SurveyScale.OPTIONS) {
      row.reject(
          "option_weights",
          RejectRule.REQUIRED_VALUE,
          "Câu hỏi dạng " + SurveyScale.OPTIONS + " phải có trọng số phương án");
    }
    if (weights != null) {
      try {
        OptionWeights parsed = OptionWeights.parse(weights);
        if (scale.orElse(null) == SurveyScale.LIKERT5
            && !parsed
                .weights()
                .keySet()
                .equals(OptionWeights.LIKERT5_DEFAULT.weights().keySet())) {
          row.reject(
              "option_weights",
              RejectRule.CONSISTENCY,
              "Thang " + SurveyScale.LIKERT5 + " phải có đúng các phương án 1–5");
        }
      } catch (IllegalArgumentException e) {
        row.reject("option_weights", RejectRule.TYPE, "Trọng số phương án sai: " + e.getMessage());
      }
    }
    String sub = row.str("sub_criterion_code");
    purpose(row, sub, scale.orElse(null));
    if (sub != null) {
      boolean surveyItem =
          refs.methodology().items().stream()
              .anyMatch(
                  i -> sub.equals(i.subCriterionCode()) && i.assessment() == Assessment.SURVEY);
      if (!surveyItem) {
        row.reject(
            "sub_criterion_code",
            RejectRule.UNKNOWN_SUB_CRITERION,
            "Tiêu chí thành phần '"
                + sub
                + "' không phải tiêu chí đánh giá qua điều tra xã hội học ở phiên bản nào");
      }
    }
  }

  /**
   * What the answers feed is read from the question's columns ({@link QuestionPurpose}): a question
   * must feed a sub-criterion of the index or the satisfaction mart, and a SIPAS question is
   * LIKERT5.
   */
  private static void purpose(ParsedRow row, String sub, SurveyScale scale) {
    String component = row.str("component");
    boolean sipas = QuestionPurpose.feedsSatisfaction(component);
    if (!sipas && !QuestionPurpose.feedsIndex(sub)) {
      row.reject(
          "component",
          RejectRule.CONSISTENCY,
          "Câu hỏi không được tính vào đâu: không ghi mã tiêu chí thành phần (sub_criterion_code) của"
              + " Chỉ số CCHC, và thành phần '"
              + component
              + "' không phải thành phần SIPAS ("
              + QuestionPurpose.SIPAS_COMPONENTS.listVi()
              + "); mục đích của câu hỏi lấy từ hai cột này, không từ mã khảo sát");
    }
    if (sipas && scale != null && scale != SurveyScale.LIKERT5) {
      row.reject(
          "scale",
          RejectRule.CONSISTENCY,
          "Câu hỏi thuộc thành phần SIPAS "
              + component
              + " phải dùng thang "
              + SurveyScale.LIKERT5
              + " (mức độ hài lòng 1–5), không phải "
              + scale);
    }
  }

  static void response(ParsedRow row, ReferenceData refs) {
    Double weight = row.dbl("weight");
    if (weight != null && weight <= 0) {
      row.reject("weight", RejectRule.RANGE, "Trọng số " + weight + " phải lớn hơn 0");
    }
    Optional<ReferenceData.Question> question =
        refs.question(row.str("survey_code"), row.str("question_code"));
    if (question.isEmpty()) {
      row.reject(
          "question_code",
          RejectRule.UNKNOWN_REFERENCE,
          "Câu hỏi "
              + row.str("question_code")
              + " không có trong khảo sát "
              + row.str("survey_code")
              + " (survey_questions)");
    } else {
      OptionWeights weights =
          question.get().weights() != null
              ? question.get().weights()
              : OptionWeights.LIKERT5_DEFAULT;
      if (weights.weightOf(row.str("answer")).isEmpty()) {
        row.reject(
            "answer",
            RejectRule.ENUM,
            "Câu trả lời '"
                + row.str("answer")
                + "' không phải phương án của câu hỏi "
                + row.str("question_code")
                + " ("
                + String.join(", ", new TreeSet<>(weights.weights().keySet()))
                + ")");
      }
    }
    if (RowRules.assessmentYear(row, "year")) {
      UnitRules.assessedUnit(row, refs);
    }
  }
}
