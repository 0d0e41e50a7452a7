package vn.cchc.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.unit.LineageLink;
import vn.cchc.model.unit.Unit;
import vn.cchc.model.unit.UnitRegistry;

/**
 * The sample's registry is the real one: counts, names and codes against the checked-in extract of
 * {@code vietnamadminunits} (read here as plain text, not through the generator's reader) and
 * against literals taken from the package by hand; the lineage of every commune and the documented
 * share rule.
 */
class RealRegistryTest {
  private static final Path EXTRACT =
      RepoRoot.find().resolve("sample-data/src/main/resources/vn/cchc/sample/registry");
  private static final LocalDate LAST_OLD_DAY = LocalDate.of(2025, 6, 30);
  private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
  private static UnitRegistry registry;

  @BeforeAll
  static void generate() {
    registry = SampleProvinceGenerator.build().registry().resolver();
  }

  @Test
  void assessedUnitsAreTheRealCommunesDistrictsAndDepartmentsOfBothOldProvincesThenOfTheNewOne()
      throws IOException {
    assertThat(count(2024, Bloc.XA)).isEqualTo(298);
    assertThat(count(2024, Bloc.HUYEN)).isEqualTo(26);
    assertThat(count(2024, Bloc.SO)).isEqualTo(38);
    assertThat(count(2025, Bloc.XA)).isEqualTo(102);
    assertThat(count(2025, Bloc.HUYEN)).isZero();
    assertThat(count(2025, Bloc.SO)).isEqualTo(14);

    assertThat(namesOf(2024, Bloc.XA))
        .isEqualTo(column("communes_legacy.csv", "ward_code", "name"));
    assertThat(namesOf(2024, Bloc.HUYEN))
        .isEqualTo(column("districts.csv", "district_code", "name"));
    assertThat(namesOf(2025, Bloc.XA)).isEqualTo(column("communes_2025.csv", "ward_code", "name"));
    Map<String, String> parents = column("communes_legacy.csv", "ward_code", "district_code");
    registry.assessedIn(2024).stream()
        .filter(u -> u.bloc() == Bloc.XA)
        .forEach(u -> assertThat(u.parentCode()).as(u.key()).isEqualTo(parents.get(u.code())));
    assertThat(registry.assessedIn(2025)).allMatch(u -> u.parentCode().equals("91"));
  }

  @Test
  void officialCodesAreReusedAcrossThe2025Restructuring() {
    // literals from the package's dataset.db (admin_units_legacy / admin_units)
    assertThat(nameOn("30307", LocalDate.of(2024, 12, 31))).isEqualTo("Phường Mỹ Hòa");
    assertThat(nameOn("30307", LocalDate.of(2025, 12, 31))).isEqualTo("Phường Long Xuyên");
    assertThat(nameOn("30283", LocalDate.of(2024, 12, 31))).isEqualTo("Phường Mỹ Long");
    assertThat(registry.versionOn("30283", JULY)).isEmpty();
    assertThat(nameOn("883", LAST_OLD_DAY)).isEqualTo("Thành phố Long Xuyên");
    assertThat(nameOn("911", LAST_OLD_DAY)).isEqualTo("Thành phố Phú Quốc");
    assertThat(nameOn("31078", JULY)).isEqualTo("Đặc khu Phú Quốc");
    assertThat(nameOn("30814", LAST_OLD_DAY)).isEqualTo("Xã Hòn Nghệ");
    assertThat(nameOn("30814", JULY)).isEqualTo("Xã Hòn Nghệ");

    assertThat(registry.versions("91"))
        .extracting(Unit::name, Unit::bloc, Unit::validFrom, Unit::validTo)
        .containsExactly(
            tuple("Tỉnh Kiên Giang", Bloc.TINH, LocalDate.of(2015, 1, 1), LAST_OLD_DAY),
            tuple("Tỉnh An Giang", Bloc.TINH, JULY, null));
    assertThat(registry.versions("89"))
        .extracting(Unit::name, Unit::validTo)
        .containsExactly(tuple("Tỉnh An Giang", LAST_OLD_DAY));
    assertThat(registry.versionOn("30307", LocalDate.of(2024, 12, 31)).orElseThrow().parentCode())
        .isEqualTo("883");
    assertThat(registry.versionOn("30307", JULY).orElseThrow().parentCode()).isEqualTo("91");
    // Every new commune took the code of one of its predecessors
    for (Unit successor : units(2025, Bloc.XA)) {
      assertThat(registry.predecessorsOf(successor))
          .as(successor.key())
          .anyMatch(l -> l.fromCode().equals(successor.code()));
    }
  }

