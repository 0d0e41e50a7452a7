package vn.cchc.transforms.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.model.mart.MartTables;
import vn.cchc.transforms.Fixtures;
import vn.cchc.transforms.Rows;
import vn.cchc.transforms.SparkSchemas;
import vn.cchc.transforms.SparkTestBase;
import vn.cchc.transforms.TransformInputs;

class IndexScoresTest extends SparkTestBase {
  private static final double EPS = 1e-9;
  private static Map<String, Row> facts;
  private static Map<String, Row> index;
  private static Dataset<Row> factsFrame;
  private static Dataset<Row> indexFrame;

  @BeforeAll
  static void compute() {
    TransformInputs in = Fixtures.province2022(spark).build();
    factsFrame = ScoreFacts.compute(in).cache();
    indexFrame = IndexScores.compute(factsFrame, in).cache();
    facts = Rows.byKey(factsFrame, "unit_code", "sub_criterion_code");
    index = Rows.byKey(indexFrame, "unit_code");
  }

  @Test
  void martsHaveTheDeclaredSchema() {
    assertThat(Rows.shape(factsFrame.schema()))
        .isEqualTo(Rows.shape(SparkSchemas.structType(MartTables.SCORE_FACTS)));
    assertThat(Rows.shape(indexFrame.schema()))
        .isEqualTo(Rows.shape(SparkSchemas.structType(MartTables.INDEX_SCORES)));
  }

  @Test
  void applicableMaximumLeavesOutNotApplicableItems() {
    Row a = index.get("A");
    assertThat(a.<Double>getAs("applicable_max")).isEqualTo(84.0);
    assertThat(a.<Double>getAs("total_points")).isCloseTo(68.32, within(EPS));
    assertThat(a.<Double>getAs("index_pct")).isCloseTo(68.32 / 84 * 100, within(EPS));
    assertThat(a.<Double>getAs("index_pct_rounded")).isEqualTo(81.33);
    assertThat(a.<Double>getAs("self_total")).isEqualTo(66.0);
    assertThat(a.<Double>getAs("appraised_total")).isEqualTo(63.0);
    assertThat(a.<Double>getAs("survey_total")).isCloseTo(5.32, within(EPS));
    assertThat(a.<String>getAs("band")).isEqualTo("B");
    Row na = facts.get("A|2.1.1");
    assertThat(na.<Boolean>getAs("applicable")).isFalse();
    assertThat(na.<Double>getAs("final_points")).isNull();
    assertThat(na.<String>getAs("score_source")).isEqualTo("NOT_APPLICABLE");
  }

  @Test
  void roundTwoOverridesRoundOne() {
    Row r = facts.get("A|1.1.1");
    assertThat(r.<Double>getAs("appraisal_r1_points")).isEqualTo(9.0);
    assertThat(r.<Double>getAs("appraisal_r2_points")).isEqualTo(9.5);
    assertThat(r.<Double>getAs("final_points")).isEqualTo(9.5);
    assertThat(r.<String>getAs("score_source")).isEqualTo("APPRAISAL_R2");
    assertThat(r.<String>getAs("source_file")).isEqualTo("appraisals.csv");
    assertThat(facts.get("A|1.1.2").<Double>getAs("final_points")).isEqualTo(5.0);
    assertThat(facts.get("A|1.1.2").<String>getAs("score_source")).isEqualTo("APPRAISAL_R1");
  }

  @Test
  void surveyPointsAreMaximumTimesWeightedMeanOfOptionWeights() {
    Row a = facts.get("A|3.1.2");
    assertThat(a.<Double>getAs("survey_points")).isCloseTo(8 * 0.665, within(EPS));
    assertThat(a.<Integer>getAs("survey_answers")).isEqualTo(2);
    assertThat(a.<String>getAs("score_source")).isEqualTo("SURVEY");
    assertThat(facts.get("C|3.1.2").<Double>getAs("final_points")).isCloseTo(4.8, within(EPS));
    assertThat(facts.get("E|3.1.2").<Double>getAs("final_points")).isEqualTo(0.0);
  }

  @Test
  void exactlyNinetyIsTheTopBand() {
    Row b = index.get("B");
    assertThat(b.<Double>getAs("index_pct_rounded")).isEqualTo(90.0);
    assertThat(b.<String>getAs("band")).isEqualTo("A");
    assertThat(b.<String>getAs("band_label")).isEqualTo("Tốt");
    assertThat(index.get("E").<String>getAs("band")).isNull();
  }

