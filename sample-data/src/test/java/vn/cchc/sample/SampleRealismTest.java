package vn.cchc.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.unit.Unit;
import vn.cchc.sample.methodology.SubCriterion;
import vn.cchc.sample.output.Table;
import vn.cchc.sample.score.UnitYearScore;

/**
 * Properties that make the sample look like a real province's index, checked on the generated data.
 */
class SampleRealismTest {
  private static SampleProvince sample;

  @BeforeAll
  static void generate() {
    sample = SampleProvinceGenerator.build();
  }

  @Test
  void everyBlocHasAboutNinetySubCriteriaWorthOneHundredPoints() {
    for (var version : sample.catalogue().versions()) {
      for (Bloc bloc : sample.catalogue().blocs(version.code())) {
        List<SubCriterion> subs = sample.catalogue().subCriteria(version.code(), bloc);
        double total = subs.stream().mapToDouble(SubCriterion::maxPoints).sum();
        double surveyed =
            subs.stream().filter(SubCriterion::surveyed).mapToDouble(SubCriterion::maxPoints).sum();
        assertThat(subs).as("%s %s", version.code(), bloc).hasSizeBetween(85, 97);
        assertThat(total).as("%s %s total", version.code(), bloc).isEqualTo(100.0);
        assertThat(surveyed).as("%s %s survey points", version.code(), bloc).isBetween(20.0, 35.0);
        assertThat(
                sample.catalogue().nodes(version.code(), bloc).stream()
                    .filter(n -> n.criterionCode() == null))
            .as("%s %s fields", version.code(), bloc)
            .hasSizeBetween(7, 8);
      }
    }
  }

  @Test
  void districtsHaveSlightlyMoreSubCriteriaThanDepartments() {
    for (String version : List.of("V2020", "V2022")) {
      int so = sample.catalogue().subCriteria(version, Bloc.SO).size();
      int huyen = sample.catalogue().subCriteria(version, Bloc.HUYEN).size();
      assertThat(huyen - so).as(version).isBetween(1, 6);
    }
    assertThat(sample.catalogue().blocs("V2025")).containsExactly(Bloc.SO, Bloc.XA);
  }

  @Test
  void unitCountsPerBlocFollowTheRestructuring() {
    for (int year = 2020; year <= 2024; year++) {
      assertThat(assessed(year, Bloc.SO)).as("departments %d", year).isEqualTo(2 * 19);
      assertThat(assessed(year, Bloc.HUYEN)).as("districts %d", year).isEqualTo(11 + 15);
      assertThat(assessed(year, Bloc.XA)).as("communes %d", year).isEqualTo(155 + 143);
    }
    assertThat(assessed(2025, Bloc.SO)).isEqualTo(14);
    assertThat(assessed(2025, Bloc.HUYEN)).isZero();
    assertThat(assessed(2025, Bloc.XA)).isEqualTo(102);
  }

  @Test
  void mostIndicesLieBetween75And97Percent() {
    List<UnitYearScore> totals = sample.scores().totals();
    long inRange =
        totals.stream().filter(t -> t.appraisedPct() >= 75 && t.appraisedPct() <= 97).count();
    assertThat((double) inRange / totals.size()).isGreaterThan(0.8);
    assertThat(totals).anyMatch(t -> t.appraisedPct() < 70);
  }

  @Test
  void mostUnitsOverclaimByOneToFourPointsAndAFewByMuchMore() {
    List<UnitYearScore> totals = sample.scores().totals();
    long typical = totals.stream().filter(t -> t.overclaim() >= 1 && t.overclaim() <= 4).count();
    long large = totals.stream().filter(t -> t.overclaim() > 6).count();
    assertThat((double) typical / totals.size()).isGreaterThan(0.6);
    assertThat((double) large / totals.size()).isBetween(0.01, 0.12);
  }

  @Test
  void digitalGovernmentIsTheWeakestSelfAssessedFieldProvinceWide() {
    Map<String, double[]> byField = new HashMap<>();
    sample
        .appraisals()
        .forEach(
            (year, table) -> {
              for (Object[] row : table.rows()) {
                if (!table.value(row, "round").equals(1)) {
                  continue;
                }
                Bloc bloc =
                    sample
                        .registry()
                        .assessedVersion((String) table.value(row, "unit_code"), year)
                        .bloc();
                SubCriterion s = sub(year, bloc, (String) table.value(row, "sub_criterion_code"));
                double[] acc = byField.computeIfAbsent(s.fieldCode(), f -> new double[2]);
                acc[0] += (Double) table.value(row, "points");
                acc[1] += s.maxPoints();
              }
            });
    String weakest =
        byField.entrySet().stream()
            .filter(e -> !e.getKey().equals("8"))
            .min(Comparator.comparingDouble(e -> e.getValue()[0] / e.getValue()[1]))
            .orElseThrow()
            .getKey();
    assertThat(weakest).isEqualTo("7");
  }

