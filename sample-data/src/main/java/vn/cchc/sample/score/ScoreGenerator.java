package vn.cchc.sample.score;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.unit.Unit;
import vn.cchc.sample.DeliberateIssues;
import vn.cchc.sample.Dice;
import vn.cchc.sample.Years;
import vn.cchc.sample.methodology.MethodologyCatalogue;
import vn.cchc.sample.methodology.RuleShape;
import vn.cchc.sample.methodology.SubCriterion;
import vn.cchc.sample.output.Table;
import vn.cchc.sample.unit.SampleRegistry;
import vn.cchc.sample.unit.UnitProfile;
import vn.cchc.sample.unit.YearQuality;

/**
 * Self-assessment and appraisal of every assessed unit and year. The council's round 1 gives what
 * the unit's quality earns; the unit claims more on a few items (its overclaim); round 2 settles a
 * share of contested cuts.
 */
public final class ScoreGenerator {
  private static final double ITEM_NOISE = 0.10;

  /**
   * Units do more of the work than their quality suggests: most items are done, the index sits at
   * 75–97 %.
   */
  private static final double DILIGENCE = 0.085;

  private static final double UNDERCLAIM_RATE = 0.004;

  private final MethodologyCatalogue catalogue;
  private final SampleRegistry registry;
  private final YearQuality quality;
  private final long seed;

  private final Map<Integer, Table> selfScores = new LinkedHashMap<>();
  private final Map<Integer, Table> appraisals = new LinkedHashMap<>();
  private final Table adjustments = new Table(InputTables.ADJUSTMENTS);
  private final Map<String, UnitYearScore> totals = new LinkedHashMap<>();

  public ScoreGenerator(
      MethodologyCatalogue catalogue, SampleRegistry registry, YearQuality quality, long seed) {
    this.catalogue = catalogue;
    this.registry = registry;
    this.quality = quality;
    this.seed = seed;
  }

  public ScoreGenerator run() {
    for (int year : Years.all()) {
      Table self = new Table(InputTables.SELF_SCORES);
      Table appraisal = new Table(InputTables.APPRAISALS);
      for (Unit unit : registry.assessedIn(year)) {
        scoreUnit(year, unit, self, appraisal);
      }
      selfScores.put(year, self);
      appraisals.put(year, appraisal);
      adjust(year);
    }
    return this;
  }

  public Map<Integer, Table> selfScores() {
    return selfScores;
  }

  public Map<Integer, Table> appraisals() {
    return appraisals;
  }

  public Table adjustments() {
    return adjustments;
  }

  public List<UnitYearScore> totals() {
    return List.copyOf(totals.values());
  }

  /** The totals of a unit version in a year; null when it was not assessed that year. */
  public UnitYearScore total(int year, Unit unit) {
    return totals.get(year + "/" + unit.key());
  }

  private void scoreUnit(int year, Unit unit, Table selfTable, Table appraisalTable) {
    SplittableRandom rng = Dice.forKey(seed, "score", unit.key(), year);
    UnitProfile profile = quality.profile(unit);
    double q = quality.of(unit, year);
    List<SubCriterion> items =
        catalogue.subCriteria(year, unit.bloc()).stream().filter(s -> !s.surveyed()).toList();
    int n = items.size();
    boolean[] applicable = new boolean[n];
    double[] earned = new double[n];
    double[] claimed = new double[n];
    for (int i = 0; i < n; i++) {
      SubCriterion s = items.get(i);
      applicable[i] = !(registry.withoutProcedures(unit) && oneStopShopItem(s));
      double share =
          q
              + DILIGENCE
              + profile.fieldOffset(s.fieldCode())
              - s.difficulty()
              + ITEM_NOISE * rng.nextGaussian();
      earned[i] = s.pointsFor(share);
      claimed[i] = earned[i];
    }
    overclaim(rng, profile, items, applicable, earned, claimed);

    double selfSum = 0;
    double finalSum = 0;
    double max = 0;
    for (int i = 0; i < n; i++) {
      SubCriterion s = items.get(i);
      if (!applicable[i]) {
        selfTable.add(
            year,
            unit.code(),
            s.code(),
            null,
            false,
            null,
            "Đơn vị không có thủ tục hành chính thuộc thẩm quyền");
        continue;
      }
      int evidence = claimed[i] == 0 ? 0 : 1 + rng.nextInt(5);
      selfTable.add(
          year,
          unit.code(),
          s.code(),
          claimed[i],
          true,
          evidence,
          note(rng, year, selfTable.size()));
      max += s.maxPoints();
      selfSum += claimed[i];
      if (DeliberateIssues.missingRoundOne(year, unit.code(), s.code())) {
        finalSum += claimed[i];
        continue;
      }
      String reason =
          earned[i] < claimed[i]
              ? cutReason(rng, s)
              : earned[i] > claimed[i] ? AppraisalTexts.RAISED : null;
      appraisalTable.add(year, unit.code(), s.code(), 1, earned[i], reason);
      double settled = earned[i];
      if (earned[i] < claimed[i] && rng.nextDouble() < profile.contestRate()) {
        settled = roundTwo(rng, s, earned[i], claimed[i]);
        String outcome =
            settled == claimed[i]
                ? AppraisalTexts.RESTORED
                : settled > earned[i] ? AppraisalTexts.PARTLY_RESTORED : AppraisalTexts.KEPT;
        appraisalTable.add(year, unit.code(), s.code(), 2, settled, outcome);
      }
      finalSum += settled;
    }
    totals.put(
        year + "/" + unit.key(),
        new UnitYearScore(
            year,
            unit.code(),
            unit.key(),
            Dice.round2(selfSum),
            Dice.round2(finalSum),
            Dice.round2(max)));
  }

