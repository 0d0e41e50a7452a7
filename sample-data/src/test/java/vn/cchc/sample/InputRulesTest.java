package vn.cchc.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.model.inspection.InspectionTopic;
import vn.cchc.model.methodology.Assessment;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.methodology.MethodologyItem;
import vn.cchc.model.methodology.ScoringRule;
import vn.cchc.model.survey.OptionWeights;
import vn.cchc.model.unit.Unit;
import vn.cchc.model.unit.UnitRegistry;
import vn.cchc.sample.methodology.SubCriterion;
import vn.cchc.sample.output.Table;

/**
 * The rules the ingestion enforces, checked on the generated tables with the model's own types, so
 * that the sample loads with zero rejects and its planted issues are exactly the documented ones.
 */
class InputRulesTest {
  private static SampleProvince sample;

  @BeforeAll
  static void generate() {
    sample = SampleProvinceGenerator.build();
  }

  @Test
  void criteriaRowsAreConsistentAndCodesUniquePerBloc() {
    Table t = sample.criteria();
    Set<String> keys = new HashSet<>();
    for (Object[] row : t.rows()) {
      String scoring = (String) t.value(row, "scoring");
      String assessment = (String) t.value(row, "assessment");
      var item =
          new MethodologyItem(
              (String) t.value(row, "version"),
              Bloc.valueOf((String) t.value(row, "bloc")),
              (String) t.value(row, "field_code"),
              (String) t.value(row, "criterion_code"),
              (String) t.value(row, "sub_criterion_code"),
              (String) t.value(row, "name"),
              (Double) t.value(row, "max_points"),
              assessment == null ? null : Assessment.parse(assessment).orElseThrow(),
              scoring == null ? null : ScoringRule.parse(scoring));
      assertThat(item.inconsistency()).as("row %s", Arrays.toString(row)).isNull();
      assertThat(keys.add(item.version() + "/" + item.bloc() + "/" + item.code()))
          .as(item.code())
          .isTrue();
    }
  }

  @Test
  void versionsDoNotOverlapAndEveryBandScaleStartsAtZero() {
    var versions = sample.catalogue().versions();
    for (int i = 0; i < versions.size(); i++) {
      for (int j = i + 1; j < versions.size(); j++) {
        assertThat(versions.get(i).overlaps(versions.get(j))).isFalse();
      }
    }
    Map<String, Double> lowest = new HashMap<>();
    Table bands = sample.bands();
    for (Object[] row : bands.rows()) {
      lowest.merge(
          bands.value(row, "version") + "/" + bands.value(row, "bloc"),
          (Double) bands.value(row, "min_pct"),
          Math::min);
    }
    assertThat(lowest).hasSize(8).allSatisfy((k, v) -> assertThat(v).isZero());
  }

  @Test
  void lineageSharesSumToOneAndDatesMeetAtTheEffectiveDay() {
    UnitRegistry registry = sample.registry().resolver();
    Map<String, BigDecimal> sums = new HashMap<>();
    for (var link : registry.lineage()) {
      Unit from =
          registry
              .predecessor(link)
              .orElseThrow(() -> new AssertionError("no predecessor of " + link));
      Unit to =
          registry.successor(link).orElseThrow(() -> new AssertionError("no successor of " + link));
      assertThat(to.validFrom()).as("%s", link).isEqualTo(link.effectiveDate());
      assertThat(from.validTo()).as("%s", link).isEqualTo(link.effectiveDate().minusDays(1));
      assertThat(link.share()).as("%s", link).isGreaterThan(0).isLessThanOrEqualTo(1);
      assertThat(BigDecimal.valueOf(link.share()).scale()).as("%s", link).isLessThanOrEqualTo(4);
      sums.merge(
          to.key() + " " + link.effectiveDate(), BigDecimal.valueOf(link.share()), BigDecimal::add);
    }
    assertThat(sums)
        .hasSize(12 + 14 + 1 + 102)
        .allSatisfy(
            (successor, sum) -> assertThat(sum).as(successor).isEqualByComparingTo(BigDecimal.ONE));
  }

  @Test
  void codesAreOfficialAndVersionsOfOneCodeDoNotOverlapAndParentsCoverTheirChildren() {
    UnitRegistry registry = sample.registry().resolver();
    Set<String> keys = new HashSet<>();
    for (Unit u : registry.units()) {
      assertThat(keys.add(u.key())).as(u.key()).isTrue();
      assertThat(u.code())
          .matches(
              switch (u.bloc()) {
                case TINH -> "[0-9]{2}";
                case HUYEN -> "[0-9]{3}";
                case XA -> "[0-9]{5}";
                case SO -> "(89|91)-[A-Z]+";
              });
      for (Unit other : registry.versions(u.code())) {
        assertThat(other == u || !other.overlaps(u)).as("%s and %s", u.key(), other.key()).isTrue();
      }
      if (u.parentCode() != null) {
        // walk the parent's versions from the child's first day to its last: no day without a
        // parent
        LocalDate day = u.validFrom();
        while (day != null && (u.validTo() == null || !day.isAfter(u.validTo()))) {
          Optional<Unit> parent = registry.versionOn(u.parentCode(), day);
          assertThat(parent).as("parent of %s on %s", u.key(), day).isPresent();
          day = parent.get().validTo() == null ? null : parent.get().validTo().plusDays(1);
        }
      }
    }
  }

