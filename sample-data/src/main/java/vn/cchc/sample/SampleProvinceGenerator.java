package vn.cchc.sample;

import java.nio.file.Path;
import java.util.List;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.Logger;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.sample.inspection.InspectionGenerator;
import vn.cchc.sample.methodology.MethodologyCatalogue;
import vn.cchc.sample.output.SampleFiles;
import vn.cchc.sample.score.ScoreGenerator;
import vn.cchc.sample.survey.SurveyDesigns;
import vn.cchc.sample.survey.SurveyGenerator;
import vn.cchc.sample.unit.SampleRegistry;
import vn.cchc.sample.unit.UnitProfiles;
import vn.cchc.sample.unit.YearQuality;

/**
 * Generates the SYNTHETIC sample province: methodology, unit registry with the 2025 restructuring,
 * scores, surveys and inspections for 2020–2025. The seed is fixed, so every run writes the same
 * data.
 */
public final class SampleProvinceGenerator {
  public static final long SEED = 20_250_701L;
  public static final Path DEFAULT_OUTPUT = Path.of("sample-data", "province");
  private static final Logger LOG = LogManager.getLogger(SampleProvinceGenerator.class);

  private SampleProvinceGenerator() {}

  static final CommandLine COMMAND_LINE =
      CommandLine.of(
              """
      Cách dùng: ./cchc sample [THƯ_MỤC]
        Sinh lại dữ liệu mẫu (TỔNG HỢP, không phải số liệu thật) vào THƯ_MỤC (mặc định sample-data/province);
        seed cố định nên mỗi lần chạy ghi ra cùng các tệp.""")
          .positionals();

  public static void main(String[] args) {
    Path out;
    try {
      CommandLine.Arguments a = COMMAND_LINE.parse(args);
      if (a.help()) {
        COMMAND_LINE.printUsage(System.out);
        return;
      }
      if (a.positionals().size() > 1) {
        throw new CchcException(
            ErrorCode.INVALID_ARGUMENT, "Không thể hiểu tham số: " + a.positionals().get(1));
      }
      out = a.positionals().stream().findFirst().map(Path::of).orElse(DEFAULT_OUTPUT);
    } catch (CchcException e) {
      System.exit(COMMAND_LINE.refuse(e, System.err));
      return;
    }
    List<Path> files = generate(out);
    LOG.info("Wrote {} files of the sample province to {}", files.size(), out.toAbsolutePath());
  }

  /** Builds the sample in memory. */
  public static SampleProvince build() {
    MethodologyCatalogue catalogue = MethodologyCatalogue.build();
    SampleRegistry registry = SampleRegistry.build();
    YearQuality quality = new YearQuality(UnitProfiles.draw(registry, SEED + 1), SEED + 2);
    ScoreGenerator scores = new ScoreGenerator(catalogue, registry, quality, SEED + 3).run();
    SurveyGenerator surveys = new SurveyGenerator(catalogue, registry, quality, SEED + 4).run();
    InspectionGenerator inspections =
        new InspectionGenerator(catalogue, registry, quality, scores, SEED + 5).run();
    return new SampleProvince(
        catalogue,
        registry,
        scores,
        catalogue.versionsTable(),
        catalogue.criteriaTable(),
        catalogue.bandsTable(),
        registry.unitsTable(),
        registry.lineageTable(),
        new SurveyDesigns(catalogue).questionsTable(),
        scores.selfScores(),
        scores.appraisals(),
        scores.adjustments(),
        surveys.responses(),
        inspections.inspections(),
        inspections.findings());
  }

  /** Builds the sample and writes its files into {@code dir}; returns the files written. */
  public static List<Path> generate(Path dir) {
    SampleProvince p = build();
    return SampleFiles.write(
        new SampleFiles.Tables(
            p.methodologyVersions(),
            p.criteria(),
            p.bands(),
            p.units(),
            p.unitLineage(),
            p.surveyQuestions(),
            p.selfScores(),
            p.appraisals(),
            p.adjustments(),
            p.surveyResponses(),
            p.inspections(),
            p.findings()),
        dir);
  }
}