  @Test
  void everyCommuneHasItsRealLineageAndSharesPerSuccessorSumToOne() throws IOException {
    Map<String, BigDecimal> sums = new HashMap<>();
    for (LineageLink l : registry.lineage()) {
      sums.merge(
          registry.successor(l).orElseThrow().key(),
          BigDecimal.valueOf(l.share()),
          BigDecimal::add);
    }
    assertThat(sums.values())
        .allSatisfy(sum -> assertThat(sum).isEqualByComparingTo(BigDecimal.ONE));
    for (Unit successor : units(2025, Bloc.XA)) {
      assertThat(registry.predecessorsOf(successor))
          .as(successor.key())
          .isNotEmpty()
          .allSatisfy(
              l -> assertThat(registry.predecessor(l).orElseThrow().bloc()).isEqualTo(Bloc.XA));
    }
    Map<String, Long> successorsPerOldCommune =
        registry.lineage().stream()
            .filter(l -> l.effectiveDate().equals(JULY))
            .map(l -> registry.predecessor(l).orElseThrow())
            .filter(u -> u.bloc() == Bloc.XA)
            .collect(Collectors.groupingBy(Unit::key, TreeMap::new, Collectors.counting()));
    for (Unit old : units(2024, Bloc.XA)) {
      assertThat(successorsPerOldCommune.get(old.key())).as(old.key()).isNotNull().isPositive();
    }
    assertThat(successorsPerOldCommune).hasSize(298);
    assertThat(successorsPerOldCommune.values().stream().filter(n -> n == 1).count())
        .isEqualTo(295);
    assertThat(
            successorsPerOldCommune.entrySet().stream()
                .filter(e -> e.getValue() > 1)
                .map(Map.Entry::getKey))
        .containsExactly("30334@2015-01-01", "30355@2015-01-01", "30358@2015-01-01");
    // the mapping is exactly the extract's
    Set<String> links =
        registry.lineage().stream()
            .filter(l -> l.toCode().matches("[0-9]{5}"))
            .map(l -> l.fromCode() + ">" + l.toCode())
            .collect(Collectors.toSet());
    Set<String> extract =
        rows("transition_2025.csv").stream()
            .map(r -> r.get("old_ward_code") + ">" + r.get("new_ward_code"))
            .collect(Collectors.toSet());
    assertThat(links).hasSize(302).isEqualTo(extract);
    // districts are abolished: they carry no lineage (their communes do)
    assertThat(registry.lineage())
        .noneMatch(l -> l.fromCode().matches("[0-9]{3}") || l.toCode().matches("[0-9]{3}"));
  }

  /**
   * Xã An Phú (30337) = Thị trấn An Phú (30337) and Xã Vĩnh Hội Đông (30370) whole, part of Xã Phú
   * Hội (30355, divided between An Phú 34.7 km² and Nhơn Hội 43.82 km²) and part of Xã Phước Hưng
   * (30358, divided between An Phú, Nhơn Hội and Phú Hữu 60.54 km²).
   */
  @Test
  void sharesFollowTheDocumentedRuleForASuccessorOfWholeAndDividedPredecessors() {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    weights.put("30337", BigDecimal.ONE);
    weights.put("30355", ratio(34.7, 34.7 + 43.82));
    weights.put("30358", ratio(34.7, 34.7 + 43.82 + 60.54));
    weights.put("30370", BigDecimal.ONE);
    Map<String, Double> expected = sharesByHand(weights);
    assertThat(expected)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("30337", 0.3716, "30355", 0.1642, "30358", 0.0927, "30370", 0.3715));
    assertThat(sharesInto("30337")).isEqualTo(expected);

