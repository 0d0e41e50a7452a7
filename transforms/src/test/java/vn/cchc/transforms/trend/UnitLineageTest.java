package vn.cchc.transforms.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.unit.LineageKind;
import vn.cchc.model.unit.LineageLink;
import vn.cchc.model.unit.Unit;
import vn.cchc.model.unit.UnitRegistry;

/** The restatement graph over unit versions, without Spark. */
class UnitLineageTest {
  private static final LocalDate OLD = LocalDate.of(2015, 1, 1);
  private static final LocalDate MARCH = LocalDate.of(2025, 3, 1);
  private static final LocalDate JULY = LocalDate.of(2025, 7, 1);
  private static final LocalDate END_2025 = LocalDate.of(2025, 12, 31);
  private final List<Unit> units = new ArrayList<>();
  private final List<LineageLink> links = new ArrayList<>();

  private UnitLineageTest unit(String code, LocalDate from, LocalDate to) {
    units.add(new Unit(code, "Đơn vị " + code, Bloc.XA, null, from, to));
    return this;
  }

  private UnitLineageTest link(String from, String to, LocalDate day, double share) {
    links.add(new LineageLink(from, to, day, LineageKind.MERGE, share));
    return this;
  }

  private UnitLineage lineage() {
    return UnitLineage.of(new UnitRegistry(units, links));
  }

  private static Map<String, Double> leaves(UnitLineage lineage, String key, int year) {
    return lineage.leaves(key, year, END_2025).stream()
        .collect(Collectors.toMap(UnitLineage.Leaf::unitKey, UnitLineage.Leaf::weight));
  }

  @Test
  void aCodeReusedByItsSuccessorLinksTheOldVersionToTheNew() {
    unit("30307", OLD, JULY.minusDays(1))
        .unit("30307", JULY, null)
        .unit("30310", OLD, JULY.minusDays(1))
        .unit("30337", JULY, null)
        .link("30307", "30307", JULY, 0.7)
        .link("30310", "30307", JULY, 0.3)
        .link("30310", "30337", JULY, 0.25)
        .link("30337", "30337", JULY, 0.75);
    UnitLineage lineage = lineage();
    assertThat(lineage.usable())
        .extracting(UnitLineage.VersionLink::fromKey, UnitLineage.VersionLink::toKey)
        .contains(org.assertj.core.groups.Tuple.tuple("30307@2015-01-01", "30307@2025-07-01"));
    Map<String, Double> longXuyen = leaves(lineage, "30307@2025-07-01", 2024);
    assertThat(longXuyen).containsOnlyKeys("30307@2015-01-01", "30310@2015-01-01");
    assertThat(longXuyen.get("30307@2015-01-01")).isCloseTo(0.7, within(1e-12));
    assertThat(longXuyen.get("30310@2015-01-01")).isCloseTo(0.3, within(1e-12));
    assertThat(leaves(lineage, "30307@2025-07-01", 2025)).containsOnlyKeys("30307@2025-07-01");
    // 30337 → 30337 on 1 July: 30337 has no version the day before, so the link does not resolve
    assertThat(lineage.unresolved()).hasSize(1);
    assertThat(lineage.unresolved().get(0).codes()).containsExactly("30337");
    assertThat(leaves(lineage, "30337@2025-07-01", 2024)).containsOnlyKeys("30310@2015-01-01");
  }

  @Test
  void aChainOverTwoDatesComposesShares() {
    unit("KH", OLD, MARCH.minusDays(1))
        .unit("TC", OLD, MARCH.minusDays(1))
        .unit("TC", MARCH, JULY.minusDays(1))
        .unit("KG", OLD, JULY.minusDays(1))
        .unit("TC", JULY, null)
        .link("KH", "TC", MARCH, 0.4)
        .link("TC", "TC", MARCH, 0.6)
        .link("TC", "TC", JULY, 0.7)
        .link("KG", "TC", JULY, 0.3);
    UnitLineage lineage = lineage();
    Map<String, Double> tc = leaves(lineage, "TC@2025-07-01", 2024);
    assertThat(tc).containsOnlyKeys("KH@2015-01-01", "TC@2015-01-01", "KG@2015-01-01");
    assertThat(tc.get("KH@2015-01-01")).isCloseTo(0.28, within(1e-12));
    assertThat(tc.get("TC@2015-01-01")).isCloseTo(0.42, within(1e-12));
    assertThat(tc.get("KG@2015-01-01")).isCloseTo(0.3, within(1e-12));
    assertThat(lineage.cyclic()).isEmpty();
  }

  @Test
  void aSuccessorTakesOverAtItsLatestDateAndEachPredecessorAsItStoodTheDayBefore() {
    // KG is a predecessor of TC@2025-07-01 only; the March links concern TC@2025-03-01
    unit("TC", OLD, MARCH.minusDays(1))
        .unit("TC", MARCH, JULY.minusDays(1))
        .unit("TC", JULY, null)
        .unit("LD", OLD, MARCH.minusDays(1))
        .unit("KG", OLD, JULY.minusDays(1))
        .link("TC", "TC", MARCH, 0.8)
        .link("LD", "TC", MARCH, 0.2)
        .link("TC", "TC", JULY, 0.5)
        .link("KG", "TC", JULY, 0.5);
    UnitLineage lineage = lineage();
    Map<String, Double> tc = leaves(lineage, "TC@2025-07-01", 2024);
    assertThat(tc.values().stream().mapToDouble(Double::doubleValue).sum())
        .isCloseTo(1.0, within(1e-12));
    assertThat(tc.get("TC@2015-01-01")).isCloseTo(0.4, within(1e-12));
    assertThat(tc.get("LD@2015-01-01")).isCloseTo(0.1, within(1e-12));
    assertThat(tc.get("KG@2015-01-01")).isCloseTo(0.5, within(1e-12));
    // restated onto 2025: the links are history, the July version stands for itself
    assertThat(leaves(lineage, "TC@2025-07-01", 2025)).containsOnlyKeys("TC@2025-07-01");
  }

  @Test
  void aVersionLinkedToItselfIsACycle() {
    unit("NV", OLD, null)
        .unit("LD", OLD, MARCH.minusDays(1))
        .link("NV", "NV", MARCH, 0.8)
        .link("LD", "NV", MARCH, 0.2);
    UnitLineage lineage = lineage();
    assertThat(lineage.cyclic())
        .extracting(UnitLineage.VersionLink::fromKey)
        .containsExactly("NV@2015-01-01");
    assertThat(leaves(lineage, "NV@2015-01-01", 2024)).containsOnlyKeys("LD@2015-01-01");
  }

  @Test
  void linksOnACycleAreSetAsideSoNothingCountsTwice() {
    unit("A", OLD, null)
        .unit("B", OLD, null)
        .unit("C", OLD, null)
        .link("A", "B", MARCH, 1)
        .link("B", "C", MARCH, 1)
        .link("C", "A", JULY, 1);
    UnitLineage lineage = lineage();
    assertThat(lineage.cyclic()).hasSize(3);
    assertThat(lineage.usable()).isEmpty();
    assertThat(leaves(lineage, "A@2015-01-01", 2024))
        .containsExactlyEntriesOf(Map.of("A@2015-01-01", 1.0));
  }
}
