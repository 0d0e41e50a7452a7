package vn.cchc.sample.unit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.unit.LineageKind;
import vn.cchc.model.unit.LineageLink;
import vn.cchc.model.unit.Unit;
import vn.cchc.sample.output.Table;
import vn.cchc.sample.unit.UnitNames.Department;
import vn.cchc.sample.unit.UnitNames.District;
import vn.cchc.sample.unit.UnitNames.MarchMerger;

/**
 * The unit registry of the sample province from 2020 to 2025, with the 2025 restructuring: department mergers
 * on 1 March, the merger with Kiên Giang and the end of the district level on 1 July.
 */
public final class SampleRegistry {
  /** Start of the registry: units that existed before carry this date, not their founding date. */
  public static final LocalDate REGISTRY_START = LocalDate.of(2015, 1, 1);
  public static final LocalDate MARCH_MERGER = LocalDate.of(2025, 3, 1);
  public static final LocalDate JULY_MERGER = LocalDate.of(2025, 7, 1);
  public static final String OLD_PROVINCE = "AG";
  public static final String KIEN_GIANG = "KG";
  public static final String NEW_PROVINCE = "AGN";

  /** Departments without administrative procedures of their own: the one-stop-shop items do not apply. */
  private static final Set<String> WITHOUT_PROCEDURES = Set.of(
      "BAN_DT", "SO_DTTG", "AGN_SO_DTTG", "TTR", "AGN_TTR", "SO_NGV", "AGN_SO_NGV");

  private final Map<String, Unit> units = new LinkedHashMap<>();
  private final List<LineageLink> lineage = new ArrayList<>();

  private SampleRegistry() {}

  public static SampleRegistry build(long seed) {
    SampleRegistry r = new SampleRegistry();
    SplittableRandom rng = new SplittableRandom(seed);
    r.provinces();
    r.departments(rng);
    r.districtsAndCommunes(rng);
    return r;
  }

  public List<Unit> units() {
    return List.copyOf(units.values());
  }

  public Unit unit(String code) {
    Unit u = units.get(code);
    if (u == null) {
      throw new IllegalArgumentException("Cannot find unit: " + code);
    }
    return u;
  }

  public List<LineageLink> lineage() {
    return List.copyOf(lineage);
  }

  /** Units assessed in {@code year}: existing on its 31 December, in a ranked bloc. */
  public List<Unit> assessedIn(int year) {
    return units.values().stream().filter(u -> u.assessedIn(year)).toList();
  }

  public List<LineageLink> predecessorsOf(String code) {
    return lineage.stream().filter(l -> l.toCode().equals(code)).toList();
  }

  public boolean withoutProcedures(String code) {
    return WITHOUT_PROCEDURES.contains(code);
  }

  private void provinces() {
    add(OLD_PROVINCE, "Tỉnh An Giang", Bloc.TINH, null, REGISTRY_START, JULY_MERGER.minusDays(1));
    add(KIEN_GIANG, "Tỉnh Kiên Giang", Bloc.TINH, null, REGISTRY_START, JULY_MERGER.minusDays(1));
    add(NEW_PROVINCE, "Tỉnh An Giang (sau hợp nhất với tỉnh Kiên Giang)", Bloc.TINH, null, JULY_MERGER, null);
    link(OLD_PROVINCE, NEW_PROVINCE, JULY_MERGER, LineageKind.MERGE, 0.53);
    link(KIEN_GIANG, NEW_PROVINCE, JULY_MERGER, LineageKind.MERGE, 0.47);
  }

  private void departments(SplittableRandom rng) {
    Set<String> mergedInMarch = new HashSet<>();
    UnitNames.MARCH_2025.forEach(m -> mergedInMarch.addAll(m.predecessors()));
    Map<String, String> names = new LinkedHashMap<>();
    for (Department d : UnitNames.DEPARTMENTS) {
      LocalDate end = mergedInMarch.contains(d.code()) ? MARCH_MERGER.minusDays(1) : JULY_MERGER.minusDays(1);
      add(d.code(), d.name(), Bloc.SO, OLD_PROVINCE, REGISTRY_START, end);
      names.put(d.code(), d.name());
    }
    List<String> julyPredecessors = new ArrayList<>(UnitNames.UNCHANGED_IN_MARCH);
    for (MarchMerger m : UnitNames.MARCH_2025) {
      add(m.code(), m.name(), Bloc.SO, OLD_PROVINCE, MARCH_MERGER, JULY_MERGER.minusDays(1));
      LineageKind kind = m.predecessors().size() == 1 ? LineageKind.RENAME : LineageKind.MERGE;
      for (int i = 0; i < m.predecessors().size(); i++) {
        link(m.predecessors().get(i), m.code(), MARCH_MERGER, kind, m.shares().get(i));
      }
      names.put(m.code(), m.name());
      julyPredecessors.add(m.code());
    }
    for (String agCode : julyPredecessors) {
      String base = agCode.replace("_2025", "");
      String kgCode = "KG_" + base;
      String newCode = "AGN_" + base;
      String name = names.get(agCode);
      add(kgCode, UnitNames.kienGiangName(name), Bloc.SO, KIEN_GIANG, MARCH_MERGER, JULY_MERGER.minusDays(1));
      add(newCode, name, Bloc.SO, NEW_PROVINCE, JULY_MERGER, null);
      double agShare = (50 + rng.nextInt(11)) / 100.0;
      link(agCode, newCode, JULY_MERGER, LineageKind.MERGE, agShare);
      link(kgCode, newCode, JULY_MERGER, LineageKind.MERGE, round2(1 - agShare));
    }
  }

