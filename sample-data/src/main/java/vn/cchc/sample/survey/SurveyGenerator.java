package vn.cchc.sample.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.survey.SipasComponent;
import vn.cchc.model.unit.Unit;
import vn.cchc.sample.DeliberateIssues;
import vn.cchc.sample.Dice;
import vn.cchc.sample.Years;
import vn.cchc.sample.methodology.MethodologyCatalogue;
import vn.cchc.sample.methodology.SubCriterion;
import vn.cchc.sample.output.Table;
import vn.cchc.sample.survey.SurveyDesigns.SipasQuestion;
import vn.cchc.sample.unit.SampleRegistry;
import vn.cchc.sample.unit.UnitProfile;
import vn.cchc.sample.unit.YearQuality;

/**
 * Answers of the index survey (leaders, officials and citizens about each assessed unit) and of
 * SIPAS (citizens who used a service), one table per year.
 */
public final class SurveyGenerator {
  /**
   * Impact criteria (8.x) measure the effect of another field's work; their answers follow that
   * field.
   */
  private static final Map<String, String> IMPACT_OF =
      Map.of("8.1", "2", "8.2", "3", "8.3", "4", "8.4", "5", "8.5", "6", "8.6", "7", "8.7", "1");

  /** Two old provinces until 2024 (362 units), the new one in 2025 (116 units). */
  private static final Map<Integer, Integer> SIPAS_RESPONDENTS =
      Map.of(2020, 4200, 2021, 4400, 2022, 4600, 2023, 4500, 2024, 4800, 2025, 3000);

  private static final List<Double> POST_STRATIFICATION = List.of(0.85, 0.92, 1.0, 1.08, 1.2);

  private final MethodologyCatalogue catalogue;
  private final SampleRegistry registry;
  private final YearQuality quality;
  private final long seed;
  private final String idPrefix;
  private final double sipasFactor;
  private final Map<Integer, Table> responses = new LinkedHashMap<>();

  public SurveyGenerator(
      MethodologyCatalogue catalogue, SampleRegistry registry, YearQuality quality, long seed) {
    this(catalogue, registry, quality, seed, "", 1.0);
  }

  /**
   * @param idPrefix put before every SIPAS respondent id, to keep them apart from other provinces'
   * @param sipasFactor the year's SIPAS respondents as a multiple of the sample province's
   */
  public SurveyGenerator(
      MethodologyCatalogue catalogue,
      SampleRegistry registry,
      YearQuality quality,
      long seed,
      String idPrefix,
      double sipasFactor) {
    this.catalogue = catalogue;
    this.registry = registry;
    this.quality = quality;
    this.seed = seed;
    this.idPrefix = idPrefix;
    this.sipasFactor = sipasFactor;
  }

  public SurveyGenerator run() {
    for (int year : Years.all()) {
      Table t = new Table(InputTables.SURVEY_RESPONSES);
      for (Unit unit : registry.assessedIn(year)) {
        indexSurvey(year, unit, t);
      }
      sipas(year, t);
      responses.put(year, t);
    }
    return this;
  }

  public Map<Integer, Table> responses() {
    return responses;
  }

  private void indexSurvey(int year, Unit unit, Table t) {
    SplittableRandom rng = Dice.forKey(seed, "index-survey", unit.key(), year);
    String version = catalogue.versionFor(year).code();
    String survey = SurveyDesigns.indexSurveyCode(version);
    List<SubCriterion> items =
        catalogue.subCriteria(version, unit.bloc()).stream()
            .filter(SubCriterion::surveyed)
            .toList();
    UnitProfile profile = quality.profile(unit);
    double q = quality.of(unit, year);
    int respondents =
        switch (unit.bloc()) {
          case SO, HUYEN -> 12 + rng.nextInt(9);
          default -> 10 + rng.nextInt(4);
        };
    for (int r = 1; r <= respondents; r++) {
      String group = r <= 3 ? "LD" : r <= respondents / 2 + 1 ? "CC" : "ND";
      double bias =
          switch (group) {
            case "LD" -> 0.05;
            case "CC" -> 0.02;
            default -> -0.03;
          };
      double leaning = bias + 0.08 * rng.nextGaussian();
      String respondent = String.format("DT%d-%s-%s%02d", year, unit.code(), group, r);
      for (SubCriterion s : items) {
        double latent =
            q
                + profile.fieldOffset(IMPACT_OF.getOrDefault(s.criterionCode(), "8"))
                - s.difficulty()
                + leaning
                + 0.15 * rng.nextGaussian();
        if (DeliberateIssues.surveyGap(year, unit.code(), s.code())) {
          continue;
        }
        String answer = latent >= 0.82 ? "A" : latent >= 0.55 ? "B" : latent >= 0.25 ? "C" : "D";
        t.add(year, survey, respondent, unit.code(), SurveyDesigns.questionCode(s), answer, 1.0);
      }
    }
  }

