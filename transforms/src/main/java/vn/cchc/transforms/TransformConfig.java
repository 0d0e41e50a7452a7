package vn.cchc.transforms;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/**
 * Settings of the transform job. Keys are kebab-case ({@code keep-releases}); an environment
 * variable {@code CCHC_TRANSFORM_<KEY>} (e.g. {@code CCHC_TRANSFORM_KEEP_RELEASES}) overrides the
 * default, and a command-line {@code --key value} overrides both. The warehouse, as in every
 * command, is also read from {@code CCHC_WAREHOUSE} ({@link CommandLine#warehouse}) when neither
 * names it.
 */
public record TransformConfig(
    Path warehouse,
    String master,
    int keepReleases,
    LocalDate asOf,
    double weaknessThresholdPct,
    int smallSampleRespondents,
    double lowSatisfactionPct,
    int shufflePartitions) {

  public static final String DEFAULT_WAREHOUSE = CommandLine.DEFAULT_WAREHOUSE;
  public static final String DEFAULT_MASTER = "local[*]";
  public static final int DEFAULT_KEEP_RELEASES = 5;

  /** A criterion attained below this share of its maximum is weak. */
  public static final double DEFAULT_WEAKNESS_THRESHOLD_PCT = 50.0;

  public static final int DEFAULT_SMALL_SAMPLE_RESPONDENTS = 30;
  public static final double DEFAULT_LOW_SATISFACTION_PCT = 80.0;

  /** A province is small: a handful of shuffle partitions is plenty. */
  public static final int DEFAULT_SHUFFLE_PARTITIONS = 4;

  static final String ENV_PREFIX = "CCHC_TRANSFORM_";

  public TransformConfig {
    warehouse = warehouse.toAbsolutePath().normalize();
    if (keepReleases < 1) {
      throw invalid("keep-releases", String.valueOf(keepReleases));
    }
    if (weaknessThresholdPct < 0 || weaknessThresholdPct > 100) {
      throw invalid("weakness-threshold-pct", String.valueOf(weaknessThresholdPct));
    }
    if (lowSatisfactionPct < 0 || lowSatisfactionPct > 100) {
      throw invalid("low-satisfaction-pct", String.valueOf(lowSatisfactionPct));
    }
    if (smallSampleRespondents < 1) {
      throw invalid("small-sample-respondents", String.valueOf(smallSampleRespondents));
    }
    if (shufflePartitions < 1) {
      throw invalid("shuffle-partitions", String.valueOf(shufflePartitions));
    }
  }

  public static TransformConfig defaults() {
    return fromMap(Map.of());
  }

  /**
   * Environment first, then the given keys on top; the warehouse falls back to {@code
   * CCHC_WAREHOUSE} after {@code CCHC_TRANSFORM_WAREHOUSE}.
   */
  public static TransformConfig fromEnvironmentAnd(
      Map<String, String> explicit, Map<String, String> env) {
    Map<String, String> merged = new HashMap<>();
    env.forEach(
        (k, v) -> {
          if (k.startsWith(ENV_PREFIX)) {
            merged.put(
                k.substring(ENV_PREFIX.length()).toLowerCase(Locale.ROOT).replace('_', '-'), v);
          }
        });
    merged.putAll(explicit);
    merged.put(
        CommandLine.WAREHOUSE,
        CommandLine.warehouse(Optional.ofNullable(merged.get(CommandLine.WAREHOUSE)), env)
            .toString());
    return fromMap(merged);
  }

  public static TransformConfig fromMap(Map<String, String> values) {
    for (String key : values.keySet()) {
      if (!KNOWN_KEYS.contains(key)) {
        throw new CchcException(
            ErrorCode.INVALID_ARGUMENT, "Không thể đọc cấu hình: khóa không hợp lệ " + key);
      }
    }
    return new TransformConfig(
        Path.of(values.getOrDefault("warehouse", DEFAULT_WAREHOUSE)),
        values.getOrDefault("master", DEFAULT_MASTER),
        intValue(values, "keep-releases", DEFAULT_KEEP_RELEASES),
        dateValue(values, "as-of"),
        doubleValue(values, "weakness-threshold-pct", DEFAULT_WEAKNESS_THRESHOLD_PCT),
        intValue(values, "small-sample-respondents", DEFAULT_SMALL_SAMPLE_RESPONDENTS),
        doubleValue(values, "low-satisfaction-pct", DEFAULT_LOW_SATISFACTION_PCT),
        intValue(values, "shuffle-partitions", DEFAULT_SHUFFLE_PARTITIONS));
  }

  public TransformConfig withWarehouse(Path newWarehouse) {
    return new TransformConfig(
        newWarehouse,
        master,
        keepReleases,
        asOf,
        weaknessThresholdPct,
        smallSampleRespondents,
        lowSatisfactionPct,
        shufflePartitions);
  }

  public TransformConfig withMaster(String newMaster) {
    return new TransformConfig(
        warehouse,
        newMaster,
        keepReleases,
        asOf,
        weaknessThresholdPct,
        smallSampleRespondents,
        lowSatisfactionPct,
        shufflePartitions);
  }

  public TransformConfig withAsOf(LocalDate newAsOf) {
    return new TransformConfig(
        warehouse,
        master,
        keepReleases,
        newAsOf,
        weaknessThresholdPct,
        smallSampleRespondents,
        lowSatisfactionPct,
        shufflePartitions);
  }

  static final java.util.Set<String> KNOWN_KEYS =
      java.util.Set.of(
          "warehouse",
          "master",
          "keep-releases",
          "as-of",
          "weakness-threshold-pct",
          "small-sample-respondents",
          "low-satisfaction-pct",
          "shuffle-partitions");

  private static int intValue(Map<String, String> values, String key, int fallback) {
    String raw = values.get(key);
    if (raw == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(raw.strip());
    } catch (NumberFormatException e) {
      throw invalid(key, raw);
    }
  }

  private static double doubleValue(Map<String, String> values, String key, double fallback) {
    String raw = values.get(key);
    if (raw == null) {
      return fallback;
    }
    try {
      return Double.parseDouble(raw.strip());
    } catch (NumberFormatException e) {
      throw invalid(key, raw);
    }
  }

  private static LocalDate dateValue(Map<String, String> values, String key) {
    String raw = values.get(key);
    if (raw == null) {
      return LocalDate.now(java.time.ZoneOffset.UTC);
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw invalid(key, raw);
    }
  }

  private static CchcException invalid(String key, String raw) {
    return new CchcException(
        ErrorCode.INVALID_ARGUMENT, "Không thể dùng giá trị cấu hình " + key + ": " + raw);
  }
}
