package vn.cchc.transforms.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import vn.cchc.model.mart.MartTables;
import vn.cchc.transforms.Fixtures;
import vn.cchc.transforms.InputsBuilder;
import vn.cchc.transforms.Rows;
import vn.cchc.transforms.SparkTestBase;
import vn.cchc.transforms.TransformConfig;
import vn.cchc.transforms.TransformJob;

class DataQualityTest extends SparkTestBase {

  @Test
  void listsEveryViolationAndNothingElse() {
    InputsBuilder b =
        Fixtures.province2022(spark)
            .unit("G", "SO", "2000-01-01", null)
            .self(2022, "G", "1.1.1", 5.0)
            .appraisal(2022, "G", "1.1.1", 2, 4)
            .response(2022, "DTXHH-V2022", "r9", "B", "Q1", "Z", 1);
    var marts = TransformJob.computeMarts(b.build(), TransformConfig.defaults());
    Dataset<Row> dq = marts.get(MartTables.DATA_QUALITY);
    Map<String, Row> rows = Rows.byKey(dq, "rule", "unit_code", "sub_criterion_code");
    assertThat(rows)
        .containsOnlyKeys(
            "UNIT_NO_SCORES|F|null",
            "MISSING_ROUND1|C|3.1.1",
            "ROUND2_WITHOUT_ROUND1|G|1.1.1",
            "MISSING_SELF_SCORE|G|1.1.2",
            "MISSING_SELF_SCORE|G|2.1.1",
            "MISSING_SELF_SCORE|G|3.1.1",
            "SURVEY_NO_ANSWERS|G|3.1.2",
            "SURVEY_UNKNOWN_ANSWER|B|3.1.2");
    assertThat(rows.get("MISSING_ROUND1|C|3.1.1").<String>getAs("detail_vi"))
        .isEqualTo(
            "Điểm tự đánh giá 48.0 chưa được thẩm định: tạm tính điểm tự chấm, chỉ số của đơn vị là tạm tính");
    assertThat(rows.get("UNIT_NO_SCORES|F|null").<String>getAs("severity")).isEqualTo("ERROR");
    assertThat(rows.get("SURVEY_NO_ANSWERS|G|3.1.2").<String>getAs("detail_vi"))
        .isEqualTo(
            "Tiêu chí đánh giá qua điều tra xã hội học không có câu trả lời nào được tính (không có câu"
                + " hỏi nào ghi mã tiêu chí này, hoặc không ai trả lời về đơn vị trong năm): tạm tính 0"
                + " điểm, chỉ số của đơn vị là tạm tính");
    // never a silent 0: G's index is flagged provisional
    assertThat(
            Rows.byKey(marts.get(MartTables.INDEX_SCORES), "unit_code")
                .get("G")
                .<Boolean>getAs("provisional"))
        .isTrue();
    assertThat(rows.get("SURVEY_UNKNOWN_ANSWER|B|3.1.2").<String>getAs("detail_vi"))
        .isEqualTo("1 câu trả lời không thuộc các phương án của câu hỏi: bỏ qua");
    // the unknown answer is left out of B's survey mean, not counted as zero
    Map<String, Row> facts =
        Rows.byKey(marts.get(MartTables.SCORE_FACTS), "unit_code", "sub_criterion_code");
    assertThat(facts.get("B|3.1.2").<Double>getAs("final_points")).isEqualTo(8.0);
    assertThat(facts.get("G|1.1.1").<String>getAs("score_source")).isEqualTo("APPRAISAL_R2");
    assertThat(facts.get("G|3.1.2").<Double>getAs("final_points")).isEqualTo(0.0);
    // every coded column of every mart holds only the codes the model declares for it
    marts.forEach(
        (mart, rowsOfMart) ->
            mart.columns().stream()
                .filter(c -> c.codes().isPresent())
                .forEach(
                    c ->
                        assertThat(rowsOfMart.select(c.name()).distinct().collectAsList())
                            .as(mart.name() + "." + c.name())
                            .map(r -> r.<String>getAs(0))
                            .filteredOn(Objects::nonNull)
                            .allMatch(v -> c.codes().get().admits(v))));
  }
}
