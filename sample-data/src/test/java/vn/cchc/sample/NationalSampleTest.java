package vn.cchc.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.unit.LineageKind;
import vn.cchc.model.unit.LineageLink;
import vn.cchc.model.unit.Unit;
import vn.cchc.model.unit.UnitRegistry;
import vn.cchc.sample.output.Table;
import vn.cchc.sample.unit.RegistryExtract;
import vn.cchc.sample.unit.SampleRegistry;

/**
 * The national sample stands on the whole real registry: the counts the state publishes (63
 * provinces and 10,040 commune-level units before 1 July 2025, 34 and 3,321 after), the national
 * extract read as plain text, and one province's slice of it equal to the sample province's own
 * registry.
 */
class NationalSampleTest {
  private static final Path NATIONAL =
      RepoRoot.find().resolve("sample-data/src/main/resources/vn/cchc/sample/registry/national");
  private static RegistryExtract country;

  @BeforeAll
  static void load() {
    country = RegistryExtract.loadNational();
  }

  @Test
  void theExtractHoldsTheWholeCountryBeforeAndAfterTheRestructuring() throws IOException {
    assertThat(country.provinces().stream().filter(RegistryExtract.Province::legacy)).hasSize(63);
    assertThat(country.newProvinceCodes()).hasSize(34);
    // 10,040 commune-level units before: 10,035 communes and 5 island districts without communes
    assertThat(country.oldCommunes()).hasSize(10_035);
    assertThat(country.transitions().stream().filter(RegistryExtract.Transition::fromDistrict))
        .extracting(RegistryExtract.Transition::oldCode)
        .containsExactlyInAnyOrder("318", "471", "498", "536", "755");
    assertThat(country.newCommunes()).hasSize(3_321);
    assertThat(country.districts()).hasSize(696);
    // read as text, not through the generator's reader
    assertThat(lines("communes_legacy.csv")).hasSize(10_035 + 1);
    assertThat(lines("communes_2025.csv")).hasSize(3_321 + 1);
    Set<String> successors =
        lines("transition_2025.csv").stream()
            .skip(1)
            .map(l -> l.split(",", -1)[1])
            .collect(Collectors.toSet());
    assertThat(successors).hasSize(3_321);
  }

  @Test
  void everyOldProvinceBecamePartOfExactlyOneNewOne() {
    assertThat(country.provinceTransitions()).hasSize(63);
    assertThat(
            country.provinceTransitions().stream()
                .map(RegistryExtract.ProvinceTransition::newCode)
                .distinct())
        .hasSize(34);
    // old Kiên Giang (91) and old An Giang (89) became the new An Giang (91); Hà Nội (01) stayed
    assertThat(country.slice("91").provinces())
        .extracting(RegistryExtract.Province::code, RegistryExtract.Province::legacy)
        .containsExactlyInAnyOrder(
            org.assertj.core.api.Assertions.tuple("89", true),
            org.assertj.core.api.Assertions.tuple("91", true),
            org.assertj.core.api.Assertions.tuple("91", false));
    assertThat(country.slice("01").provinces()).hasSize(2);
  }

  @Test
  void anGiangsSliceOfTheCountryIsTheSampleProvincesRegistry() {
    SampleRegistry fromCountry = SampleRegistry.build(country.slice("91"));
    SampleRegistry sample = SampleRegistry.build();
    assertThat(rows(fromCountry.unitsTable())).isEqualTo(rows(sample.unitsTable()));
    assertThat(rows(fromCountry.lineageTable())).isEqualTo(rows(sample.lineageTable()));
  }

