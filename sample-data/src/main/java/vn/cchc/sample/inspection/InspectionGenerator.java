package vn.cchc.sample.inspection;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import vn.cchc.model.inspection.InspectionForm;
import vn.cchc.model.inspection.InspectionTopic;
import vn.cchc.model.inspection.Severity;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.unit.Unit;
import vn.cchc.sample.Dice;
import vn.cchc.sample.Years;
import vn.cchc.sample.methodology.MethodologyCatalogue;
import vn.cchc.sample.methodology.MethodologyCatalogue.Node;
import vn.cchc.sample.output.Table;
import vn.cchc.sample.score.ScoreGenerator;
import vn.cchc.sample.score.UnitYearScore;
import vn.cchc.sample.unit.SampleRegistry;
import vn.cchc.sample.unit.UnitProfile;
import vn.cchc.sample.unit.YearQuality;

/**
 * The yearly inspection programme of Sở Nội vụ. As the plans ask, most inspections go to units with
 * a low index the year before; findings fall mostly in the unit's weakest fields; some are
 * remediated late, some stay open past their deadline.
 */
public final class InspectionGenerator {
  /** No remediation is reported after this day (the sample's "as of" date). */
  public static final LocalDate AS_OF = LocalDate.of(2026, 10, 31);

  private static final String LEAD = "Sở Nội vụ";

  private final MethodologyCatalogue catalogue;
  private final SampleRegistry registry;
  private final YearQuality quality;
  private final ScoreGenerator scores;
  private final long seed;
  private final String idPrefix;
  private final Table inspections = new Table(InputTables.INSPECTIONS);
  private final Table findings = new Table(InputTables.FINDINGS);

  public InspectionGenerator(
      MethodologyCatalogue catalogue,
      SampleRegistry registry,
      YearQuality quality,
      ScoreGenerator scores,
      long seed) {
    this(catalogue, registry, quality, scores, seed, "");
  }

  /**
   * {@code idPrefix} is put before every inspection id, to keep them apart from other provinces'.
   */
  public InspectionGenerator(
      MethodologyCatalogue catalogue,
      SampleRegistry registry,
      YearQuality quality,
      ScoreGenerator scores,
      long seed,
      String idPrefix) {
    this.catalogue = catalogue;
    this.registry = registry;
    this.quality = quality;
    this.scores = scores;
    this.seed = seed;
    this.idPrefix = idPrefix;
  }

