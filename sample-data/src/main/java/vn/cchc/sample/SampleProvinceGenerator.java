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
  public static final Path DEFAULT_NATIONAL_OUTPUT = Path.of("sample-data", "national");
  private static final Logger LOG = LogManager.getLogger(SampleProvinceGenerator.class);

  private SampleProvinceGenerator() {}

  static final CommandLine COMMAND_LINE =
      CommandLine.of(
              """
      Cách dùng: ./cchc sample [THƯ_MỤC] [--scale province|national|N]
        Sinh dữ liệu mẫu (TỔNG HỢP, không phải số liệu thật) vào THƯ_MỤC; seed cố định nên mỗi lần chạy
        ghi ra cùng các tệp.
        --scale province  tỉnh mẫu An Giang (mặc định), vào sample-data/province
        --scale national  cả nước trên danh mục thật: 63 tỉnh cũ với 10.040 đơn vị cấp xã đến 30/6/2025,
                          34 tỉnh với 3.321 xã, phường, đặc khu từ 1/7/2025; mỗi tỉnh một thư mục,
                          vào sample-data/national (không đưa vào git)
        --scale N         cả nước, với số người trả lời SIPAS gấp N lần (N = 1 là national)""")
          .option("scale")
          .positionals();

  public static void main(String[] args) {
    Path out;
    int national;
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
      national = nationalScale(a.value("scale", "province"));
      out =
          a.positionals().stream()
              .findFirst()
              .map(Path::of)
              .orElse(
                  home(System.getenv())
                      .resolve(national > 0 ? DEFAULT_NATIONAL_OUTPUT : DEFAULT_OUTPUT));
    } catch (CchcException e) {
      System.exit(COMMAND_LINE.refuse(e, System.err));
      return;
    }
    if (national > 0) {
      List<Path> files = NationalSample.generate(out, national);
      LOG.info("Wrote {} files of the national sample to {}", files.size(), out.toAbsolutePath());
      return;
    }
    List<Path> files = generate(out);
    LOG.info("Wrote {} files of the sample province to {}", files.size(), out.toAbsolutePath());
  }

  /** Where the default folders are: the checkout {@code ./cchc} runs from, else here. */
  static Path home(java.util.Map<String, String> env) {
    String home = env.get("CCHC_HOME");
    return home == null || home.isBlank() ? Path.of("") : Path.of(home);
  }

  /** 0 for the sample province, else the multiple of the national survey size. */
  static int nationalScale(String scale) {
    switch (scale) {
      case "province":
        return 0;
      case "national":
        return 1;
      default:
        try {
          int n = Integer.parseInt(scale);
          if (n >= 1 && n <= 100) {
            return n;
          }
        } catch (NumberFormatException e) {
          // refused below
        }
        throw new CchcException(
            ErrorCode.INVALID_ARGUMENT,
            "--scale phải là province, national hoặc một số nguyên từ 1 đến 100, không phải '"
                + scale
                + "'");
    }
  }

  /** Builds the sample in memory. */
  public static SampleProvince build() {
    return build(SampleRegistry.build(), SEED, "", 1.0);
  }

  /**
   * Builds the data of one province's registry in memory.
   *
   * @param seed the seed every random draw derives from
   * @param idPrefix put before inspection and SIPAS respondent ids (empty for the sample province;
   *     the province's code in a national run, where they must not collide)
   * @param sipasFactor the SIPAS respondents of a year as a multiple of the sample province's
   */
  public static SampleProvince build(
      SampleRegistry registry, long seed, String idPrefix, double sipasFactor) {
    MethodologyCatalogue catalogue = MethodologyCatalogue.build();
    YearQuality quality = new YearQuality(UnitProfiles.draw(registry, seed + 1), seed + 2);
    ScoreGenerator scores = new ScoreGenerator(catalogue, registry, quality, seed + 3).run();
    SurveyGenerator surveys =
        new SurveyGenerator(catalogue, registry, quality, seed + 4, idPrefix, sipasFactor).run();
    InspectionGenerator inspections =
        new InspectionGenerator(catalogue, registry, quality, scores, seed + 5, idPrefix).run();
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
    return SampleFiles.write(tables(build()), dir);
  }

  /** The tables of a built province, as the files are written. */
  public static SampleFiles.Tables tables(SampleProvince p) {
    return new SampleFiles.Tables(
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
        p.findings());
  }
}