  @Test
  void aProvinceThatMergedWithNoOtherIsReestablishedUnderItsOwnCode() {
    SampleRegistry hanoi = SampleRegistry.build(country.slice("01"));
    UnitRegistry r = hanoi.resolver();
    assertThat(r.versionOn("01", LocalDate.of(2025, 6, 30)).orElseThrow().name())
        .isEqualTo("Thành phố Hà Nội");
    Unit after = r.versionOn("01", LocalDate.of(2025, 7, 1)).orElseThrow();
    assertThat(after.validFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
    assertThat(hanoi.predecessorsOf(after))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.fromCode()).isEqualTo("01");
              assertThat(l.kind()).isEqualTo(LineageKind.RENAME);
              assertThat(l.share()).isEqualTo(1.0);
            });
    assertThat(hanoi.assessedVersion("01-SNV", 2025).name())
        .isEqualTo("Sở Nội vụ thành phố Hà Nội");
    assertThat(hanoi.assessedVersion("01-TTR", 2024).name())
        .isEqualTo("Thanh tra thành phố Hà Nội");
    assertThat(hanoi.assessedIn(2025).stream().filter(u -> u.bloc() == Bloc.XA)).hasSize(126);
  }

  @Test
  void anIslandDistrictWithoutCommunesBecameASpecialZone() {
    // Côn Đảo (755) belonged to Bà Rịa – Vũng Tàu, now part of Hồ Chí Minh City (79)
    SampleRegistry hcmc = SampleRegistry.build(country.slice("79"));
    Unit zone = hcmc.assessedVersion("26732", 2025);
    assertThat(zone.name()).isEqualTo("Đặc khu Côn Đảo");
    List<LineageLink> from = hcmc.predecessorsOf(zone);
    assertThat(from).extracting(LineageLink::fromCode).containsExactly("755");
    assertThat(hcmc.assessedVersion("755", 2024).bloc()).isEqualTo(Bloc.HUYEN);
  }

  @Test
  void aProvincesDataDependsOnlyOnItsOwnSeedAndCarriesItsCodeInItsIds() {
    SampleProvince once = NationalSample.province(country, "12", 1);
    SampleProvince again = NationalSample.province(country, "12", 1);
    assertThat(rows(once.selfScores().get(2023))).isEqualTo(rows(again.selfScores().get(2023)));
    assertThat(once.inspections().rows())
        .isNotEmpty()
        .allMatch(r -> ((String) r[0]).startsWith("T12-KT"));
    Table sipas = once.surveyResponses().get(2024);
    assertThat(sipas.rows().stream().map(r -> (String) sipas.value(r, "respondent_id")))
        .anyMatch(id -> id.startsWith("T12-SP2024-"));
    // one old province: half the sample's two-province SIPAS (4,800 respondents in 2024)
    assertThat(
            sipas.rows().stream()
                .map(r -> (String) sipas.value(r, "respondent_id"))
                .filter(id -> id.startsWith("T12-SP"))
                .distinct())
        .hasSize(2_400);
  }

  @Test
  void foldersAreNamedByCodeAndPlainName() {
    assertThat(NationalSample.folderOf("46", "Thành phố Huế")).isEqualTo("46-hue");
    assertThat(NationalSample.folderOf("66", "Tỉnh Đắk Lắk")).isEqualTo("66-dak-lak");
    assertThat(NationalSample.folderOf("79", "Thành phố Hồ Chí Minh")).isEqualTo("79-ho-chi-minh");
  }

  @Test
  void theScaleIsProvinceNationalOrAMultiple() {
    assertThat(SampleProvinceGenerator.nationalScale("province")).isZero();
    assertThat(SampleProvinceGenerator.nationalScale("national")).isEqualTo(1);
    assertThat(SampleProvinceGenerator.nationalScale("4")).isEqualTo(4);
    for (String bad : List.of("0", "101", "country", "")) {
      assertThatThrownBy(() -> SampleProvinceGenerator.nationalScale(bad))
          .isInstanceOf(CchcException.class)
          .hasMessageContaining("--scale");
    }
  }

  private static List<String> rows(Table t) {
    return t.rows().stream().map(Arrays::toString).toList();
  }

  private static List<String> lines(String file) throws IOException {
    return Files.readAllLines(NATIONAL.resolve(file), StandardCharsets.UTF_8);
  }
}