  @Test
  void everyAssessedUnitSelfScoresEverySelfItemWithAdmissiblePoints() {
    sample
        .selfScores()
        .forEach(
            (year, t) -> {
              Set<String> expected = new HashSet<>();
              for (Unit u : sample.registry().assessedIn(year)) {
                for (SubCriterion s : sample.catalogue().subCriteria(year, u.bloc())) {
                  if (!s.surveyed()) {
                    expected.add(u.code() + "/" + s.code());
                  }
                }
              }
              Set<String> actual = new HashSet<>();
              for (Object[] row : t.rows()) {
                String unit = (String) t.value(row, "unit_code");
                SubCriterion s = sub(year, unit, (String) t.value(row, "sub_criterion_code"));
                assertThat(actual.add(unit + "/" + s.code())).isTrue();
                Double points = (Double) t.value(row, "points");
                if (Boolean.TRUE.equals(t.value(row, "applicable"))) {
                  assertThat(rule(s).admits(points, s.maxPoints()))
                      .as("%d %s %s %s", year, unit, s.code(), points)
                      .isTrue();
                } else {
                  assertThat(points).isNull();
                }
              }
              assertThat(actual).as("self-scored items %d", year).isEqualTo(expected);
            });
  }

  @Test
  void roundOneCoversEveryApplicableItemExceptThePlantedGapsAndRoundTwoOnlyFollowsACut() {
    List<String> missing = new ArrayList<>();
    sample
        .selfScores()
        .forEach(
            (year, self) -> {
              Table appraisals = sample.appraisals().get(year);
              Map<String, Double> claimed = new HashMap<>();
              for (Object[] row : self.rows()) {
                if (Boolean.TRUE.equals(self.value(row, "applicable"))) {
                  claimed.put(
                      self.value(row, "unit_code") + "/" + self.value(row, "sub_criterion_code"),
                      (Double) self.value(row, "points"));
                }
              }
              Map<String, Double> roundOne = new HashMap<>();
              List<Object[]> roundTwo = new ArrayList<>();
              for (Object[] row : appraisals.rows()) {
                String unit = (String) appraisals.value(row, "unit_code");
                SubCriterion s =
                    sub(year, unit, (String) appraisals.value(row, "sub_criterion_code"));
                double points = (Double) appraisals.value(row, "points");
                assertThat(rule(s).admits(points, s.maxPoints()) && points <= s.maxPoints())
                    .isTrue();
                if (appraisals.value(row, "round").equals(1)) {
                  roundOne.put(unit + "/" + s.code(), points);
                } else {
                  roundTwo.add(row);
                }
              }
              for (Object[] row : roundTwo) {
                String key =
                    appraisals.value(row, "unit_code")
                        + "/"
                        + appraisals.value(row, "sub_criterion_code");
                assertThat(roundOne.get(key)).as(key).isLessThan(claimed.get(key));
              }
              claimed.keySet().stream()
                  .filter(k -> !roundOne.containsKey(k))
                  .sorted()
                  .forEach(k -> missing.add(year + "/" + k));
            });
    assertThat(missing)
        .containsExactlyInAnyOrder(
            "2025/30814/7.3.1",
            "2025/30814/7.3.2",
            "2025/30814/7.3.3",
            "2025/30688/3.5.1",
            "2025/30688/3.5.2");
  }

  @Test
  void yearKeyedRowsNameUnitsAssessedThatYear() {
    List<Table> tables = new ArrayList<>(List.of(sample.adjustments(), sample.inspections()));
    tables.addAll(sample.selfScores().values());
    tables.addAll(sample.appraisals().values());
    tables.addAll(sample.surveyResponses().values());
    for (Table t : tables) {
      for (Object[] row : t.rows()) {
        String code = (String) t.value(row, "unit_code");
        int year = (Integer) t.value(row, "year");
        assertThat(sample.registry().resolver().assessedVersion(code, year))
            .as("%s %s %d", t.schema().name(), code, year)
            .isPresent()
            .get()
            .matches(u -> u.assessedIn(year));
      }
    }
  }

