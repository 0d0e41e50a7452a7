package vn.cchc.transforms.quality;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.format_string;
import static org.apache.spark.sql.functions.lit;
import static vn.cchc.transforms.Frames.using;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.methodology.AppraisalRound;
import vn.cchc.model.methodology.ScoreSource;
import vn.cchc.model.quality.QualityRule;
import vn.cchc.transforms.SparkSchemas;
import vn.cchc.transforms.TransformInputs;
import vn.cchc.transforms.index.AssessedUnits;
import vn.cchc.transforms.index.ScoreFacts;
import vn.cchc.transforms.trend.UnitLineage;
import vn.cchc.transforms.unit.UnitVersions;

/**
 * Mart {@code data_quality}: every rule violation met while transforming, so that nothing is fixed
 * silently.
 */
public final class DataQuality {
  private DataQuality() {}

  /** Tolerance for comparing points that went through decimal input. */
  static final double POINT_TOLERANCE = 1e-9;

  public static final String UNIT_LINEAGE = "unit_lineage";

  /** The order in which an UNRESOLVED_UNIT detail lists the tables. */
  static final List<String> RESOLVED_TABLES =
      List.of(
          UnitVersions.SELF_SCORES,
          UnitVersions.APPRAISALS,
          UnitVersions.ADJUSTMENTS,
          UnitVersions.SURVEY_RESPONSES,
          UnitVersions.INSPECTIONS,
          UnitVersions.FINDINGS,
          UNIT_LINEAGE);

