package vn.cchc.sample.methodology;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.methodology.MethodologyVersion;
import vn.cchc.model.schema.InputTables;
import vn.cchc.sample.methodology.Template.Criterion;
import vn.cchc.sample.methodology.Template.Field;
import vn.cchc.sample.methodology.Template.Sub;
import vn.cchc.sample.output.Table;

/**
 * The three methodology versions of the sample province with their trees per bloc and their bands:
 * V2020 (2020–2021, after the 2017 national methodology), V2022 (2022–2024, after QĐ 876/QĐ-BNV)
 * and V2025 (from 2025, departments and communes only).
 */
public final class MethodologyCatalogue {
  private static final List<MethodologyVersion> VERSIONS =
      List.of(
          new MethodologyVersion(
              "V2020",
              "Bộ tiêu chí xác định Chỉ số cải cách hành chính của sở, ban, ngành, UBND cấp huyện và UBND cấp xã"
                  + " tỉnh An Giang giai đoạn 2020–2021",
              "Quyết định số 2948/QĐ-BNV ngày 15/8/2017 của Bộ Nội vụ",
              2020,
              2021),
          new MethodologyVersion(
              "V2022",
              "Bộ tiêu chí xác định Chỉ số cải cách hành chính của sở, ban, ngành, UBND cấp huyện và UBND cấp xã"
                  + " tỉnh An Giang giai đoạn 2022–2024",
              "Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ; Quyết định số 103/QĐ-UBND ngày 02/02/2023"
                  + " của Chủ tịch UBND tỉnh An Giang",
              2022,
              2024),
          new MethodologyVersion(
              "V2025",
              "Bộ tiêu chí xác định Chỉ số cải cách hành chính của sở, ban, ngành và UBND cấp xã tỉnh An Giang"
                  + " sau sắp xếp đơn vị hành chính",
              "Quyết định số 876/QĐ-BNV ngày 10/11/2022 của Bộ Nội vụ; bộ tiêu chí áp dụng từ năm 2025",
              2025,
              null));

  private static final Map<String, List<Bloc>> BLOCS =
      Map.of(
          "V2020", List.of(Bloc.SO, Bloc.HUYEN, Bloc.XA),
          "V2022", List.of(Bloc.SO, Bloc.HUYEN, Bloc.XA),
          "V2025", List.of(Bloc.SO, Bloc.XA));

  /** A field or criterion row of the tree. */
  public record Node(
      String version, Bloc bloc, String fieldCode, String criterionCode, String name) {}

  private final List<Node> nodes = new ArrayList<>();
  private final Map<String, List<SubCriterion>> subs = new LinkedHashMap<>();

  private MethodologyCatalogue() {
    for (int v = 0; v < VERSIONS.size(); v++) {
      String version = VERSIONS.get(v).code();
      for (Bloc bloc : BLOCS.get(version)) {
        buildTree(v, version, bloc);
      }
    }
  }

  public static MethodologyCatalogue build() {
    return new MethodologyCatalogue();
  }

  public List<MethodologyVersion> versions() {
    return VERSIONS;
  }

