package vn.cchc.sample;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import vn.cchc.sample.methodology.MethodologyCatalogue;
import vn.cchc.sample.output.SampleFiles;
import vn.cchc.sample.survey.SurveyDesigns;
import vn.cchc.sample.unit.RegistryExtract;
import vn.cchc.sample.unit.RegistryExtract.Province;
import vn.cchc.sample.unit.SampleRegistry;

/**
 * The SYNTHETIC data of the whole country on its real registry: for each of the 34 provinces of 1
 * July 2025, the old provinces it was formed from with their departments, districts and communes
 * (63 provinces and 10,040 commune-level units until 30 June 2025), its own departments and
 * communes (3,321 in all) with the real lineage, and six years of scores, appraisals, surveys and
 * inspections drawn as for the sample province. The methodology and the survey questions are
 * written once at the top; each province's files go to a folder of their own ({@code
 * 91-an-giang/}), so that {@code ./cchc ingest DIR} loads the country in one batch.
 *
 * <p>Every province is drawn from its own seed, derived from the sample's and the province code, so
 * a province's files do not depend on which others are generated. Inspection and SIPAS respondent
 * ids carry the province code ({@code T91-KT2024-001}); everything else is keyed by the official
 * codes, which do not collide across provinces.
 */
public final class NationalSample {
  private NationalSample() {}

  /**
   * Writes the country into {@code dir}; {@code sipasScale} multiplies each province's SIPAS
   * respondents (1 for the survey size the sample province has). Returns the files written.
   */
  public static List<Path> generate(Path dir, int sipasScale) {
    RegistryExtract country = RegistryExtract.loadNational();
    MethodologyCatalogue catalogue = MethodologyCatalogue.build();
    List<Path> written =
        new ArrayList<>(
            SampleFiles.writeShared(
                catalogue.versionsTable(),
                catalogue.criteriaTable(),
                catalogue.bandsTable(),
                new SurveyDesigns(catalogue).questionsTable(),
                dir));
    List<List<Path>> provinces =
        country.newProvinceCodes().parallelStream()
            .map(code -> write(country, code, sipasScale, dir))
            .collect(Collectors.toList());
    provinces.forEach(written::addAll);
    return written;
  }

  /** The folder of a province's files: its code and its name without diacritics. */
  public static String folderOf(String code, String name) {
    String plain =
        Normalizer.normalize(
                name.replaceFirst("^(Tỉnh|Thành phố) ", "").replace('đ', 'd').replace('Đ', 'D'),
                Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-");
    return code + "-" + plain;
  }

  /** One new province's data, drawn from its own seed. */
  static SampleProvince province(RegistryExtract country, String code, int sipasScale) {
    RegistryExtract slice = country.slice(code);
    long oldProvinces = slice.provinces().stream().filter(Province::legacy).count();
    return SampleProvinceGenerator.build(
        SampleRegistry.build(slice),
        SampleProvinceGenerator.SEED + 1_000L * Integer.parseInt(code),
        "T" + code + "-",
        sipasScale * oldProvinces / 2.0);
  }

  private static List<Path> write(RegistryExtract country, String code, int sipasScale, Path dir) {
    SampleProvince p = province(country, code, sipasScale);
    String name =
        country.slice(code).provinces().stream()
            .filter(pr -> !pr.legacy())
            .findFirst()
            .orElseThrow()
            .name();
    return SampleFiles.writeProvince(
        SampleProvinceGenerator.tables(p), dir.resolve(folderOf(code, name)));
  }
}