  private static final DateTimeFormatter VI_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  public static Dataset<Row> compute(
      TransformInputs in, Dataset<Row> scoreFacts, Dataset<Row> indexScores) {
    SparkSession spark = scoreFacts.sparkSession();
    UnitLineage lineage = UnitLineage.of(UnitVersions.registry(in));
    Dataset<Row> noScores =
        AssessedUnits.assessed(in)
            .join(AssessedUnits.scoredUnits(in), using("year", "unit_key"), "left_anti")
            .select(
                rule(QualityRule.UNIT_NO_SCORES),
                severity(QualityRule.UNIT_NO_SCORES),
                col("year"),
                col("unit_code"),
                col("unit_key"),
                lit(null).cast("string").as("sub_criterion_code"),
                format_string(
                        "Đơn vị không có điểm tự đánh giá hay thẩm định nào năm %d: không tính chỉ số",
                        col("year"))
                    .as("detail_vi"));

    Dataset<Row> notAppraised =
        facts(
            scoreFacts,
            col("score_source").equalTo(ScoreSource.SELF_PROVISIONAL.name()),
            QualityRule.MISSING_ROUND1,
            format_string(
                "Điểm tự đánh giá %s chưa được thẩm định: tạm tính điểm tự chấm, chỉ số của đơn vị là tạm tính",
                col("self_points").cast("string")));
    Dataset<Row> missingSelf =
        facts(
            scoreFacts,
            col("score_source").equalTo(ScoreSource.MISSING.name()),
            QualityRule.MISSING_SELF_SCORE,
            lit("Không có điểm tự đánh giá hay thẩm định: tính 0 điểm"));
    Dataset<Row> noAnswers =
        facts(
            scoreFacts,
            col("score_source").equalTo(ScoreSource.NO_ANSWERS.name()),
            QualityRule.SURVEY_NO_ANSWERS,
            lit(
                "Tiêu chí đánh giá qua điều tra xã hội học không có câu trả lời nào được tính (không có"
                    + " câu hỏi nào ghi mã tiêu chí này, hoặc không ai trả lời về đơn vị trong năm):"
                    + " tạm tính 0 điểm, chỉ số của đơn vị là tạm tính"));
    Column aboveMax =
        col("appraisal_r1_points")
            .gt(col("max_points").plus(POINT_TOLERANCE))
            .or(col("appraisal_r2_points").gt(col("max_points").plus(POINT_TOLERANCE)));
    Dataset<Row> overMax =
        facts(
            scoreFacts,
            aboveMax,
            QualityRule.APPRAISED_ABOVE_MAX,
            format_string("Điểm thẩm định vượt điểm tối đa %s", col("max_points").cast("string")));

    Dataset<Row> appraisals = UnitVersions.atYearEnd(in.appraisals(), in);
    Dataset<Row> round1 =
        appraisals
            .filter(col("round").equalTo(AppraisalRound.FIRST.number()))
            .select("year", "unit_code", "sub_criterion_code");
    Dataset<Row> missingRound1 =
        appraisals
            .filter(col("round").equalTo(AppraisalRound.SECOND.number()))
            .join(round1, using("year", "unit_code", "sub_criterion_code"), "left_anti")
            .select(
                rule(QualityRule.ROUND2_WITHOUT_ROUND1),
                severity(QualityRule.ROUND2_WITHOUT_ROUND1),
                col("year"),
                col("unit_code"),
                col("unit_key"),
                col("sub_criterion_code"),
                format_string(
                        "Có điểm thẩm định lần 2 (%s) nhưng không có lần 1; dùng điểm lần 2",
                        col("points").cast("string"))
                    .as("detail_vi"));

    Dataset<Row> unknownAnswers =
        ScoreFacts.indexSurveyAnswers(in)
            .filter(col("answer_weight").isNull())
            .groupBy("year", "unit_code", "unit_key", "sub_criterion_code")
            .agg(count(lit(1)).as("n"))
            .select(
                rule(QualityRule.SURVEY_UNKNOWN_ANSWER),
                severity(QualityRule.SURVEY_UNKNOWN_ANSWER),
                col("year"),
                col("unit_code"),
                col("unit_key"),
                col("sub_criterion_code"),
                format_string(
                        "%d câu trả lời không thuộc các phương án của câu hỏi: bỏ qua", col("n"))
                    .as("detail_vi"));

    Dataset<Row> scales = in.bands().select("version", "bloc").distinct();
    Dataset<Row> noBands =
        indexScores
            .select("year", "unit_code", "unit_key", "version", "bloc")
            .join(scales, using("version", "bloc"), "left_anti")
            .select(
                rule(QualityRule.NO_BAND_SCALE),
                severity(QualityRule.NO_BAND_SCALE),
                col("year"),
                col("unit_code"),
                col("unit_key"),
                lit(null).cast("string").as("sub_criterion_code"),
                format_string(
                        "Phiên bản %s không có thang xếp loại cho khối %s: không xếp loại",
                        col("version"), col("bloc"))
                    .as("detail_vi"));

    Dataset<Row> all = noScores;
    for (Dataset<Row> d :
        List.of(
            notAppraised,
            missingSelf,
            noAnswers,
            overMax,
            missingRound1,
            unknownAnswers,
            noBands,
            unresolvedUnits(in, lineage, spark),
            lineageCycles(lineage, spark))) {
      all = all.unionByName(d);
    }
    return SparkSchemas.conform(all, MartTables.DATA_QUALITY);
  }

  private static Dataset<Row> facts(
      Dataset<Row> scoreFacts, Column condition, QualityRule rule, Column detail) {
    return scoreFacts
        .filter(condition)
        .select(
            rule(rule),
            severity(rule),
            col("year"),
            col("unit_code"),
            col("unit_key"),
            col("sub_criterion_code"),
            detail.as("detail_vi"));
  }

  private static Column rule(QualityRule rule) {
    return lit(rule.name()).as("rule");
  }

  private static Column severity(QualityRule rule) {
    return lit(rule.severity().name()).as("severity");
  }

