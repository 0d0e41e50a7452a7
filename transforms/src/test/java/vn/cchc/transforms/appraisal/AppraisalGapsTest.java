package vn.cchc.transforms.appraisal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.cchc.model.mart.MartTables;
import vn.cchc.transforms.MartRows;
import vn.cchc.transforms.Rows;
import vn.cchc.transforms.SparkTestBase;

class AppraisalGapsTest extends SparkTestBase {

  /**
   * Gaps of 0, 0, 10, 0, 5 and 80 % of self: median 2.5, Q1 0, Q3 8.75 (linear), MAD 2.5. 80 is
   * beyond the upper fence 21.875 and its modified z is 0.6745 × 77.5 ÷ 2.5 = 20.9095; 10 has z
   * 2.0235 and stays.
   */
  @Test
  void gapsAndOutliersWithinTheBloc() {
    double[] appraised = {10, 10, 9, 10, 9.5, 2};
    List<Map<String, Object>> facts = new ArrayList<>();
    for (int i = 0; i < appraised.length; i++) {
      facts.add(
          MartRows.values(
              "year",
              2024,
              "unit_code",
              "U" + (i + 1),
              "unit_key",
              "U" + (i + 1) + "@2000-01-01",
              "bloc",
              "XA",
              "field_code",
              "1",
              "sub_criterion_code",
              "1.1.1",
              "assessment",
              "SELF",
              "applicable",
              true,
              "self_points",
              10.0,
              "final_points",
              appraised[i]));
    }
    Map<String, Row> gaps =
        Rows.byKey(
            AppraisalGaps.compute(MartRows.frame(spark, MartTables.SCORE_FACTS, facts)),
            "unit_code",
            "level");
    Row u6 = gaps.get("U6|UNIT");
    assertThat(u6.<Double>getAs("gap_points")).isEqualTo(8.0);
    assertThat(u6.<Double>getAs("gap_pct")).isEqualTo(80.0);
    assertThat(u6.<Double>getAs("q1_pct")).isEqualTo(0.0);
    assertThat(u6.<Double>getAs("q3_pct")).isEqualTo(8.75);
    assertThat(u6.<Double>getAs("modified_z")).isCloseTo(20.9095, within(1e-9));
    assertThat(u6.<Boolean>getAs("outlier")).isTrue();
    assertThat(u6.<String>getAs("outlier_reason")).isEqualTo("MODIFIED_Z;IQR");
    Row u3 = gaps.get("U3|UNIT");
    assertThat(u3.<Double>getAs("modified_z")).isCloseTo(2.0235, within(1e-9));
    assertThat(u3.<Boolean>getAs("outlier")).isFalse();
    assertThat(u3.<String>getAs("outlier_reason")).isNull();
    assertThat(gaps.get("U6|FIELD").<String>getAs("field_code")).isEqualTo("1");
    assertThat(gaps.get("U6|FIELD").<Boolean>getAs("outlier")).isTrue();
    assertThat(gaps.get("U1|UNIT").<String>getAs("field_code")).isEqualTo("*");
  }
}
