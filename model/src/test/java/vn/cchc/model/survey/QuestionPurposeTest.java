package vn.cchc.model.survey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import vn.cchc.model.methodology.ScoreSource;

class QuestionPurposeTest {
  @Test
  void aQuestionFeedsTheIndexByItsSubCriterionAndSatisfactionByItsComponent() {
    assertThat(QuestionPurpose.feedsIndex("8.1.1")).isTrue();
    assertThat(QuestionPurpose.feedsIndex(null)).isFalse();
    assertThat(QuestionPurpose.feedsIndex(" ")).isFalse();
    assertThat(QuestionPurpose.feedsSatisfaction("TIEP_CAN")).isTrue();
    assertThat(QuestionPurpose.feedsSatisfaction("8")).isFalse();
    assertThat(QuestionPurpose.feedsSatisfaction(SipasComponent.OVERALL_CODE)).isFalse();
    assertThat(QuestionPurpose.SIPAS_COMPONENTS.values())
        .containsExactly("TIEP_CAN", "THU_TUC", "CONG_CHUC", "KET_QUA", "GOP_Y");
  }

  @Test
  void aSelfScoreStandingInAndASurveyItemWithoutAnswersAreTheProvisionalSources() {
    assertThat(Arrays.stream(ScoreSource.values()).filter(ScoreSource::isProvisional))
        .containsExactly(ScoreSource.SELF_PROVISIONAL, ScoreSource.NO_ANSWERS);
  }
}