  @Test
  void surveyAnswersAreValidOptionsAndEverySurveyItemIsAnsweredExceptThePlantedGap() {
    Table q = sample.surveyQuestions();
    Map<String, String> weights = new HashMap<>();
    for (Object[] row : q.rows()) {
      weights.put(
          q.value(row, "survey_code") + "/" + q.value(row, "question_code"),
          q.value(row, "option_weights") == null
              ? "1=0;2=0.25;3=0.5;4=0.75;5=1"
              : (String) q.value(row, "option_weights"));
    }
    List<String> unanswered = new ArrayList<>();
    sample
        .surveyResponses()
        .forEach(
            (year, t) -> {
              Set<String> keys = new HashSet<>();
              Map<String, Set<String>> respondents = new HashMap<>();
              for (Object[] row : t.rows()) {
                String question = t.value(row, "survey_code") + "/" + t.value(row, "question_code");
                assertThat(
                        OptionWeights.parse(weights.get(question))
                            .weightOf((String) t.value(row, "answer")))
                    .isPresent();
                assertThat(keys.add(t.value(row, "respondent_id") + "/" + question)).isTrue();
                respondents
                    .computeIfAbsent(
                        t.value(row, "unit_code") + "/" + t.value(row, "question_code"),
                        k -> new HashSet<>())
                    .add((String) t.value(row, "respondent_id"));
              }
              for (Unit u : sample.registry().assessedIn(year)) {
                for (SubCriterion s : sample.catalogue().subCriteria(year, u.bloc())) {
                  if (s.surveyed()
                      && respondents.getOrDefault(u.code() + "/Q" + s.code(), Set.of()).size()
                          < 10) {
                    unanswered.add(year + "/" + u.code() + "/" + s.code());
                  }
                }
              }
            });
    assertThat(unanswered).containsExactly("2024/30427/8.4.1");
  }

  @Test
  void inspectionsAndFindingsRespectDatesFieldsAndCriteria() {
    Table inspections = sample.inspections();
    Map<String, Object[]> byId = new HashMap<>();
    for (Object[] row : inspections.rows()) {
      int year = (Integer) inspections.value(row, "year");
      LocalDate start = (LocalDate) inspections.value(row, "start_date");
      String code = (String) inspections.value(row, "unit_code");
      assertThat(start.getYear()).isEqualTo(year);
      // an inspection resolves at its start date: the same version as the year's scores
      assertThat(sample.registry().resolver().versionOn(code, start))
          .as("%s on %s", code, start)
          .isPresent()
          .get()
          .isEqualTo(sample.registry().assessedVersion(code, year));
      assertThat((LocalDate) inspections.value(row, "end_date")).isAfterOrEqualTo(start);
      byId.put((String) inspections.value(row, "inspection_id"), row);
    }
    Table findings = sample.findings();
    for (Object[] row : findings.rows()) {
      Object[] inspection = byId.get((String) findings.value(row, "inspection_id"));
      int year = (Integer) inspections.value(inspection, "year");
      Bloc bloc =
          sample
              .registry()
              .resolver()
              .versionOn(
                  (String) inspections.value(inspection, "unit_code"),
                  (LocalDate) inspections.value(inspection, "start_date"))
              .orElseThrow()
              .bloc();
      String version = sample.catalogue().versionFor(year).code();
      String field = (String) findings.value(row, "field_code");
      String criterion = (String) findings.value(row, "criterion_code");
      var nodes = sample.catalogue().nodes(version, bloc);
      boolean isField =
          nodes.stream().anyMatch(n -> n.criterionCode() == null && n.fieldCode().equals(field));
      assertThat(isField || InspectionTopic.parse(field).isPresent()).as(field).isTrue();
      if (criterion != null) {
        assertThat(nodes)
            .anyMatch(n -> criterion.equals(n.criterionCode()) && n.fieldCode().equals(field));
      }
      LocalDate due = (LocalDate) findings.value(row, "due_date");
      LocalDate done = (LocalDate) findings.value(row, "remediated_on");
      assertThat(due).isAfterOrEqualTo((LocalDate) inspections.value(inspection, "end_date"));
      if (done != null) {
        assertThat(done)
            .isAfterOrEqualTo((LocalDate) inspections.value(inspection, "start_date"))
            .isBeforeOrEqualTo(LocalDate.of(2026, 10, 31));
      }
    }
  }

  @Test
  void allTextIsNormalisedToNfc() {
    Stream.concat(
            Stream.of(
                sample.criteria(),
                sample.units(),
                sample.surveyQuestions(),
                sample.findings(),
                sample.adjustments(),
                sample.methodologyVersions()),
            Stream.concat(
                sample.appraisals().values().stream(), sample.selfScores().values().stream()))
        .flatMap(t -> t.rows().stream())
        .flatMap(Stream::of)
        .filter(v -> v instanceof String)
        .forEach(
            v ->
                assertThat(Normalizer.isNormalized((String) v, Normalizer.Form.NFC))
                    .as((String) v)
                    .isTrue());
  }

  private static SubCriterion sub(int year, String unit, String code) {
    Bloc bloc = sample.registry().assessedVersion(unit, year).bloc();
    return sample.catalogue().subCriteria(year, bloc).stream()
        .filter(s -> s.code().equals(code))
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no sub-criterion " + code + " for " + unit + " in " + year));
  }

  private static ScoringRule rule(SubCriterion s) {
    return ScoringRule.parse(s.scoring());
  }
}
