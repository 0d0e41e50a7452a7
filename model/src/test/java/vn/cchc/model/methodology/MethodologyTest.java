package vn.cchc.model.methodology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.model.schema.InputTables;

class MethodologyTest {
  private static final List<Band> BANDS =
      List.of(
          new Band("V", Bloc.SO, "A", 90, "Tốt"),
          new Band("V", Bloc.SO, "B", 80, "Khá"),
          new Band("V", Bloc.SO, "C", 0, "Trung bình"));

  @Test
  void bandEdgesCompareThePublishedTwoDecimalIndex() {
    assertThat(BandScale.bandOf(90.00, BANDS)).map(Band::band).contains("A");
    assertThat(BandScale.bandOf(89.995, BANDS)).map(Band::band).contains("A");
    assertThat(BandScale.bandOf(89.994, BANDS)).map(Band::band).contains("B");
    assertThat(BandScale.bandOf(0, BANDS)).map(Band::band).contains("C");
    assertThat(BandScale.bandOf(50, BANDS.subList(0, 2))).isEmpty();
  }

  @Test
  void floatingPointNoiseCannotMoveAPublishedValue() {
    assertThat(BandScale.roundPercent(92.81499999999998)).isEqualTo(92.82);
    assertThat(BandScale.roundPercent(92.815)).isEqualTo(92.82);
    assertThat(BandScale.roundPercent(92.8149)).isEqualTo(92.81);
    assertThat(BandScale.bandOf(89.99499999999999, BANDS)).map(Band::band).contains("A");
  }

