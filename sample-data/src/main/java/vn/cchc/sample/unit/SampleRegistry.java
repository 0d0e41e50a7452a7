package vn.cchc.sample.unit;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.unit.LineageKind;
import vn.cchc.model.unit.LineageLink;
import vn.cchc.model.unit.Unit;
import vn.cchc.model.unit.UnitRegistry;
import vn.cchc.sample.output.Table;
import vn.cchc.sample.unit.Departments.Department;
import vn.cchc.sample.unit.Departments.MarchMerger;
import vn.cchc.sample.unit.Departments.Part;
import vn.cchc.sample.unit.RegistryExtract.District;
import vn.cchc.sample.unit.RegistryExtract.NewCommune;
import vn.cchc.sample.unit.RegistryExtract.OldCommune;
import vn.cchc.sample.unit.RegistryExtract.Province;

/**
 * The real unit registry of one new province and of the old provinces it was formed from, from a
 * checked-in extract ({@link RegistryExtract}, or one {@link RegistryExtract#slice} of the national
 * one). For the sample province: old An Giang (89) and old Kiên Giang (91) with their departments,
 * districts and communes until 30 June 2025; the department mergers of 1 March 2025 within each;
 * and from 1 July 2025 the new An Giang, which took code 91, with its departments and its 102
 * communes, most of which took the code of a predecessor. A code names a unit only with a date;
 * units are identified by {@link Unit#key()}.
 */
public final class SampleRegistry {
  /** Start of the registry: units that existed before carry this date, not their founding date. */
  public static final LocalDate REGISTRY_START = LocalDate.of(2015, 1, 1);

  public static final LocalDate MARCH_MERGER = LocalDate.of(2025, 3, 1);
  public static final LocalDate JULY_MERGER = LocalDate.of(2025, 7, 1);
  public static final String OLD_AN_GIANG = "89";
  public static final String KIEN_GIANG = "91";

  /** The new An Giang took Kiên Giang's code. */
  public static final String NEW_AN_GIANG = "91";

  private final List<Unit> units = new ArrayList<>();
  private final List<LineageLink> lineage = new ArrayList<>();
  private final Map<String, String> shortNames = new LinkedHashMap<>();
  private UnitRegistry index;

  private SampleRegistry() {}

  public static SampleRegistry build() {
    return build(RegistryExtract.load());
  }