  /**
   * Raises the claim on items the council will cut until the unit's overclaim for the year is
   * reached.
   */
  private static void overclaim(
      SplittableRandom rng,
      UnitProfile profile,
      List<SubCriterion> items,
      boolean[] applicable,
      double[] earned,
      double[] claimed) {
    double target = profile.overclaim() * (0.75 + 0.5 * rng.nextDouble());
    List<Integer> candidates = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      if (applicable[i] && earned[i] < items.get(i).maxPoints()) {
        candidates.add(i);
      }
    }
    for (int k = candidates.size() - 1; k > 0; k--) {
      int j = rng.nextInt(k + 1);
      Integer tmp = candidates.get(k);
      candidates.set(k, candidates.get(j));
      candidates.set(j, tmp);
    }
    double claimedExtra = 0;
    for (int i : candidates) {
      if (claimedExtra >= target) {
        break;
      }
      SubCriterion s = items.get(i);
      claimed[i] =
          s.shape() == RuleShape.PROPORTIONAL
              ? Dice.round2(
                  Math.min(
                      s.maxPoints(),
                      earned[i] + (0.4 + 0.6 * rng.nextDouble()) * (s.maxPoints() - earned[i])))
              : s.maxPoints();
      claimedExtra += claimed[i] - earned[i];
    }
    for (int i = 0; i < items.size(); i++) {
      List<Double> levels = items.get(i).levels();
      if (applicable[i]
          && claimed[i] == earned[i]
          && earned[i] > 0
          && levels.size() == 3
          && rng.nextDouble() < UNDERCLAIM_RATE) {
        claimed[i] = levels.get(levels.indexOf(earned[i]) + 1);
      }
    }
  }

  private static double roundTwo(
      SplittableRandom rng, SubCriterion s, double earned, double claimed) {
    double roll = rng.nextDouble();
    if (roll < 0.5) {
      return claimed;
    }
    if (roll < 0.7) {
      if (s.shape() == RuleShape.PROPORTIONAL) {
        return Dice.round2((earned + claimed) / 2);
      }
      List<Double> between = s.levels().stream().filter(l -> l > earned && l < claimed).toList();
      return between.isEmpty() ? earned : between.get(0);
    }
    return earned;
  }

  private static boolean oneStopShopItem(SubCriterion s) {
    return s.fieldCode().equals("3")
        && (s.name().contains("Một cửa")
            || s.name().contains("hồ sơ")
            || s.name().contains("trễ hạn"));
  }

  private static String cutReason(SplittableRandom rng, SubCriterion s) {
    List<String> specific = AppraisalTexts.FIELD_CUTS.get(s.fieldCode());
    return rng.nextDouble() < 0.6
        ? Dice.pick(rng, specific)
        : Dice.pick(rng, AppraisalTexts.GENERIC_CUTS);
  }

  private static String note(SplittableRandom rng, int year, int row) {
    if (year == 2022 && row == 7) {
      return AppraisalTexts.MULTILINE_NOTE;
    }
    return rng.nextDouble() < 0.03 ? Dice.pick(rng, AppraisalTexts.NOTES) : null;
  }

  /**
   * A few bonuses for strong units and penalties for weak ones, at most one of each kind per unit
   * and year.
   */
  private void adjust(int year) {
    SplittableRandom rng = Dice.forKey(seed, "adjust", year);
    List<UnitYearScore> ranked =
        registry.assessedIn(year).stream()
            .map(u -> total(year, u))
            .sorted(
                Comparator.comparingDouble(UnitYearScore::appraisedPct)
                    .reversed()
                    .thenComparing(UnitYearScore::unitCode))
            .toList();
    int bonuses = 2 + rng.nextInt(3);
    for (int i = 0; i < bonuses; i++) {
      UnitYearScore t = ranked.get(i * 3 + rng.nextInt(3));
      adjustments.add(
          year,
          t.unitCode(),
          "BONUS",
          0.5 * (1 + rng.nextInt(4)),
          Dice.pick(rng, AppraisalTexts.BONUS_REASONS));
    }
    int penalties = 1 + rng.nextInt(3);
    for (int i = 0; i < penalties; i++) {
      UnitYearScore t = ranked.get(ranked.size() - 1 - i * 4 - rng.nextInt(4));
      adjustments.add(
          year,
          t.unitCode(),
          "PENALTY",
          0.5 * (1 + rng.nextInt(3)),
          Dice.pick(rng, AppraisalTexts.PENALTY_REASONS));
    }
  }
}