  public MethodologyVersion versionFor(int year) {
    return VERSIONS.stream()
        .filter(v -> v.appliesTo(year))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException("Cannot find methodology version for year: " + year));
  }

  public List<Bloc> blocs(String version) {
    return BLOCS.get(version);
  }

  public List<SubCriterion> subCriteria(String version, Bloc bloc) {
    return subs.getOrDefault(key(version, bloc), List.of());
  }

  /** The sub-criteria in force in {@code year} for {@code bloc}. */
  public List<SubCriterion> subCriteria(int year, Bloc bloc) {
    return subCriteria(versionFor(year).code(), bloc);
  }

  /** Field and criterion rows of a version and bloc, in tree order. */
  public List<Node> nodes(String version, Bloc bloc) {
    return nodes.stream().filter(n -> n.version().equals(version) && n.bloc() == bloc).toList();
  }

  private static String key(String version, Bloc bloc) {
    return version + "/" + bloc;
  }

  private void buildTree(int versionIndex, String version, Bloc bloc) {
    char v = version.charAt(4);
    char b = bloc.name().charAt(0);
    List<SubCriterion> list = new ArrayList<>();
    for (Field field : NationalFields.ALL) {
      nodes.add(new Node(version, bloc, field.code(), null, field.name(versionIndex)));
      List<Sub> fieldSubs = new ArrayList<>();
      List<String> criterionOf = new ArrayList<>();
      int c = 0;
      for (Criterion criterion : field.criteria()) {
        if (!criterion.scope().covers(v, b)) {
          continue;
        }
        List<Sub> included = criterion.subs().stream().filter(s -> s.scope().covers(v, b)).toList();
        if (included.isEmpty()) {
          continue;
        }
        String criterionCode = field.code() + "." + (++c);
        nodes.add(new Node(version, bloc, field.code(), criterionCode, criterion.name()));
        for (Sub sub : included) {
          fieldSubs.add(sub);
          criterionOf.add(criterionCode);
        }
      }
      double[] points = allot(field.maxPoints().get(versionIndex), fieldSubs.size());
      Map<String, Integer> counter = new LinkedHashMap<>();
      for (int i = 0; i < fieldSubs.size(); i++) {
        Sub sub = fieldSubs.get(i);
        String criterionCode = criterionOf.get(i);
        int n = counter.merge(criterionCode, 1, Integer::sum);
        RuleShape shape = sub.survey() ? RuleShape.SURVEY : shapeOf(sub.name());
        list.add(
            new SubCriterion(
                version,
                bloc,
                field.code(),
                criterionCode,
                criterionCode + "." + n,
                sub.name(),
                points[i],
                shape,
                field.difficulty() + sub.difficulty()));
      }
    }
    subs.put(key(version, bloc), List.copyOf(list));
  }

  /**
   * Splits a field's points over its sub-criteria in steps of 0.5, the first ones getting the
   * remainder.
   */
  static double[] allot(int fieldMax, int count) {
    int halves = fieldMax * 2;
    if (halves < count) {
      throw new IllegalStateException(
          "Cannot allot " + fieldMax + " points over " + count + " sub-criteria");
    }
    double[] points = new double[count];
    for (int i = 0; i < count; i++) {
      points[i] = (halves / count + (i < halves % count ? 1 : 0)) / 2.0;
    }
    return points;
  }

  /** The same sub-criterion gets the same kind of rule in every version and bloc. */
  private static RuleShape shapeOf(String name) {
    RuleShape[] cycle = {
      RuleShape.LEVELS3,
      RuleShape.THRESHOLD3,
      RuleShape.PROPORTIONAL,
      RuleShape.LEVELS2,
      RuleShape.LEVELS3,
      RuleShape.THRESHOLD3,
      RuleShape.PROPORTIONAL
    };
    return cycle[Math.floorMod(name.hashCode(), cycle.length)];
  }

  public Table versionsTable() {
    Table t = new Table(InputTables.METHODOLOGY_VERSIONS);
    for (MethodologyVersion v : VERSIONS) {
      t.add(v.code(), v.name(), v.legalBasis(), v.fromYear(), v.toYear());
    }
    return t;
  }

  public Table criteriaTable() {
    Table t = new Table(InputTables.CRITERIA);
    for (MethodologyVersion v : VERSIONS) {
      for (Bloc bloc : BLOCS.get(v.code())) {
        List<SubCriterion> list = subCriteria(v.code(), bloc);
        for (Node node : nodes(v.code(), bloc)) {
          t.add(
              v.code(),
              bloc.name(),
              node.fieldCode(),
              node.criterionCode(),
              null,
              node.name(),
              null,
              null,
              null);
          if (node.criterionCode() == null) {
            continue;
          }
          for (SubCriterion s : list) {
            if (s.criterionCode().equals(node.criterionCode())) {
              t.add(
                  v.code(),
                  bloc.name(),
                  s.fieldCode(),
                  s.criterionCode(),
                  s.code(),
                  s.name(),
                  s.maxPoints(),
                  s.assessment().name(),
                  s.scoring());
            }
          }
        }
      }
    }
    return t;
  }

  /**
   * National bands everywhere, except the V2022 communes, which the province banded more leniently
   * (as several provinces do for their district or commune blocs).
   */
  public Table bandsTable() {
    Table t = new Table(InputTables.BANDS);
    for (MethodologyVersion v : VERSIONS) {
      for (Bloc bloc : BLOCS.get(v.code())) {
        boolean lenient = v.code().equals("V2022") && bloc == Bloc.XA;
        t.add(v.code(), bloc.name(), "A", lenient ? 85.0 : 90.0, "Tốt");
        t.add(v.code(), bloc.name(), "B", lenient ? 75.0 : 80.0, "Khá");
        t.add(v.code(), bloc.name(), "C", lenient ? 65.0 : 70.0, "Trung bình");
        t.add(v.code(), bloc.name(), "D", 0.0, "Yếu");
      }
    }
    return t;
  }
}