  @Test
  void tiesShareARankAndTheNextRankSkips() {
    assertThat(index.get("B").<Integer>getAs("rank_in_bloc")).isEqualTo(1);
    assertThat(index.get("A").<Integer>getAs("rank_in_bloc")).isEqualTo(2);
    assertThat(index.get("C").<Integer>getAs("rank_in_bloc")).isEqualTo(3);
    assertThat(index.get("D").<Integer>getAs("rank_in_bloc")).isEqualTo(3);
    assertThat(index.get("E").<Integer>getAs("rank_in_bloc")).isEqualTo(5);
    assertThat(index.get("E").<Integer>getAs("units_ranked")).isEqualTo(5);
  }

  @Test
  void neverAppraisedSelfScoreIsKeptProvisionally() {
    Row c311 = facts.get("C|3.1.1");
    assertThat(c311.<Double>getAs("final_points")).isEqualTo(48.0);
    assertThat(c311.<String>getAs("score_source")).isEqualTo("SELF_PROVISIONAL");
    assertThat(c311.<Boolean>getAs("provisional")).isTrue();
    Row c = index.get("C");
    assertThat(c.<Boolean>getAs("provisional")).isTrue();
    assertThat(c.<Double>getAs("completeness_pct")).isCloseTo(80.0, within(EPS));
    assertThat(c.<Double>getAs("index_pct")).isCloseTo(76.8, within(EPS));
    assertThat(index.get("D").<Boolean>getAs("provisional")).isFalse();
    assertThat(index.get("D").<Double>getAs("completeness_pct")).isEqualTo(100.0);
  }

  @Test
  void bonusAndPenaltyAdjustTheTotal() {
    Row e = index.get("E");
    assertThat(e.<Double>getAs("bonus_points")).isEqualTo(2.0);
    assertThat(e.<Double>getAs("penalty_points")).isEqualTo(1.0);
    assertThat(e.<Double>getAs("total_points")).isEqualTo(47.0);
    assertThat(index.get("A").<Double>getAs("bonus_points")).isEqualTo(0.0);
  }

  /**
   * Issue #11: a province that coded its index survey KSHL-2023 or DTXHH-2023 got every survey item
   * scored 0. What a question feeds is its sub_criterion_code, not its survey's code.
   */
  @Test
  void theSurveyCodeDoesNotDecideWhatTheAnswersFeed() {
    for (String code : new String[] {"KSHL-2023", "DTXHH-2023"}) {
      TransformInputs in = Fixtures.province2022(spark, code).build();
      Map<String, Row> other =
          Rows.byKey(IndexScores.compute(ScoreFacts.compute(in), in), "unit_code");
      assertThat(other.keySet()).as(code).isEqualTo(index.keySet());
      for (String unit : index.keySet()) {
        assertThat(other.get(unit).<Double>getAs("survey_total"))
            .as(code + " " + unit)
            .isEqualTo(index.get(unit).<Double>getAs("survey_total"));
        assertThat(other.get(unit).<Double>getAs("index_pct_rounded"))
            .as(code + " " + unit)
            .isEqualTo(index.get(unit).<Double>getAs("index_pct_rounded"));
      }
      assertThat(other.get("A").<Double>getAs("index_pct_rounded")).isEqualTo(81.33);
      assertThat(other.get("B").<Double>getAs("survey_total")).isEqualTo(8.0);
    }
  }

  /** A SURVEY item without an answer counts 0 for now: the item and the index are provisional. */
  @Test
  void aSurveyItemWithoutAnswersMakesTheIndexProvisional() {
    TransformInputs in = Fixtures.province2022(spark).self(2022, "F", "1.1.1", 5.0).build();
    Dataset<Row> f = ScoreFacts.compute(in);
    Row f312 = Rows.byKey(f, "unit_code", "sub_criterion_code").get("F|3.1.2");
    assertThat(f312.<String>getAs("score_source")).isEqualTo("NO_ANSWERS");
    assertThat(f312.<Double>getAs("final_points")).isEqualTo(0.0);
    assertThat(f312.<Boolean>getAs("provisional")).isTrue();
    Map<String, Row> idx = Rows.byKey(IndexScores.compute(f, in), "unit_code");
    assertThat(idx.get("F").<Boolean>getAs("provisional")).isTrue();
    assertThat(idx.get("D").<Boolean>getAs("provisional")).isFalse();
  }

  @Test
  void unitWithoutScoresGetsNoIndex() {
    assertThat(index).containsOnlyKeys("A", "B", "C", "D", "E");
    assertThat(facts.keySet()).noneMatch(k -> k.startsWith("F|"));
  }
}
