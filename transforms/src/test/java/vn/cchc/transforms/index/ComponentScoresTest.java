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
import vn.cchc.transforms.component.ComponentScores;

class ComponentScoresTest extends SparkTestBase {
  private static Dataset<Row> frame;
  private static Map<String, Row> rows;

  @BeforeAll
  static void compute() {
    TransformInputs in = Fixtures.province2022(spark).build();
    Dataset<Row> facts = ScoreFacts.compute(in);
    frame = ComponentScores.compute(facts, IndexScores.compute(facts, in), in).cache();
    rows = Rows.byKey(frame, "unit_code", "level", "code");
  }

  @Test
  void fieldRatioIsOverApplicableItemsOnly() {
    Row a1 = rows.get("A|FIELD|1");
    assertThat(a1.<Double>getAs("points")).isEqualTo(14.5);
    assertThat(a1.<Double>getAs("max_points")).isEqualTo(16.0);
    assertThat(a1.<Double>getAs("pct")).isEqualTo(90.625);
    assertThat(a1.<String>getAs("name")).isEqualTo("Công tác chỉ đạo, điều hành");
    // field 2 has no applicable item for A: no row rather than a 0 of 0
    assertThat(rows).doesNotContainKey("A|FIELD|2").containsKey("B|FIELD|2");
    Row a3 = rows.get("A|FIELD|3");
    assertThat(a3.<Double>getAs("pct")).isCloseTo((48.5 + 5.32) / 68 * 100, within(1e-9));
  }

  @Test
  void fieldAndCriterionRanksShareTies() {
    assertThat(rows.get("B|FIELD|1").<Integer>getAs("rank_in_bloc")).isEqualTo(1);
    assertThat(rows.get("A|FIELD|1").<Integer>getAs("rank_in_bloc")).isEqualTo(2);
    assertThat(rows.get("C|FIELD|1").<Integer>getAs("rank_in_bloc")).isEqualTo(3);
    assertThat(rows.get("D|FIELD|1").<Integer>getAs("rank_in_bloc")).isEqualTo(3);
    assertThat(rows.get("E|FIELD|1").<Integer>getAs("rank_in_bloc")).isEqualTo(5);
    Row crit = rows.get("C|CRITERION|2.1");
    assertThat(crit.<String>getAs("criterion_code")).isEqualTo("2.1");
    assertThat(crit.<String>getAs("field_code")).isEqualTo("2");
    assertThat(crit.<Double>getAs("pct")).isEqualTo(62.5);
    assertThat(crit.<Integer>getAs("rank_in_bloc")).isEqualTo(2); // B 100; C and D 62.5; E 50
    assertThat(rows.get("D|CRITERION|2.1").<Integer>getAs("rank_in_bloc")).isEqualTo(2);
    assertThat(rows.get("E|CRITERION|2.1").<Integer>getAs("rank_in_bloc")).isEqualTo(4);
  }

  @Test
  void hasTheDeclaredSchema() {
    assertThat(Rows.shape(frame.schema()))
        .isEqualTo(Rows.shape(SparkSchemas.structType(MartTables.COMPONENT_SCORES)));
    assertThat(frame.count()).isEqualTo(5 * 3 * 2 - 2);
  }
}