  /**
   * UNRESOLVED_UNIT, one row per year and code: the rows of each table whose code has no version on
   * the day it is resolved at, left out of every mart.
   */
  static Dataset<Row> unresolvedUnits(TransformInputs in, UnitLineage lineage, SparkSession spark) {
    Map<List<Object>, Long> links =
        new TreeMap<>(
            (a, b) -> {
              int c = Integer.compare((Integer) a.get(0), (Integer) b.get(0));
              return c != 0 ? c : ((String) a.get(1)).compareTo((String) b.get(1));
            });
    for (UnitLineage.UnresolvedLink u : lineage.unresolved()) {
      for (String code : u.codes()) {
        links.merge(List.of(u.link().effectiveDate().getYear(), code), 1L, Long::sum);
      }
    }
    List<Row> rows = new ArrayList<>();
    links.forEach((k, n) -> rows.add(RowFactory.create(UNIT_LINEAGE, k.get(0), k.get(1), n)));
    StructType schema =
        new StructType()
            .add("table", DataTypes.StringType)
            .add("year", DataTypes.IntegerType)
            .add("unit_code", DataTypes.StringType)
            .add("rows", DataTypes.LongType);
    Dataset<Row> counts =
        UnitVersions.unresolved(in).unionByName(spark.createDataFrame(rows, schema));
    Column order =
        functions.array_position(
            functions.array(RESOLVED_TABLES.stream().map(functions::lit).toArray(Column[]::new)),
            col("table"));
    return counts
        .withColumn(
            "part",
            functions.struct(
                order.as("o"), format_string("%d dòng %s", col("rows"), col("table")).as("t")))
        .groupBy("year", "unit_code")
        .agg(
            expr("array_join(transform(sort_array(collect_list(part)), p -> p.t), ', ')")
                .as("parts"))
        .select(
            rule(QualityRule.UNRESOLVED_UNIT),
            severity(QualityRule.UNRESOLVED_UNIT),
            col("year"),
            col("unit_code"),
            lit(null).cast("string").as("unit_key"),
            lit(null).cast("string").as("sub_criterion_code"),
            format_string(
                    "Mã đơn vị %s không ứng với đơn vị nào có hiệu lực vào ngày tra cứu của năm %d"
                        + " (31/12 với điểm và khảo sát, ngày bắt đầu với đợt kiểm tra, ngày hiệu lực với sáp nhập):"
                        + " %s bị loại khỏi chỉ số và các bảng kết quả",
                    col("unit_code"), col("year"), col("parts"))
                .as("detail_vi"));
  }

  /**
   * LINEAGE_CYCLE, one row per year and predecessor code: links on a cycle, set aside by the
   * restatement.
   */
  static Dataset<Row> lineageCycles(UnitLineage lineage, SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (UnitLineage.VersionLink l : lineage.cyclic()) {
      rows.add(
          RowFactory.create(
              l.effectiveDate().getYear(),
              l.fromCode(),
              l.fromKey(),
              l.fromCode() + " → " + l.toCode() + " ngày " + VI_DAY.format(l.effectiveDate())));
    }
    StructType schema =
        new StructType()
            .add("year", DataTypes.IntegerType)
            .add("unit_code", DataTypes.StringType)
            .add("from_key", DataTypes.StringType)
            .add("link", DataTypes.StringType);
    return spark
        .createDataFrame(rows, schema)
        .groupBy("year", "unit_code")
        .agg(
            functions.array_join(functions.sort_array(collect_list("link")), ", ").as("links"),
            functions.countDistinct("from_key").as("keys"),
            functions.min("from_key").as("from_key"))
        .select(
            rule(QualityRule.LINEAGE_CYCLE),
            severity(QualityRule.LINEAGE_CYCLE),
            col("year"),
            col("unit_code"),
            functions.when(col("keys").equalTo(1), col("from_key")).as("unit_key"),
            lit(null).cast("string").as("sub_criterion_code"),
            format_string(
                    "Liên kết %s nằm trong một vòng lặp của lịch sử đơn vị (một phiên bản đơn vị thành tiền"
                        + " thân của chính nó): bỏ qua khi quy đổi AS_IS",
                    col("links"))
                .as("detail_vi"));
  }
}