  private void sipas(int year, Table t) {
    SplittableRandom rng = Dice.forKey(seed, "sipas", year);
    List<Unit> units =
        registry.assessedIn(year).stream().filter(u -> !registry.withoutProcedures(u)).toList();
    int[] counts = allocate(units, (int) Math.round(SIPAS_RESPONDENTS.get(year) * sipasFactor));
    String survey = SurveyDesigns.sipasCode(year);
    double designEffect = year >= 2022 ? -0.03 : 0;
    int serial = 0;
    for (int u = 0; u < units.size(); u++) {
      Unit unit = units.get(u);
      UnitProfile profile = quality.profile(unit);
      double base = profile.satisfaction() + 0.5 * profile.trend() * (year - 2020) + designEffect;
      for (int r = 0; r < counts[u]; r++) {
        String respondent = String.format("%sSP%d-%05d", idPrefix, year, ++serial);
        double weight = Dice.pick(rng, POST_STRATIFICATION);
        double leaning = 0.07 * rng.nextGaussian();
        for (SipasQuestion q : SurveyDesigns.sipasQuestions(year)) {
          double p = Dice.clamp(base + leaning + componentEffect(q.component()), 0.05, 0.99);
          t.add(year, survey, respondent, unit.code(), q.code(), likert(rng, p), weight);
        }
      }
    }
  }

  private static double componentEffect(SipasComponent c) {
    return switch (c) {
      case GOP_Y -> -0.07;
      case THU_TUC -> -0.02;
      case CONG_CHUC -> 0.02;
      default -> 0;
    };
  }

  private static String likert(SplittableRandom rng, double satisfied) {
    if (rng.nextDouble() < satisfied) {
      return rng.nextDouble() < 0.45 ? "5" : "4";
    }
    double roll = rng.nextDouble();
    return roll < 0.6 ? "3" : roll < 0.9 ? "2" : "1";
  }

  /**
   * Splits the year's respondents over units by a fixed size per unit (busy departments, districts
   * and urban wards get many, rural communes few), with the largest-remainder method so the total
   * is exact.
   */
  private int[] allocate(List<Unit> units, int total) {
    double[] size = new double[units.size()];
    double sum = 0;
    for (int i = 0; i < units.size(); i++) {
      Unit unit = units.get(i);
      SplittableRandom rng = Dice.forKey(seed, "sipas-size", unit.key());
      boolean urban =
          unit.name().startsWith("Phường")
              || unit.name().startsWith("Thị trấn")
              || unit.name().startsWith("Đặc khu");
      boolean merged = unit.validFrom().getYear() >= 2025;
      size[i] =
          unit.bloc() == Bloc.SO
              ? 40 + rng.nextInt(60)
              : unit.bloc() == Bloc.HUYEN
                  ? 70 + rng.nextInt(60)
                  : urban
                      ? (merged ? 40 : 25) + rng.nextInt(merged ? 30 : 45)
                      : (merged ? 10 : 2) + rng.nextInt(merged ? 20 : 8);
      sum += size[i];
    }
    int[] counts = new int[units.size()];
    List<double[]> remainders = new ArrayList<>();
    int given = 0;
    for (int i = 0; i < units.size(); i++) {
      double exact = total * size[i] / sum;
      counts[i] = (int) Math.floor(exact);
      given += counts[i];
      remainders.add(new double[] {exact - counts[i], i});
    }
    remainders.sort(
        (a, b) -> a[0] != b[0] ? Double.compare(b[0], a[0]) : Double.compare(a[1], b[1]));
    for (int k = 0; k < total - given; k++) {
      counts[(int) remainders.get(k)[1]]++;
    }
    return counts;
  }
}
