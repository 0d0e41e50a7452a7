package vn.cchc.transforms.index;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.trim;
import static org.apache.spark.sql.functions.upper;
import static org.apache.spark.sql.functions.when;
import static vn.cchc.transforms.Frames.using;
import static vn.cchc.transforms.StableAggregates.sum;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.methodology.AppraisalRound;
import vn.cchc.model.methodology.Assessment;
import vn.cchc.model.methodology.ScoreSource;
import vn.cchc.model.survey.OptionWeights;
import vn.cchc.model.survey.QuestionPurpose;
import vn.cchc.transforms.SparkSchemas;
import vn.cchc.transforms.TransformInputs;
import vn.cchc.transforms.unit.UnitVersions;

/**
 * Mart {@code score_facts}: one row per assessed unit version, year and sub-criterion of the
 * methodology in force. Scores, appraisals and survey answers join their unit through {@link
 * UnitVersions} (31 December of their year); rows that do not resolve are counted in {@code
 * data_quality}, never joined by code alone.
 */
public final class ScoreFacts {
  private ScoreFacts() {}

  /** The sources whose points may still change: they make the item and the index provisional. */
  private static final Object[] PROVISIONAL_SOURCES =
      Arrays.stream(ScoreSource.values())
          .filter(ScoreSource::isProvisional)
          .map(ScoreSource::name)
          .toArray();

  public static Dataset<Row> compute(TransformInputs in) {
    Dataset<Row> subCriteria =
        in.criteria()
            .filter(col("sub_criterion_code").isNotNull())
            .select(
                "version",
                "bloc",
                "field_code",
                "criterion_code",
                "sub_criterion_code",
                "max_points",
                "assessment");

    Dataset<Row> grid =
        AssessedUnits.assessed(in)
            .join(AssessedUnits.scoredUnits(in), using("year", "unit_key"))
            .join(subCriteria, using("version", "bloc"));

    Dataset<Row> self =
        UnitVersions.selfScores(in)
            .select(
                col("year"),
                col("unit_key"),
                col("sub_criterion_code"),
                col("points").as("self_points"),
                col("applicable").as("self_applicable"),
                col("batch_id").as("s_batch"),
                col("source_file").as("s_file"),
                col("source_row").as("s_row"));
    Dataset<Row> round1 = appraisalRound(in, AppraisalRound.FIRST, "r1");
    Dataset<Row> round2 = appraisalRound(in, AppraisalRound.SECOND, "r2");
    Dataset<Row> survey = surveyShares(in);

    Dataset<Row> joined =
        grid.join(self, using("year", "unit_key", "sub_criterion_code"), "left")
            .join(round1, using("year", "unit_key", "sub_criterion_code"), "left")
            .join(round2, using("year", "unit_key", "sub_criterion_code"), "left")
            .join(survey, using("year", "unit_key", "sub_criterion_code"), "left");

    Column isSurvey = col("assessment").equalTo(Assessment.SURVEY.name());
    Column applicable =
        when(isSurvey, lit(true)).otherwise(coalesce(col("self_applicable"), lit(true)));
    Dataset<Row> withApplicable =
        joined
            .withColumn("applicable", applicable)
            .withColumn(
                "survey_points", when(isSurvey, col("max_points").multiply(col("survey_share"))));
    Column app = col("applicable");

    Column source =
        when(app.equalTo(false), code(ScoreSource.NOT_APPLICABLE))
            .when(isSurvey.and(col("survey_points").isNotNull()), code(ScoreSource.SURVEY))
            .when(isSurvey, code(ScoreSource.NO_ANSWERS))
            .when(col("r2_points").isNotNull(), code(ScoreSource.APPRAISAL_R2))
            .when(col("r1_points").isNotNull(), code(ScoreSource.APPRAISAL_R1))
            .when(col("self_points").isNotNull(), code(ScoreSource.SELF_PROVISIONAL))
            .otherwise(code(ScoreSource.MISSING));
    Dataset<Row> sourced = withApplicable.withColumn("score_source", source);
    Column src = col("score_source");

    Column finalPoints =
        when(src.equalTo(ScoreSource.NOT_APPLICABLE.name()), lit(null).cast("double"))
            .when(src.equalTo(ScoreSource.SURVEY.name()), col("survey_points"))
            .when(src.equalTo(ScoreSource.APPRAISAL_R2.name()), col("r2_points"))
            .when(src.equalTo(ScoreSource.APPRAISAL_R1.name()), col("r1_points"))
            .when(src.equalTo(ScoreSource.SELF_PROVISIONAL.name()), col("self_points"))
            .otherwise(lit(0.0));

    Dataset<Row> out =
        sourced
            .withColumn("appraisal_r1_points", col("r1_points"))
            .withColumn("appraisal_r2_points", col("r2_points"))
            .withColumn("final_points", finalPoints)
            .withColumn("provisional", src.isin(PROVISIONAL_SOURCES))
            .withColumn("source_batch_id", provenance(src, "batch"))
            .withColumn("source_file", provenance(src, "file"))
            .withColumn("source_row", provenance(src, "row"));
    return SparkSchemas.conform(out, MartTables.SCORE_FACTS);
  }

