package vn.cchc.sample;

import java.util.Map;
import vn.cchc.sample.methodology.MethodologyCatalogue;
import vn.cchc.sample.output.Table;
import vn.cchc.sample.score.ScoreGenerator;
import vn.cchc.sample.unit.SampleRegistry;

/**
 * The generated sample in memory: every input table, plus the catalogue, registry and score totals
 * it was drawn from (tests check realism against them).
 */
public record SampleProvince(
    MethodologyCatalogue catalogue,
    SampleRegistry registry,
    ScoreGenerator scores,
    Table methodologyVersions,
    Table criteria,
    Table bands,
    Table units,
    Table unitLineage,
    Table surveyQuestions,
    Map<Integer, Table> selfScores,
    Map<Integer, Table> appraisals,
    Table adjustments,
    Map<Integer, Table> surveyResponses,
    Table inspections,
    Table findings) {}
