package vn.cchc.report.plan;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/**
 * The rules a drafted inspection plan applies, each documented in {@code api/report/README.md} and
 * read from a Java properties file ({@code --config FILE}, UTF-8) whose keys are listed in {@link
 * #KEYS}; a key left out keeps its default. The defaults follow the practice of the provincial
 * plans the product was built from (An Giang 153/KH-UBND 2023, Thanh Hóa 2023, Hoài Nhơn 2021, Hưng
 * Yên 2023).
 *
 * @param units how many units to propose; 0 means {@code unitsShare} of the ranked units
 * @param unitsShare the share of ranked units proposed when {@code units} is 0 (Thanh Hóa 2023
 *     planned 6 of its departments and 10 of its 27 districts: about 0.3)
 * @param weights the weight of each score of {@code inspection_targets} in the plan's priority: 1
 *     each reproduces the mart's {@code total_score}
 * @param quarters the quarters inspections are spread over, highest priority first (the plans
 *     inspect from the second quarter, after the plan is issued, to the fourth)
 * @param surpriseMinOverdue a unit with at least this many findings past their deadline is
 *     inspected by surprise
 * @param reinspectionMinOpen a unit with at least this many findings of last year's inspections
 *     still open is re-inspected
 * @param reportReviewTopShare a unit ranked in this top share of its bloc with no open finding is
 *     reviewed on its reports instead of visited
 * @param lowSatisfactionPct a SIPAS component below this satisfied share is a content area (the
 *     transform's default threshold)
 * @param noticeWorkingDays working days' notice of an announced on-site inspection (An Giang: at
 *     least 10)
 * @param reportWorkingDays working days before the inspection the unit sends its report (Thanh Hóa,
 *     Hoài Nhơn: 3)
 * @param issuer who issues the plan: {@code UBND} (the provincial People's Committee, drafted by
 *     the Sở Nội vụ, as An Giang and Hưng Yên) or {@code SNV} (the Sở Nội vụ itself, as Thanh Hóa)
 */