  @Test
  void unitsKeepTheirStrengthsFromYearToYear() {
    List<Double> previous = new ArrayList<>();
    List<Double> current = new ArrayList<>();
    for (Unit u : sample.registry().assessedIn(2024)) {
      previous.add(sample.scores().total(2023, u).appraisedPct());
      current.add(sample.scores().total(2024, u).appraisedPct());
    }
    assertThat(correlation(previous, current)).isGreaterThan(0.4);
  }

  @Test
  void inspectionsGoMostlyToUnitsThatScoredLowTheYearBefore() {
    Table inspections = sample.inspections();
    for (int year = 2020; year <= 2025; year++) {
      assertThat(inspections.filter("year", year).size())
          .as("inspections %d", year)
          .isBetween(15, 25);
    }
    int weak = 0;
    int total = 0;
    for (int year = 2021; year <= 2024; year++) {
      int y = year;
      List<Double> sorted =
          sample.registry().assessedIn(year).stream()
              .map(u -> sample.scores().total(y - 1, u).appraisedPct())
              .sorted()
              .toList();
      double lowerThird = sorted.get(sorted.size() / 3);
      for (Object[] row : inspections.filter("year", year).rows()) {
        total++;
        Unit unit =
            sample.registry().assessedVersion((String) inspections.value(row, "unit_code"), year);
        if (sample.scores().total(year - 1, unit).appraisedPct() <= lowerThird) {
          weak++;
        }
      }
    }
    assertThat((double) weak / total).isGreaterThan(0.6);
  }

  @Test
  void someFindingsAreRemediatedLateAndSomeAreStillOpenPastTheirDeadline() {
    Table findings = sample.findings();
    int late = 0;
    int overdue = 0;
    for (Object[] row : findings.rows()) {
      LocalDate due = (LocalDate) findings.value(row, "due_date");
      LocalDate done = (LocalDate) findings.value(row, "remediated_on");
      if (done != null && done.isAfter(due)) {
        late++;
      }
      if (done == null && due.isBefore(LocalDate.of(2026, 10, 31))) {
        overdue++;
      }
    }
    assertThat(late).isBetween(findings.size() / 20, findings.size() / 3);
    assertThat(overdue).isBetween(findings.size() / 20, findings.size() / 3);
  }

  @Test
  void surveysStayWithinSizeAndSomeUnitsHaveFewSipasRespondents() {
    int rows = sample.surveyResponses().values().stream().mapToInt(Table::size).sum();
    assertThat(rows).isLessThan(600_000);
    Table y2023 = sample.surveyResponses().get(2023);
    Map<String, Set<String>> sipasRespondents = new HashMap<>();
    Map<String, Set<String>> indexRespondents = new HashMap<>();
    for (Object[] row : y2023.rows()) {
      String survey = (String) y2023.value(row, "survey_code");
      (survey.startsWith("SIPAS") ? sipasRespondents : indexRespondents)
          .computeIfAbsent((String) y2023.value(row, "unit_code"), u -> new HashSet<>())
          .add((String) y2023.value(row, "respondent_id"));
    }
    int sipasTotal = sipasRespondents.values().stream().mapToInt(Set::size).sum();
    assertThat(sipasTotal).isBetween(4000, 5000);
    assertThat(sipasRespondents.values())
        .anyMatch(s -> s.size() < 10)
        .anyMatch(s -> s.size() >= 50);
    assertThat(sipasRespondents.values().stream().filter(s -> s.size() < 30).count())
        .isBetween(30L, (long) sipasRespondents.size() - 30);
    assertThat(indexRespondents.values()).allMatch(s -> s.size() >= 10 && s.size() <= 20);
  }

  private static int assessed(int year, Bloc bloc) {
    return (int) sample.registry().assessedIn(year).stream().filter(u -> u.bloc() == bloc).count();
  }

  private static SubCriterion sub(int year, Bloc bloc, String code) {
    return sample.catalogue().subCriteria(year, bloc).stream()
        .filter(s -> s.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private static double correlation(List<Double> x, List<Double> y) {
    double mx = x.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double my = y.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.size(); i++) {
      sxy += (x.get(i) - mx) * (y.get(i) - my);
      sxx += (x.get(i) - mx) * (x.get(i) - mx);
      syy += (y.get(i) - my) * (y.get(i) - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }
}