  @Test
  void scoringRulesAdmitOnlyTheirPoints() {
    ScoringRule levels = ScoringRule.parse("LEVELS:1|0,5|0");
    assertThat(levels.admits(0.5, 1)).isTrue();
    assertThat(levels.admits(0.7, 1)).isFalse();
    ScoringRule threshold = ScoringRule.parse("THRESHOLD:90%=2|70%=1|0%=0");
    assertThat(threshold.admits(1, 2)).isTrue();
    assertThat(threshold.admits(1.5, 2)).isFalse();
    assertThat(ScoringRule.parse("PROPORTIONAL").admits(1.37, 2)).isTrue();
    assertThat(ScoringRule.parse("PROPORTIONAL").admits(2.01, 2)).isFalse();
    assertThatThrownBy(() -> ScoringRule.parse("THRESHOLD:70%=1|90%=2|0%=0"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("các ngưỡng phải giảm dần: THRESHOLD:70%=1|90%=2|0%=0");
    assertThatThrownBy(() -> ScoringRule.parse("THRESHOLD:90%=2|70%=1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "ngưỡng cuối cùng phải là 0% để mọi mức hoàn thành đều có điểm: THRESHOLD:90%=2|70%=1");
    assertThatThrownBy(() -> ScoringRule.parse("LEVELS:1|x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mức điểm 'x' không phải là số");
  }

  @Test
  void aSubCriterionMustNestUnderItsCriterionAndReachItsMaximum() {
    MethodologyItem ok =
        new MethodologyItem(
            "V",
            Bloc.SO,
            "3",
            "3.2",
            "3.2.1",
            "x",
            1.0,
            Assessment.SELF,
            ScoringRule.parse("LEVELS:1|0.5|0"));
    assertThat(ok.inconsistency()).isNull();
    assertThat(ok.level()).isEqualTo(MethodologyItem.Level.SUB_CRITERION);
    assertThat(
            new MethodologyItem(
                    "V",
                    Bloc.SO,
                    "3",
                    "3.2",
                    "4.2.1",
                    "x",
                    1.0,
                    Assessment.SELF,
                    ScoringRule.parse("PROPORTIONAL"))
                .inconsistency())
        .isEqualTo("mã tiêu chí thành phần 4.2.1 không thuộc tiêu chí 3.2");
    assertThat(
            new MethodologyItem(
                    "V",
                    Bloc.SO,
                    "3",
                    "3.2",
                    "3.2.1",
                    "x",
                    2.0,
                    Assessment.SELF,
                    ScoringRule.parse("LEVELS:1|0"))
                .inconsistency())
        .isEqualTo("mức điểm cao nhất (1.0) khác điểm tối đa (2.0)");
    assertThat(
            new MethodologyItem(
                    "V",
                    Bloc.SO,
                    "3",
                    "3.2",
                    "3.2.1",
                    "x",
                    2.0,
                    Assessment.SURVEY,
                    ScoringRule.parse("PROPORTIONAL"))
                .inconsistency())
        .isEqualTo("tiêu chí thành phần 3.2.1 đánh giá qua khảo sát phải có cách chấm SURVEY");
  }

  @Test
  void anInconsistencyNamesTheCriteriaColumnThatHoldsTheFault() {
    ScoringRule levels = ScoringRule.parse("LEVELS:1|0");
    assertThat(item("4.2", "4.2.1", 1.0, Assessment.SELF, levels).check())
        .contains(
            new MethodologyItem.Inconsistency(
                "sub_criterion_code", "mã tiêu chí 4.2 không thuộc lĩnh vực 3"));
    assertThat(item("4.2", null, null, null, null).check())
        .contains(
            new MethodologyItem.Inconsistency(
                "criterion_code", "mã tiêu chí 4.2 không thuộc lĩnh vực 3"));
    assertThat(item("3.2", "3.3.1", 1.0, Assessment.SELF, levels).check())
        .contains(
            new MethodologyItem.Inconsistency(
                "sub_criterion_code", "mã tiêu chí thành phần 3.3.1 không thuộc tiêu chí 3.2"));
    assertThat(item("3.2", "3.2.1", null, Assessment.SELF, levels).check())
        .contains(
            new MethodologyItem.Inconsistency(
                "max_points", "tiêu chí thành phần 3.2.1 phải có điểm tối đa lớn hơn 0"));
    assertThat(item("3.2", "3.2.1", 1.0, null, levels).check())
        .contains(
            new MethodologyItem.Inconsistency(
                "assessment",
                "tiêu chí thành phần 3.2.1 thiếu hình thức đánh giá (SELF hoặc SURVEY)"));
    assertThat(item("3.2", "3.2.1", 1.0, Assessment.SELF, null).check())
        .contains(
            new MethodologyItem.Inconsistency(
                "scoring", "tiêu chí thành phần 3.2.1 thiếu cách chấm điểm"));
    assertThat(item("3.2", "3.2.1", 1.0, Assessment.SELF, ScoringRule.parse("SURVEY")).check())
        .contains(
            new MethodologyItem.Inconsistency(
                "scoring", "tiêu chí thành phần 3.2.1 tự chấm không thể có cách chấm SURVEY"));
    assertThat(item("3.2", "3.2.1", 2.0, Assessment.SELF, levels).check())
        .contains(
            new MethodologyItem.Inconsistency(
                "max_points", "mức điểm cao nhất (1.0) khác điểm tối đa (2.0)"));
    assertThat(item("3.2", "3.2.1", 1.0, Assessment.SELF, levels).check()).isEmpty();
    for (String blamed :
        List.of("criterion_code", "sub_criterion_code", "max_points", "assessment", "scoring")) {
      assertThat(InputTables.CRITERIA.column(blamed).name()).isEqualTo(blamed);
    }
  }

  private static MethodologyItem item(
      String criterion, String sub, Double max, Assessment assessment, ScoringRule scoring) {
    return new MethodologyItem("V", Bloc.SO, "3", criterion, sub, "x", max, assessment, scoring);
  }

  @Test
  void findsTheVersionInForceForAYear() {
    Methodology m =
        new Methodology(
            List.of(
                new MethodologyVersion("V2022", "n", "b", 2022, 2024),
                new MethodologyVersion("V2025", "n", "b", 2025, null)),
            List.of(),
            List.of());
    assertThat(m.versionFor(2024)).map(MethodologyVersion::code).contains("V2022");
    assertThat(m.versionFor(2031)).map(MethodologyVersion::code).contains("V2025");
    assertThat(m.versionFor(2021)).isEmpty();
  }
}
