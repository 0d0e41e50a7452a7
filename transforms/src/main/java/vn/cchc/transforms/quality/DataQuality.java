package vn.cchc.transforms.quality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static vn.cchc.transforms.Frames.using;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.cchc.model.mart.MartTables;
import vn.cchc.transforms.SparkSchemas;
import vn.cchc.transforms.TransformInputs;
import vn.cchc.transforms.index.AssessedUnits;
import vn.cchc.transforms.index.ScoreFacts;

/** Mart {@code data_quality}: every rule violation met while transforming, so that nothing is fixed silently. */
public final class DataQuality {
  private DataQuality() {}

  /** Tolerance for comparing points that went through decimal input. */
  static final double POINT_TOLERANCE = 1e-9;

  public static Dataset<Row> compute(TransformInputs in, Dataset<Row> scoreFacts, Dataset<Row> indexScores) {
    Dataset<Row> noScores = AssessedUnits.assessed(in)
        .join(AssessedUnits.scoredUnits(in), using("year", "unit_code"), "left_anti")
        .select(lit("UNIT_NO_SCORES").as("rule"), lit("ERROR").as("severity"), col("year"), col("unit_code"),
            lit(null).cast("string").as("sub_criterion_code"),
            format_string("Đơn vị không có điểm tự đánh giá hay thẩm định nào năm %d: không tính chỉ số",
                col("year")).as("detail_vi"));

    Dataset<Row> notAppraised = facts(scoreFacts, col("score_source").equalTo("SELF_PROVISIONAL"),
        "MISSING_ROUND1", "WARNING", format_string(
            "Điểm tự đánh giá %s chưa được thẩm định: tạm tính điểm tự chấm, chỉ số của đơn vị là tạm tính",
            col("self_points").cast("string")));
    Dataset<Row> missingSelf = facts(scoreFacts, col("score_source").equalTo("MISSING"),
        "MISSING_SELF_SCORE", "ERROR", lit("Không có điểm tự đánh giá hay thẩm định: tính 0 điểm"));
    Dataset<Row> noAnswers = facts(scoreFacts, col("score_source").equalTo("NO_ANSWERS"),
        "SURVEY_NO_ANSWERS", "ERROR", lit("Tiêu chí đánh giá qua điều tra xã hội học không có câu trả lời: tính 0 điểm"));
    Column aboveMax = col("appraisal_r1_points").gt(col("max_points").plus(POINT_TOLERANCE))
        .or(col("appraisal_r2_points").gt(col("max_points").plus(POINT_TOLERANCE)));
    Dataset<Row> overMax = facts(scoreFacts, aboveMax, "APPRAISED_ABOVE_MAX", "ERROR",
        format_string("Điểm thẩm định vượt điểm tối đa %s", col("max_points").cast("string")));

    Dataset<Row> round1 = in.appraisals().filter(col("round").equalTo(1))
        .select("year", "unit_code", "sub_criterion_code");
    Dataset<Row> missingRound1 = in.appraisals().filter(col("round").equalTo(2))
        .join(round1, using("year", "unit_code", "sub_criterion_code"), "left_anti")
        .select(lit("ROUND2_WITHOUT_ROUND1").as("rule"), lit("WARNING").as("severity"), col("year"), col("unit_code"),
            col("sub_criterion_code"),
            format_string("Có điểm thẩm định lần 2 (%s) nhưng không có lần 1; dùng điểm lần 2",
                col("points").cast("string")).as("detail_vi"));

    Dataset<Row> unknownAnswers = ScoreFacts.indexSurveyAnswers(in).filter(col("answer_weight").isNull())
        .groupBy("year", "unit_code", "sub_criterion_code").agg(count(lit(1)).as("n"))
        .select(lit("SURVEY_UNKNOWN_ANSWER").as("rule"), lit("ERROR").as("severity"), col("year"), col("unit_code"),
            col("sub_criterion_code"),
            format_string("%d câu trả lời không thuộc các phương án của câu hỏi: bỏ qua", col("n")).as("detail_vi"));

    Dataset<Row> scales = in.bands().select("version", "bloc").distinct();
    Dataset<Row> noBands = indexScores.select("year", "unit_code", "version", "bloc")
        .join(scales, using("version", "bloc"), "left_anti")
        .select(lit("NO_BAND_SCALE").as("rule"), lit("WARNING").as("severity"), col("year"),
            col("unit_code"), lit(null).cast("string").as("sub_criterion_code"),
            format_string("Phiên bản %s không có thang xếp loại cho khối %s: không xếp loại", col("version"),
                col("bloc")).as("detail_vi"));

    Dataset<Row> all = noScores;
    for (Dataset<Row> d : List.of(notAppraised, missingSelf, noAnswers, overMax, missingRound1, unknownAnswers,
        noBands)) {
      all = all.unionByName(d);
    }
    return SparkSchemas.conform(all, MartTables.DATA_QUALITY);
  }

  private static Dataset<Row> facts(Dataset<Row> scoreFacts, Column condition, String rule, String severity,
      Column detail) {
    return scoreFacts.filter(condition).select(lit(rule).as("rule"), lit(severity).as("severity"), col("year"),
        col("unit_code"), col("sub_criterion_code"), detail.as("detail_vi"));
  }
}
