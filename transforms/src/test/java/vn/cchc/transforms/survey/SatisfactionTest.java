package vn.cchc.transforms.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.transforms.InputsBuilder;
import vn.cchc.transforms.Rows;
import vn.cchc.transforms.SparkTestBase;

class SatisfactionTest extends SparkTestBase {
  private static Map<String, Row> rows;

  @BeforeAll
  static void compute() {
    InputsBuilder b =
        new InputsBuilder(spark)
            .unit("A", "SO", "2000-01-01", null)
            .unit("B", "SO", "2000-01-01", null)
            .question("SIPAS-2017", "C1", "THU_TUC", null, "LIKERT5", null)
            .question("SIPAS-2022", "C1", "THU_TUC", null, "LIKERT5", null)
            .question("SIPAS-2022", "G1", "GOP_Y", null, "LIKERT5", null)
            // a province's own code: SIPAS by its component, not by its code
            .question("KSHL-2023", "K1", "KET_QUA", null, "LIKERT5", null)
            // coded SIPAS but asking about an index field: not satisfaction
            .question("SIPAS-2022", "X8", "8", "8.1.1", "LIKERT5", null);
    // unit A 2022: 263 respondents, 41 answer 5, 40 answer 4, 182 answer 2 (Newcombe 1998: 81/263)
    for (int i = 0; i < 263; i++) {
      String answer = i < 41 ? "5" : i < 81 ? "4" : "2";
      b.response(2022, "SIPAS-2022", "a" + i, "A", "C1", answer, 1);
    }
    for (int i = 0; i < 10; i++) {
      b.response(2022, "SIPAS-2022", "b" + i, "B", "C1", i < 6 ? "4" : "3", 1);
      b.response(2022, "SIPAS-2022", "b" + i, "B", "G1", "5", 1);
      b.response(2021, "SIPAS-2017", "o" + i, "B", "C1", "1", 1);
      b.response(2023, "KSHL-2023", "k" + i, "A", "K1", i < 7 ? "5" : "1", 1);
      b.response(2022, "SIPAS-2022", "b" + i, "B", "X8", "1", 1);
    }
    rows = Rows.byKey(Satisfaction.compute(b.build(), 30), "year", "unit_code", "component");
  }

  @Test
  void wilsonIntervalMatchesThePublishedValue() {
    Row a = rows.get("2022|A|THU_TUC");
    assertThat(a.<Integer>getAs("respondents")).isEqualTo(263);
    assertThat(a.<Double>getAs("satisfied_pct")).isCloseTo(8100.0 / 263, within(1e-9));
    // Newcombe, Statistics in Medicine 17 (1998), table I, 81/263: Wilson 0.2553 to 0.3662
    assertThat(a.<Double>getAs("wilson_low_pct")).isCloseTo(25.53, within(0.005));
    assertThat(a.<Double>getAs("wilson_high_pct")).isCloseTo(36.62, within(0.005));
    assertThat(a.<Double>getAs("mean_score")).isCloseTo(729.0 / 263, within(1e-9));
    assertThat(a.<Boolean>getAs("small_sample")).isFalse();
  }

  @Test
  void aQuestionIsSipasByItsComponentWhateverItsSurveysCode() {
    Row k = rows.get("2023|A|KET_QUA");
    assertThat(k.<String>getAs("survey_code")).isEqualTo("KSHL-2023");
    assertThat(k.<Integer>getAs("respondents")).isEqualTo(10);
    assertThat(k.<Double>getAs("satisfied_pct")).isCloseTo(70.0, within(1e-9));
    assertThat(rows).doesNotContainKey("2022|B|8");
    // B's 2022 overall is its 20 SIPAS answers, without the 10 answers to X8
    assertThat(rows.get("2022|B|OVERALL").<Integer>getAs("answers")).isEqualTo(20);
  }

  @Test
  void overallSmallSampleAndDesignBreak() {
    Row overall = rows.get("2022|B|OVERALL");
    assertThat(overall.<Integer>getAs("respondents")).isEqualTo(10);
    assertThat(overall.<Integer>getAs("answers")).isEqualTo(20);
    assertThat(overall.<Double>getAs("satisfied_pct")).isCloseTo(80.0, within(1e-9));
    assertThat(overall.<Boolean>getAs("small_sample")).isTrue();
    assertThat(overall.<Boolean>getAs("design_break")).isTrue();
    assertThat(rows.get("2022|B|THU_TUC").<Double>getAs("satisfied_pct"))
        .isCloseTo(60.0, within(1e-9));
    Row old = rows.get("2021|B|THU_TUC");
    assertThat(old.<Boolean>getAs("design_break")).isFalse();
    assertThat(old.<Double>getAs("satisfied_pct")).isEqualTo(0.0);
    assertThat(old.<Double>getAs("wilson_low_pct")).isEqualTo(0.0);
    assertThat(old.<String>getAs("survey_code")).isEqualTo("SIPAS-2017");
  }
}