    // Phường Châu Đốc (30316): four whole wards and part of Xã Vĩnh Châu (30334, with Phường Vĩnh
    // Tế 64.25 km²)
    Map<String, BigDecimal> chauDoc = new LinkedHashMap<>();
    for (String whole : List.of("30316", "30319", "30322", "30328")) {
      chauDoc.put(whole, BigDecimal.ONE);
    }
    chauDoc.put("30334", ratio(41.32, 41.32 + 64.25));
    assertThat(sharesInto("30316")).isEqualTo(sharesByHand(chauDoc));
    // a commune that is its only predecessor's only successor: a rename with share 1
    assertThat(registry.predecessorsOf(registry.versionOn("31105", JULY).orElseThrow()))
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.fromCode()).isEqualTo("31105");
              assertThat(l.share()).isEqualTo(1.0);
              assertThat(l.kind().name()).isEqualTo("RENAME");
            });
  }

  @Test
  void departmentsAreCodedByProvinceAndMergeInMarchThenAcrossTheOldProvincesInJuly() {
    assertThat(units(2024, Bloc.SO))
        .extracting(Unit::code)
        .allMatch(c -> c.matches("(89|91)-[A-Z]+"))
        .contains("89-SNV", "91-SNV", "89-SKHDT", "91-SGTVT", "89-BDT");
    assertThat(nameOn("89-SNV", LocalDate.of(2024, 12, 31))).isEqualTo("Sở Nội vụ tỉnh An Giang");
    assertThat(nameOn("91-SNV", LocalDate.of(2024, 12, 31))).isEqualTo("Sở Nội vụ tỉnh Kiên Giang");
    assertThat(registry.versions("89-STC"))
        .extracting(Unit::validFrom, Unit::validTo)
        .containsExactly(
            tuple(LocalDate.of(2015, 1, 1), LocalDate.of(2025, 2, 28)),
            tuple(LocalDate.of(2025, 3, 1), LAST_OLD_DAY));
    assertThat(registry.versions("91-STC"))
        .extracting(Unit::validFrom)
        .containsExactly(LocalDate.of(2015, 1, 1), LocalDate.of(2025, 3, 1), JULY);
    assertThat(nameOn("89-SNNMT", LocalDate.of(2025, 3, 1)))
        .isEqualTo("Sở Nông nghiệp và Môi trường tỉnh An Giang");
    assertThat(nameOn("91-SDTTG", JULY)).isEqualTo("Sở Dân tộc và Tôn giáo tỉnh An Giang");

    List<Unit> after = units(2025, Bloc.SO);
    assertThat(after)
        .hasSize(14)
        .allSatisfy(
            u -> {
              assertThat(u.code()).startsWith("91-");
              assertThat(u.validFrom()).isEqualTo(JULY);
              String abbreviation = u.code().substring(3);
              assertThat(registry.predecessorsOf(u))
                  .extracting(LineageLink::fromCode, LineageLink::share)
                  .containsExactlyInAnyOrder(
                      tuple("89-" + abbreviation, 0.5), tuple("91-" + abbreviation, 0.5));
            });
    Unit religion = registry.versionOn("89-SDTTG", LocalDate.of(2025, 3, 1)).orElseThrow();
    assertThat(registry.predecessorsOf(religion))
        .extracting(LineageLink::fromCode, LineageLink::share)
        .containsExactlyInAnyOrder(tuple("89-BDT", 0.75), tuple("89-SNV", 0.25));
  }

  @Test
  void theExtractCarriesItsLicenceAndProvenance() throws IOException {
    String notice = Files.readString(EXTRACT.resolve("NOTICE.md"));
    assertThat(notice)
        .contains(
            "`vietnamadminunits` 1.0.4",
            "MIT License",
            "Copyright (c) 2025 Tran Ngoc Minh Hieu",
            "data/dataset.db",
            "data/converter_2025.json",
            "extracted: ");
    assertThat(Files.readString(EXTRACT.resolve("LICENSE-vietnamadminunits.txt")))
        .startsWith("MIT License")
        .contains("Permission is hereby granted, free of charge");
  }

  private static BigDecimal ratio(double part, double whole) {
    return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), MathContext.DECIMAL64);
  }

  /**
   * The README's rule: normalise, round to 4 decimals, the remainder on the largest weight (the
   * first if tied).
   */
  private static Map<String, Double> sharesByHand(Map<String, BigDecimal> weights) {
    BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, BigDecimal> shares = new LinkedHashMap<>();
    weights.forEach((k, w) -> shares.put(k, w.divide(total, 4, RoundingMode.HALF_UP)));
    String largest =
        weights.entrySet().stream()
            .reduce((a, b) -> b.getValue().compareTo(a.getValue()) > 0 ? b : a)
            .orElseThrow()
            .getKey();
    BigDecimal sum = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    shares.put(largest, shares.get(largest).add(BigDecimal.ONE.subtract(sum)));
    Map<String, Double> result = new TreeMap<>();
    shares.forEach((k, v) -> result.put(k, v.doubleValue()));
    return result;
  }

  private static Map<String, Double> sharesInto(String code) {
    Map<String, Double> result = new TreeMap<>();
    registry
        .predecessorsOf(registry.versionOn(code, JULY).orElseThrow())
        .forEach(l -> result.put(l.fromCode(), l.share()));
    return result;
  }

  private static String nameOn(String code, LocalDate day) {
    return registry
        .versionOn(code, day)
        .orElseThrow(() -> new AssertionError(code + " on " + day))
        .name();
  }

  private static List<Unit> units(int year, Bloc bloc) {
    return registry.assessedIn(year).stream().filter(u -> u.bloc() == bloc).toList();
  }

  private static long count(int year, Bloc bloc) {
    return units(year, bloc).size();
  }

  private static Map<String, String> namesOf(int year, Bloc bloc) {
    return units(year, bloc).stream()
        .collect(Collectors.toMap(Unit::code, Unit::name, (a, b) -> a, TreeMap::new));
  }

  private static Map<String, String> column(String file, String key, String value)
      throws IOException {
    return rows(file).stream()
        .collect(Collectors.toMap(r -> r.get(key), r -> r.get(value), (a, b) -> a, TreeMap::new));
  }

  private static List<Map<String, String>> rows(String file) throws IOException {
    List<String> lines = Files.readAllLines(EXTRACT.resolve(file), StandardCharsets.UTF_8);
    String[] header = lines.get(0).split(",", -1);
    return lines.stream()
        .skip(1)
        .filter(l -> !l.isEmpty())
        .map(
            l -> {
              String[] values = l.split(",", -1);
              Map<String, String> row = new HashMap<>();
              for (int i = 0; i < header.length; i++) {
                row.put(header[i], values[i]);
              }
              return row;
            })
        .toList();
  }
}