  private void districtsAndCommunes(SplittableRandom rng) {
    LocalDate lastDay = JULY_MERGER.minusDays(1);
    for (District d : UnitNames.DISTRICTS) {
      String districtCode = "HUYEN_" + d.code();
      add(districtCode, d.name(), Bloc.HUYEN, OLD_PROVINCE, REGISTRY_START, lastDay);
      List<String> codes = new ArrayList<>();
      Map<String, Integer> population = new LinkedHashMap<>();
      for (int i = 0; i < d.communes().size(); i++) {
        String code = String.format("XA_%s_%02d", d.code(), i + 1);
        add(code, d.communes().get(i), Bloc.XA, districtCode, REGISTRY_START, lastDay);
        population.put(code, 8_000 + rng.nextInt(24_000));
        if (d.communes().get(i).equals(UnitNames.SPLIT_COMMUNE)) {
          splitCommune(code, d.code());
        } else {
          codes.add(code);
        }
      }
      mergeCommunes(d.code(), codes, population, rng);
    }
    for (int i = 0; i < UnitNames.KIEN_GIANG_COMMUNES.size(); i++) {
      add(String.format("XA25_KG_%02d", i + 1), UnitNames.KIEN_GIANG_COMMUNES.get(i), Bloc.XA, NEW_PROVINCE,
          JULY_MERGER, null);
    }
  }

  private void splitCommune(String code, String district) {
    for (int i = 0; i < UnitNames.SPLIT_SUCCESSORS.size(); i++) {
      String successor = String.format("XA25_%s_S%d", district, i + 1);
      add(successor, UnitNames.SPLIT_SUCCESSORS.get(i), Bloc.XA, NEW_PROVINCE, JULY_MERGER, null);
      link(code, successor, JULY_MERGER, LineageKind.SPLIT, 1.0);
    }
  }

  /** Groups a district's communes, in order, into new communes of two or three, weighted by population. */
  private void mergeCommunes(String district, List<String> codes, Map<String, Integer> population,
      SplittableRandom rng) {
    int next = 0;
    int serial = 1;
    while (next < codes.size()) {
      int left = codes.size() - next;
      int size = left <= 3 ? left : (left == 4 ? 2 : 2 + rng.nextInt(2));
      List<String> group = codes.subList(next, next + size);
      next += size;
      String newCode = String.format("XA25_%s_%02d", district, serial++);
      add(newCode, newCommuneName(group), Bloc.XA, NEW_PROVINCE, JULY_MERGER, null);
      int total = group.stream().mapToInt(population::get).sum();
      BigDecimal remaining = BigDecimal.ONE;
      for (int i = 0; i < group.size(); i++) {
        BigDecimal share = i == group.size() - 1 ? remaining
            : BigDecimal.valueOf(population.get(group.get(i))).divide(BigDecimal.valueOf(total), 2,
                RoundingMode.HALF_UP);
        remaining = remaining.subtract(share);
        link(group.get(i), newCode, JULY_MERGER, LineageKind.MERGE, share.doubleValue());
      }
    }
  }

  /** A new commune keeps its first member's name; it is a ward (phường) if any member was one. */
  private String newCommuneName(List<String> group) {
    String first = units.get(group.get(0)).name();
    String base = first.replaceFirst("^(Phường|Xã|Thị trấn) ", "");
    boolean ward = group.stream().anyMatch(c -> units.get(c).name().startsWith("Phường"));
    return (ward ? "Phường " : "Xã ") + base;
  }

  private void add(String code, String name, Bloc bloc, String parent, LocalDate from, LocalDate to) {
    if (units.containsKey(code)) {
      throw new IllegalStateException("Cannot add unit twice: " + code);
    }
    units.put(code, new Unit(code, Normalizer.normalize(name, Normalizer.Form.NFC), bloc, parent, from, to));
  }

  private void link(String from, String to, LocalDate effective, LineageKind kind, double share) {
    lineage.add(new LineageLink(from, to, effective, kind, share));
  }

  private static double round2(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).doubleValue();
  }

  public Table unitsTable() {
    Table t = new Table(InputTables.UNITS);
    for (Unit u : units.values()) {
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
