package vn.cchc.transforms.inspection;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.cchc.model.mart.MartTables;
import vn.cchc.transforms.Fixtures;
import vn.cchc.transforms.InputsBuilder;
import vn.cchc.transforms.Rows;
import vn.cchc.transforms.SparkTestBase;
import vn.cchc.transforms.TransformConfig;
import vn.cchc.transforms.TransformInputs;
import vn.cchc.transforms.TransformJob;

class InspectionMartsTest extends SparkTestBase {

  @Test
  void remediationStatusAsOfTheReleaseDate() {
    TransformInputs in =
        new InputsBuilder(spark)
            .unit("A", "SO", "2000-01-01", null)
            .inspection("I1", 2024, "A", "2024-05-06", "2024-05-10")
            .finding("F1", "I1", "1", "2024-08-01", "2024-07-01")
            .finding("F2", "I1", "1", "2024-08-01", "2024-09-10")
            .finding("F3", "I1", "1", "2025-12-31", null)
            .finding("F4", "I1", "2", "2025-01-31", null)
            .finding("F5", "I1", "2", "2025-03-01", "2025-08-01")
            .build();
    Map<String, Row> out =
        Rows.byKey(InspectionOutcomes.compute(in, LocalDate.of(2025, 6, 30)), "field_code");
    Row f1 = out.get("1");
    assertThat(f1.<Integer>getAs("findings")).isEqualTo(3);
    assertThat(f1.<Integer>getAs("remediated_on_time")).isEqualTo(1);
    assertThat(f1.<Integer>getAs("remediated_late")).isEqualTo(1);
    assertThat(f1.<Integer>getAs("open_findings")).isEqualTo(1);
    assertThat(f1.<Integer>getAs("overdue")).isZero();
    assertThat(f1.<Double>getAs("median_days_to_remediate")).isEqualTo(87.5); // 52 and 123 days
    Row f2 = out.get("2");
    assertThat(f2.<Integer>getAs("open_findings"))
        .as("remediated after the release date")
        .isEqualTo(2);
    assertThat(f2.<Integer>getAs("overdue")).isEqualTo(2);
    assertThat(f2.<Double>getAs("median_days_to_remediate")).isNull();
    assertThat(f2.<java.sql.Date>getAs("as_of_date").toLocalDate())
        .isEqualTo(LocalDate.of(2025, 6, 30));
  }

  @Test
  void targetsRankUnitsByTheDocumentedScoreWithReasons() {
    InputsBuilder b =
        Fixtures.province2022(spark)
            .inspection("I1", 2022, "A", "2022-05-02", "2022-05-04")
            .finding("F1", "I1", "1", "2022-12-31", null)
            .finding("F2", "I1", "2", "2024-01-01", null);
    TransformConfig config = TransformConfig.defaults().withAsOf(LocalDate.of(2023, 6, 30));
    Dataset<Row> targets =
        TransformJob.computeMarts(b.build(), config).get(MartTables.INSPECTION_TARGETS);
    Map<String, Row> t = Rows.byKey(targets, "unit_code");
    Row e = t.get("E");
    assertThat(e.<Integer>getAs("plan_year")).isEqualTo(2023);
    assertThat(e.<Double>getAs("score_low_index")).isEqualTo(30.0);
    assertThat(e.<Double>getAs("score_failing_criteria")).isEqualTo(5.0);
    assertThat(e.<Double>getAs("score_since_inspection")).isEqualTo(20.0);
    assertThat(e.<Double>getAs("total_score")).isEqualTo(55.0);
    assertThat(e.<Integer>getAs("priority_rank")).isEqualTo(1);
    assertThat(e.<String>getAs("reasons_vi"))
        .isEqualTo(
            "Chỉ số CCHC năm 2022 đạt 47,00%, xếp hạng 5/5 trong khối"
                + " (thuộc nhóm 25% thấp nhất); 1 tiêu chí đạt dưới 50% số điểm: 3.1; Chưa được kiểm tra lần nào");
    Row a = t.get("A");
    assertThat(a.<Double>getAs("score_findings")).isEqualTo(8.0);
    assertThat(a.<Double>getAs("score_since_inspection")).isEqualTo(5.0);
    assertThat(a.<Double>getAs("total_score")).isEqualTo(13.0);
    assertThat(a.<Integer>getAs("priority_rank")).isEqualTo(5);
    assertThat(a.<String>getAs("reasons_vi"))
        .isEqualTo(
            "Còn 2 tồn tại chưa khắc phục, trong đó 1 quá hạn; Lần kiểm tra gần nhất năm 2022");
    for (String tied : new String[] {"B", "C", "D"}) {
      assertThat(t.get(tied).<Double>getAs("total_score")).isEqualTo(20.0);
      assertThat(t.get(tied).<Integer>getAs("priority_rank")).isEqualTo(2);
    }
  }
}