  public InspectionGenerator run() {
    Set<String> inspectedLastYear = new HashSet<>();
    for (int year : Years.all()) {
      SplittableRandom rng = Dice.forKey(seed, "inspections", year);
      List<Unit> targets = targets(year, rng);
      targets.sort(Comparator.comparing(Unit::code));
      List<LocalDate> starts = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        starts.add(startDate(year, targets.get(i), rng));
      }
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < targets.size(); i++) {
        order.add(i);
      }
      order.sort(
          Comparator.comparing((Integer i) -> starts.get(i))
              .thenComparing(i -> targets.get(i).code()));
      Set<String> inspected = new HashSet<>();
      int serial = 0;
      for (int i : order) {
        Unit unit = targets.get(i);
        String id = String.format("%sKT%d-%03d", idPrefix, year, ++serial);
        inspect(id, year, unit, starts.get(i), inspectedLastYear.contains(unit.key()), rng);
        inspected.add(unit.key());
      }
      inspectedLastYear = inspected;
    }
    return this;
  }

  public Table inspections() {
    return inspections;
  }

  public Table findings() {
    return findings;
  }

  /** Two thirds from the weakest quarter of last year's results, the rest at random. */
  private List<Unit> targets(int year, SplittableRandom rng) {
    List<Unit> units = new ArrayList<>(registry.assessedIn(year));
    units.sort(
        Comparator.comparingDouble((Unit u) -> previousResult(year, u)).thenComparing(Unit::code));
    int count = 15 + rng.nextInt(11);
    int weak = count * 2 / 3;
    List<Unit> chosen = new ArrayList<>();
    List<Unit> weakest = new ArrayList<>(units.subList(0, units.size() / 4));
    while (chosen.size() < weak && !weakest.isEmpty()) {
      chosen.add(weakest.remove(rng.nextInt(weakest.size())));
    }
    List<Unit> rest = new ArrayList<>(units);
    rest.removeAll(chosen);
    while (chosen.size() < count) {
      chosen.add(rest.remove(rng.nextInt(rest.size())));
    }
    return chosen;
  }

  /**
   * Last year's appraised percentage; for a unit without one, its current quality as the council
   * knows it.
   */
  private double previousResult(int year, Unit unit) {
    UnitYearScore last = scores.total(year - 1, unit);
    return last != null ? last.appraisedPct() : 100 * quality.of(unit, year);
  }

  private static LocalDate startDate(int year, Unit unit, SplittableRandom rng) {
    LocalDate first =
        unit.validFrom().getYear() == year && unit.validFrom().isAfter(LocalDate.of(year, 3, 1))
            ? unit.validFrom().plusDays(30)
            : LocalDate.of(year, 3, 15);
    LocalDate last = LocalDate.of(year, 11, 30);
    LocalDate day = first.plusDays(rng.nextInt((int) (last.toEpochDay() - first.toEpochDay()) + 1));
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY) {
      day = day.plusDays(1);
    }
    return day;
  }

  private void inspect(
      String id, int year, Unit unit, LocalDate start, boolean reinspection, SplittableRandom rng) {
    double roll = rng.nextDouble();
    InspectionForm form =
        reinspection && roll < 0.5
            ? InspectionForm.REINSPECTION
            : roll < 0.6
                ? InspectionForm.ANNOUNCED
                : roll < 0.78 ? InspectionForm.REPORT_REVIEW : InspectionForm.SURPRISE;
    LocalDate end =
        start.plusDays(
            form == InspectionForm.REPORT_REVIEW
                ? 5 + rng.nextInt(6)
                : form == InspectionForm.SURPRISE ? 0 : rng.nextInt(3));
    inspections.add(id, year, unit.code(), form.name(), start, end, LEAD);

    String version = catalogue.versionFor(year).code();
    List<String> weakFields = weakestFields(unit);
    int count = 1 + rng.nextInt(5);
    for (int k = 1; k <= count; k++) {
      String area =
          rng.nextDouble() < 0.7
              ? weakFields.get(rng.nextInt(Math.min(3, weakFields.size())))
              : Dice.pick(rng, List.of(InspectionTopic.values())).name();
      FindingTexts.Text text = Dice.pick(rng, FindingTexts.BY_AREA.get(area));
      String criterion = null;
      if (Character.isDigit(area.charAt(0)) && rng.nextDouble() < 0.6) {
        List<Node> criteria =
            catalogue.nodes(version, unit.bloc()).stream()
                .filter(n -> n.criterionCode() != null && n.fieldCode().equals(area))
                .toList();
        criterion = Dice.pick(rng, criteria).criterionCode();
      }
      double s = rng.nextDouble();
      Severity severity = s < 0.4 ? Severity.LOW : s < 0.85 ? Severity.MEDIUM : Severity.HIGH;
      LocalDate due = end.plusDays(Dice.pick(rng, List.of(30, 45, 60, 90)));
      findings.add(
          String.format("%s-%02d", id, k),
          id,
          area,
          criterion,
          severity.name(),
          text.description(),
          text.recommendation(),
          due,
          remediation(start, due, severity, rng));
    }
  }

  /**
   * Fields ordered from the unit's weakest (own offset and province-wide difficulty) to its
   * strongest.
   */
  private List<String> weakestFields(Unit unit) {
    UnitProfile profile = quality.profile(unit);
    List<String> fields = new ArrayList<>(List.of("1", "2", "3", "4", "5", "6", "7"));
    fields.sort(
        Comparator.comparingDouble((String f) -> profile.fieldOffset(f) - provinceWeakness(f))
            .thenComparing(f -> f));
    return fields;
  }

  private static double provinceWeakness(String field) {
    return switch (field) {
      case "7" -> 0.08;
      case "3" -> 0.04;
      default -> 0;
    };
  }

  /** On time for most, late for some, never for a few; nothing reported after {@link #AS_OF}. */
  private static LocalDate remediation(
      LocalDate start, LocalDate due, Severity severity, SplittableRandom rng) {
    double roll = rng.nextDouble();
    double open = severity == Severity.HIGH ? 0.25 : 0.12;
    if (roll < open) {
      return null;
    }
    LocalDate day =
        roll < open + 0.2
            ? due.plusDays(5 + rng.nextInt(120))
            : start.plusDays(
                7 + rng.nextInt((int) Math.max(1, due.toEpochDay() - start.toEpochDay() - 7)));
    return day.isAfter(AS_OF) ? null : day;
  }
}