  private static Column code(ScoreSource source) {
    return lit(source.name());
  }

  private static Column provenance(Column source, String suffix) {
    return when(source.equalTo(ScoreSource.APPRAISAL_R2.name()), col("r2_" + suffix))
        .when(source.equalTo(ScoreSource.APPRAISAL_R1.name()), col("r1_" + suffix))
        .when(
            source
                .equalTo(ScoreSource.SELF_PROVISIONAL.name())
                .or(source.equalTo(ScoreSource.NOT_APPLICABLE.name())),
            col("s_" + suffix));
  }

  private static Dataset<Row> appraisalRound(
      TransformInputs in, AppraisalRound round, String prefix) {
    return UnitVersions.appraisals(in)
        .filter(col("round").equalTo(round.number()))
        .select(
            col("year"),
            col("unit_key"),
            col("sub_criterion_code"),
            col("points").as(prefix + "_points"),
            col("batch_id").as(prefix + "_batch"),
            col("source_file").as(prefix + "_file"),
            col("source_row").as(prefix + "_row"));
  }

  /**
   * year, unit_key, sub_criterion_code, survey_share, survey_answers: the answers of year Y to the
   * questions that name a sub-criterion ({@link QuestionPurpose#feedsIndex}), whatever their
   * survey's code, give that SURVEY sub-criterion of the methodology in force in Y its maximum ×
   * survey_share, the weighted mean of the answers' option weights.
   */
  static Dataset<Row> surveyShares(TransformInputs in) {
    Dataset<Row> answers = indexSurveyAnswers(in).filter(col("unit_key").isNotNull());
    // an answer outside the question's options earns nothing and counts for nothing; data_quality
    // lists it
    return answers
        .filter(col("answer_weight").isNotNull())
        .groupBy(col("year"), col("unit_key"), col("sub_criterion_code"))
        .agg(
            sum(col("weight").multiply(col("answer_weight")))
                .divide(sum(col("weight")))
                .as("survey_share"),
            count(lit(1)).cast("int").as("survey_answers"));
  }

  /**
   * Answers to questions that feed a sub-criterion of the index (those naming a {@code
   * sub_criterion_code}, {@link QuestionPurpose}), with answer_weight (null when the answer is not
   * one of the question's options) and unit_key (null when the code does not resolve at 31 December
   * of the year).
   */
  public static Dataset<Row> indexSurveyAnswers(TransformInputs in) {
    Dataset<Row> questions =
        in.surveyQuestions()
            .filter(col("sub_criterion_code").isNotNull())
            .select(
                col("survey_code"),
                col("question_code"),
                col("sub_criterion_code"),
                col("scale"),
                col("option_weights"));
    Dataset<Row> answers =
        in.surveyResponses()
            .select("year", "survey_code", "unit_code", "question_code", "answer", "weight")
            .withColumn("option", upper(trim(col("answer"))));
    return UnitVersions.atYearEnd(answers, in)
        .join(broadcast(questions), using("survey_code", "question_code"))
        .join(
            broadcast(optionWeights(questions)),
            using("survey_code", "question_code", "option"),
            "left")
        .drop("option");
  }

  /**
   * survey_code, question_code, option, answer_weight: each option of each question and its weight,
   * from the question's {@code option_weights} (letters without case, spaces ignored, decimal comma
   * allowed), else the LIKERT5 default. Computed once per question (a few hundred rows) and joined
   * to the answers by {@code upper(trim(answer))}: parsing the text per answer cost a regular
   * expression and a map per row, millions of times at national scale. The LIKERT5 options are
   * digits, for which upper() changes nothing.
   */
  static Dataset<Row> optionWeights(Dataset<Row> questions) {
    Dataset<Row> listed =
        questions
            .filter(col("option_weights").isNotNull())
            .select(
                col("survey_code"),
                col("question_code"),
                explode(
                        expr(
                            "str_to_map(upper(regexp_replace(option_weights, '\\\\s', '')),"
                                + " ';', '=')"))
                    .as(new String[] {"option", "weight_text"}))
            .select(
                col("survey_code"),
                col("question_code"),
                col("option"),
                expr("try_cast(replace(weight_text, ',', '.') AS DOUBLE)").as("answer_weight"));
    Dataset<Row> likert =
        questions
            .filter(col("option_weights").isNull())
            .select(
                col("survey_code"),
                col("question_code"),
                explode(expr(likertDefaultSql())).as(new String[] {"option", "answer_weight"}));
    return listed.unionByName(likert);
  }

  private static String likertDefaultSql() {
    List<String> kv = new ArrayList<>();
    new TreeMap<>(OptionWeights.LIKERT5_DEFAULT.weights())
        .forEach((k, v) -> kv.add("'" + k + "', CAST(" + v + " AS DOUBLE)"));
    return "map(" + String.join(", ", kv) + ")";
  }
}