public record PlanConfig(
    int units,
    double unitsShare,
    Map<Score, Double> weights,
    List<String> quarters,
    int surpriseMinOverdue,
    int reinspectionMinOpen,
    double reportReviewTopShare,
    double lowSatisfactionPct,
    int noticeWorkingDays,
    int reportWorkingDays,
    Issuer issuer) {

  /** The score columns of {@code inspection_targets}, with their key and Vietnamese name. */
  public enum Score {
    LOW_INDEX("low-index", "score_low_index", "chỉ số thấp"),
    FAILING_CRITERIA("failing-criteria", "score_failing_criteria", "tiêu chí không đạt"),
    LOW_SATISFACTION("low-satisfaction", "score_low_satisfaction", "hài lòng thấp"),
    FINDINGS("findings", "score_findings", "tồn tại chưa khắc phục"),
    SINCE_INSPECTION("since-inspection", "score_since_inspection", "lâu chưa kiểm tra");

    final String key;
    final String column;
    final String labelVi;

    Score(String key, String column, String labelVi) {
      this.key = key;
      this.column = column;
      this.labelVi = labelVi;
    }
  }

  /** Who signs the plan. */
  public enum Issuer {
    UBND,
    SNV
  }

  public static final List<String> ROMAN_QUARTERS = List.of("I", "II", "III", "IV");

  public static final PlanConfig DEFAULTS =
      new PlanConfig(
          0,
          0.3,
          defaultWeights(),
          List.of("II", "III", "IV"),
          2,
          1,
          0.25,
          80.0,
          10,
          3,
          Issuer.UBND);

  public static final Set<String> KEYS;

  static {
    Set<String> keys =
        new TreeSet<>(
            List.of(
                "units",
                "units.share",
                "quarters",
                "surprise.min-overdue",
                "reinspection.min-open-last-year",
                "report-review.top-share",
                "low-satisfaction-pct",
                "notice.working-days",
                "report.working-days",
                "issuer"));
    for (Score s : Score.values()) {
      keys.add("weight." + s.key);
    }
    KEYS = Set.copyOf(keys);
  }

  public PlanConfig {
    weights = Map.copyOf(weights);
    quarters = List.copyOf(quarters);
    check(units >= 0 && units <= 10_000, "units", "từ 0 đến 10000");
    check(unitsShare > 0 && unitsShare <= 1, "units.share", "lớn hơn 0 và không quá 1");
    check(!quarters.isEmpty(), "quarters", "ít nhất một quý, ví dụ II,III,IV");
    for (String q : quarters) {
      check(ROMAN_QUARTERS.contains(q), "quarters", "các quý I, II, III, IV");
    }
    check(quarters.stream().distinct().count() == quarters.size(), "quarters", "mỗi quý một lần");
    for (Map.Entry<Score, Double> w : weights.entrySet()) {
      check(w.getValue() >= 0 && w.getValue() <= 100, "weight." + w.getKey().key, "từ 0 đến 100");
    }
    check(weights.keySet().containsAll(List.of(Score.values())), "weight.*", "đủ năm trọng số");
    check(surpriseMinOverdue >= 1, "surprise.min-overdue", "từ 1 trở lên");
    check(reinspectionMinOpen >= 1, "reinspection.min-open-last-year", "từ 1 trở lên");
    check(
        reportReviewTopShare >= 0 && reportReviewTopShare <= 1,
        "report-review.top-share",
        "từ 0 đến 1");
    check(
        lowSatisfactionPct >= 0 && lowSatisfactionPct <= 100,
        "low-satisfaction-pct",
        "từ 0 đến 100");
    check(noticeWorkingDays >= 1 && noticeWorkingDays <= 60, "notice.working-days", "từ 1 đến 60");
    check(reportWorkingDays >= 1 && reportWorkingDays <= 60, "report.working-days", "từ 1 đến 60");
  }

  private static Map<Score, Double> defaultWeights() {
    Map<Score, Double> w = new LinkedHashMap<>();
    for (Score s : Score.values()) {
      w.put(s, 1.0);
    }
    return w;
  }

  /** The defaults overridden by the file's keys; an unknown key or a bad value names itself. */
  public static PlanConfig load(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Không thể đọc tệp cấu hình " + file + ": " + e.getMessage(),
          e);
    }
    for (String key : p.stringPropertyNames()) {
      if (!KEYS.contains(key)) {
        throw new CchcException(
            ErrorCode.INVALID_ARGUMENT,
            "Tệp cấu hình " + file + ": khóa '" + key + "' không có (các khóa: " + KEYS + ")");
      }
    }
    PlanConfig d = DEFAULTS;
    Map<Score, Double> weights = new LinkedHashMap<>(d.weights());
    for (Score s : Score.values()) {
      weights.put(s, number(p, file, "weight." + s.key, weights.get(s)));
    }
    List<String> quarters =
        p.containsKey("quarters")
            ? List.of(p.getProperty("quarters").toUpperCase(Locale.ROOT).split("\\s*,\\s*"))
            : d.quarters();
    String issuer = p.getProperty("issuer", d.issuer().name()).strip().toUpperCase(Locale.ROOT);
    if (!issuer.equals("UBND") && !issuer.equals("SNV")) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Tệp cấu hình " + file + ": issuer '" + issuer + "' không hợp lệ (dùng UBND hoặc SNV)");
    }
    try {
      return new PlanConfig(
          (int) number(p, file, "units", d.units()),
          number(p, file, "units.share", d.unitsShare()),
          weights,
          new ArrayList<>(quarters.stream().map(String::strip).toList()),
          (int) number(p, file, "surprise.min-overdue", d.surpriseMinOverdue()),
          (int) number(p, file, "reinspection.min-open-last-year", d.reinspectionMinOpen()),
          number(p, file, "report-review.top-share", d.reportReviewTopShare()),
          number(p, file, "low-satisfaction-pct", d.lowSatisfactionPct()),
          (int) number(p, file, "notice.working-days", d.noticeWorkingDays()),
          (int) number(p, file, "report.working-days", d.reportWorkingDays()),
          Issuer.valueOf(issuer));
    } catch (CchcException e) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT, "Tệp cấu hình " + file + ": " + e.getMessage(), e);
    }
  }

  /** The same rules with another number of units. */
  public PlanConfig withUnits(int n) {
    return new PlanConfig(
        n,
        unitsShare,
        weights,
        quarters,
        surpriseMinOverdue,
        reinspectionMinOpen,
        reportReviewTopShare,
        lowSatisfactionPct,
        noticeWorkingDays,
        reportWorkingDays,
        issuer);
  }

  /** How many units are proposed out of {@code ranked}. */
  int unitsOutOf(int ranked) {
    int n = units > 0 ? units : (int) Math.ceil(unitsShare * ranked - 1e-9);
    return Math.min(n, ranked);
  }

  boolean usesMartWeights() {
    return weights.values().stream().allMatch(w -> w == 1.0);
  }

  private static double number(Properties p, Path file, String key, double fallback) {
    String raw = p.getProperty(key);
    if (raw == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(raw.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Tệp cấu hình " + file + ": " + key + " = '" + raw + "' không phải là số");
    }
  }

  private static void check(boolean ok, String key, String expected) {
    if (!ok) {
      throw new CchcException(ErrorCode.INVALID_ARGUMENT, key + " cần " + expected);
    }
  }
}