  /** The registry of the one new province {@code extract} holds (e.g. a national slice). */
  public static SampleRegistry build(RegistryExtract extract) {
    SampleRegistry r = new SampleRegistry();
    LocalDate lastDay = JULY_MERGER.minusDays(1);
    List<Province> old = extract.provinces().stream().filter(Province::legacy).toList();
    for (Province p : old) {
      r.add(p.code(), p.name(), Bloc.TINH, null, REGISTRY_START, lastDay);
      r.shortNames.put(p.code(), p.name());
    }
    for (Province p : old) {
      r.departmentsBefore2025(p.code());
    }
    for (District d : extract.districts()) {
      r.add(d.code(), d.name(), Bloc.HUYEN, d.provinceCode(), REGISTRY_START, lastDay);
    }
    for (OldCommune c : extract.oldCommunes()) {
      r.add(c.code(), c.name(), Bloc.XA, c.districtCode(), REGISTRY_START, lastDay);
    }
    for (Province p : old) {
      r.marchMergers(p.code());
    }
    Province now =
        extract.provinces().stream()
            .filter(p -> !p.legacy())
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "Cannot find the new province in the registry extract"));
    r.add(now.code(), now.name(), Bloc.TINH, null, JULY_MERGER, null);
    r.julyDepartments(now.code(), now.name(), old);
    for (NewCommune c : extract.newCommunes()) {
      r.add(c.code(), c.name(), Bloc.XA, now.code(), JULY_MERGER, null);
    }
    List<LineageLink> communes = CommuneTransition.links(extract, JULY_MERGER);
    Map<String, BigDecimal> provinces = CommuneTransition.provinceWeights(extract, communes);
    Shares.normalise(provinces)
        .forEach(
            (province, share) ->
                r.link(province, now.code(), JULY_MERGER, mergeOf(provinces.size()), share));
    r.lineage.addAll(communes);
    r.index = new UnitRegistry(r.units, r.lineage);
    return r;
  }

  /** Every unit version, oldest first. */
  public List<Unit> units() {
    return List.copyOf(units);
  }

  public List<LineageLink> lineage() {
    return List.copyOf(lineage);
  }

  /** The registry as the rest of the warehouse resolves it: codes at dates, links to versions. */
  public UnitRegistry resolver() {
    return index;
  }

  /** Units assessed in {@code year}: existing on its 31 December, in a ranked bloc. */
  public List<Unit> assessedIn(int year) {
    return index.assessedIn(year);
  }

  /** The version of {@code code} assessed in {@code year}. */
  public Unit assessedVersion(String code, int year) {
    return index
        .assessedVersion(code, year)
        .orElseThrow(
            () ->
                new IllegalArgumentException("Cannot find unit " + code + " assessed in " + year));
  }

  public List<LineageLink> predecessorsOf(Unit unit) {
    return index.predecessorsOf(unit);
  }

  /**
   * Whether a department has no administrative procedures of its own (the one-stop-shop items do
   * not apply).
   */
  public boolean withoutProcedures(Unit unit) {
    return unit.bloc() == Bloc.SO
        && Departments.WITHOUT_PROCEDURES.contains(Departments.abbreviationOf(unit.code()));
  }

  private void departmentsBefore2025(String province) {
    List<String> merged = new ArrayList<>();
    Departments.MARCH_2025.forEach(
        m -> m.predecessors().forEach(p -> merged.add(p.abbreviation())));
    for (Department d : Departments.BEFORE_2025) {
      LocalDate end =
          merged.contains(d.abbreviation()) ? MARCH_MERGER.minusDays(1) : JULY_MERGER.minusDays(1);
      add(
          Departments.code(province, d.abbreviation()),
          Departments.nameIn(d.name(), shortNames.get(province)),
          Bloc.SO,
          province,
          REGISTRY_START,
          end);
    }
  }

  private void marchMergers(String province) {
    for (MarchMerger m : Departments.MARCH_2025) {
      String code = Departments.code(province, m.abbreviation());
      add(
          code,
          Departments.nameIn(m.name(), shortNames.get(province)),
          Bloc.SO,
          province,
          MARCH_MERGER,
          JULY_MERGER.minusDays(1));
      Map<String, BigDecimal> weights = new LinkedHashMap<>();
      for (Part p : m.predecessors()) {
        weights.put(Departments.code(province, p.abbreviation()), BigDecimal.valueOf(p.weight()));
      }
      Shares.normalise(weights)
          .forEach(
              (from, share) ->
                  link(
                      from,
                      code,
                      MARCH_MERGER,
                      dividedInMarch(from) ? LineageKind.SPLIT : LineageKind.MERGE,
                      share));
    }
  }

  /** A predecessor divided between several March departments (Sở Nội vụ): its links are SPLIT. */
  private static boolean dividedInMarch(String code) {
    String abbreviation = Departments.abbreviationOf(code);
    return Departments.MARCH_2025.stream()
            .filter(
                m -> m.predecessors().stream().anyMatch(p -> p.abbreviation().equals(abbreviation)))
            .count()
        > 1;
  }

  /**
   * Each department of the new province merges the two old provinces' departments of the same kind.
   */
  private void julyDepartments(String province, String provinceName, List<Province> old) {
    Map<String, String> names = new LinkedHashMap<>();
    Departments.BEFORE_2025.forEach(d -> names.put(d.abbreviation(), d.name()));
    Departments.MARCH_2025.forEach(m -> names.put(m.abbreviation(), m.name()));
    for (String abbreviation : Departments.AFTER_JULY_2025) {
      String code = Departments.code(province, abbreviation);
      add(
          code,
          Departments.nameIn(names.get(abbreviation), provinceName),
          Bloc.SO,
          province,
          JULY_MERGER,
          null);
      Map<String, BigDecimal> weights = new LinkedHashMap<>();
      old.forEach(p -> weights.put(Departments.code(p.code(), abbreviation), BigDecimal.ONE));
      Shares.normalise(weights)
          .forEach((from, share) -> link(from, code, JULY_MERGER, mergeOf(weights.size()), share));
    }
  }

  /**
   * The kind of the links of a successor with {@code predecessors} predecessors: a province or
   * department that merged with no other is re-established under its own name (RENAME).
   */
  private static LineageKind mergeOf(int predecessors) {
    return predecessors == 1 ? LineageKind.RENAME : LineageKind.MERGE;
  }

  private void add(
      String code, String name, Bloc bloc, String parent, LocalDate from, LocalDate to) {
    Unit unit =
        new Unit(code, Normalizer.normalize(name, Normalizer.Form.NFC), bloc, parent, from, to);
    for (Unit other : units) {
      if (other.code().equals(code) && other.overlaps(unit)) {
        throw new IllegalStateException(
            "Cannot add unit " + unit.key() + ": it overlaps " + other.key());
      }
    }
    units.add(unit);
  }

  private void link(
      String from, String to, LocalDate effective, LineageKind kind, BigDecimal share) {
    lineage.add(new LineageLink(from, to, effective, kind, share.doubleValue()));
  }

  public Table unitsTable() {
    Table t = new Table(InputTables.UNITS);
    for (Unit u : units) {
      t.add(u.code(), u.name(), u.bloc().name(), u.parentCode(), u.validFrom(), u.validTo());
    }
    return t;
  }

  public Table lineageTable() {
    Table t = new Table(InputTables.UNIT_LINEAGE);
    for (LineageLink l : lineage) {
      t.add(l.fromCode(), l.toCode(), l.effectiveDate(), l.kind().name(), l.share());
    }
    return t;
  }
}
