package vn.cchc.transforms.survey;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.when;
import static vn.cchc.transforms.Frames.using;
import static vn.cchc.transforms.StableAggregates.sum;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.survey.QuestionPurpose;
import vn.cchc.model.survey.SipasComponent;
import vn.cchc.model.survey.SurveyScale;
import vn.cchc.transforms.SparkSchemas;
import vn.cchc.transforms.TransformInputs;
import vn.cchc.transforms.unit.UnitVersions;

/**
 * Mart {@code satisfaction}: SIPAS answers (LIKERT5, 4 and 5 satisfied) per unit, component and
 * overall, with a Wilson score interval. A question is SIPAS when its component is a SIPAS
 * component ({@link QuestionPurpose#feedsSatisfaction}), whatever its survey's code. The interval
 * takes n = respondents, so several questions of one respondent count once.
 */
public final class Satisfaction {
  private Satisfaction() {}

  public static final String OVERALL = SipasComponent.OVERALL_CODE;

  /** The 97.5 % standard normal quantile. */
  public static final double Z95 = 1.959963984540054;

  public static Dataset<Row> compute(TransformInputs in, int smallSampleRespondents) {
    Dataset<Row> questions =
        in.surveyQuestions()
            .filter(
                col("component")
                    .isin(QuestionPurpose.SIPAS_COMPONENTS.values().toArray())
                    .and(col("scale").equalTo(SurveyScale.LIKERT5.name())))
            .select("survey_code", "question_code", "component");
    Dataset<Row> answers =
        UnitVersions.surveyResponses(in)
            .join(questions, using("survey_code", "question_code"))
            // digits only reach the cast: the filter on score is pushed below the join onto every
            // answer, and a failing try_cast builds an exception (letters of the index survey,
            // millions
            // of times at national scale)
            .withColumn(
                "score",
                expr(
                    "CASE WHEN trim(answer) RLIKE '^[+-]?[0-9]+$' THEN try_cast(trim(answer) AS INT)"
                        + " END"))
            .filter(col("score").between(1, 5));
    Dataset<Row> all = answers.unionByName(answers.withColumn("component", lit(OVERALL)));
    Column w = col("weight");
    Dataset<Row> stats =
        all.groupBy("year", "unit_code", "unit_key", "survey_code", "component")
            .agg(
                countDistinct("respondent_id").cast("int").as("respondents"),
                count(lit(1)).cast("int").as("answers"),
                sum(when(col("score").geq(4), w).otherwise(lit(0.0))).divide(sum(w)).as("p"),
                sum(w.multiply(col("score"))).divide(sum(w)).as("mean_score"));
    Dataset<Row> withInterval =
        withWilson(stats, col("p"), col("respondents"))
            .withColumn("satisfied_pct", col("p").multiply(100))
            .withColumn("small_sample", col("respondents").lt(smallSampleRespondents));
    Dataset<Row> designs = answers.groupBy("year").agg(min("survey_code").as("design"));
    Dataset<Row> previousDesigns =
        designs.select(col("year").plus(1).as("year"), col("design").as("previous_design"));
    Dataset<Row> breaks =
        designs
            .join(previousDesigns, using("year"), "left")
            .withColumn(
                "design_break",
                col("previous_design")
                    .isNotNull()
                    .and(col("previous_design").notEqual(col("design"))))
            .select("year", "design_break");
    return SparkSchemas.conform(withInterval.join(breaks, using("year")), MartTables.SATISFACTION);
  }

  /**
   * Adds wilson_low_pct and wilson_high_pct (in %) for proportion {@code p} of {@code n} trials.
   */
  public static Dataset<Row> withWilson(Dataset<Row> frame, Column p, Column n) {
    Column z2 = lit(Z95 * Z95);
    Column denom = lit(1.0).plus(z2.divide(n));
    Column center = p.plus(z2.divide(n.multiply(2))).divide(denom);
    Column half =
        lit(Z95)
            .multiply(
                sqrt(
                    p.multiply(lit(1.0).minus(p))
                        .divide(n)
                        .plus(z2.divide(n.multiply(n).multiply(4)))))
            .divide(denom);
    return frame
        .withColumn("wilson_low_pct", greatest(lit(0.0), center.minus(half)).multiply(100))
        .withColumn("wilson_high_pct", least(lit(1.0), center.plus(half)).multiply(100));
  }
}
