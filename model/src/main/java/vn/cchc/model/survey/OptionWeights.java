package vn.cchc.model.survey;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The share of an item's points each answer earns, e.g. {@code A=1;B=0.6;C=0.2;D=0}. A LIKERT5
 * question without weights uses {@link #LIKERT5_DEFAULT}: 1 → 0, 2 → 0.25, 3 → 0.5, 4 → 0.75, 5 →
 * 1.
 */
public record OptionWeights(Map<String, Double> weights) {
  public static final OptionWeights LIKERT5_DEFAULT =
      new OptionWeights(Map.of("1", 0.0, "2", 0.25, "3", 0.5, "4", 0.75, "5", 1.0));

  public OptionWeights {
    weights = Map.copyOf(weights);
  }

  /**
   * The weight of an answer (letters compared without case), if the answer is one of the options.
   */
  public Optional<Double> weightOf(String answer) {
    return Optional.ofNullable(weights.get(answer.strip().toUpperCase(Locale.ROOT)));
  }

  /**
   * Parses {@code A=1;B=0.6}. Weights must lie in [0, 1].
   *
   * @throws IllegalArgumentException with a Vietnamese message
   */
  public static OptionWeights parse(String raw) {
    Map<String, Double> map = new LinkedHashMap<>();
    for (String part : raw.split(";")) {
      String p = part.strip();
      if (p.isEmpty()) {
        continue;
      }
      int eq = p.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "phương án '" + p + "' phải có dạng MÃ=trọng số (ví dụ A=0.6)");
      }
      String option = p.substring(0, eq).strip().toUpperCase(Locale.ROOT);
      double w;
      try {
        w = Double.parseDouble(p.substring(eq + 1).strip().replace(',', '.'));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "trọng số của phương án " + option + " không phải là số");
      }
      if (w < 0 || w > 1) {
        throw new IllegalArgumentException("trọng số của phương án " + option + " phải từ 0 đến 1");
      }
      if (map.put(option, w) != null) {
        throw new IllegalArgumentException("phương án " + option + " bị lặp");
      }
    }
    if (map.isEmpty()) {
      throw new IllegalArgumentException("không có phương án nào");
    }
    return new OptionWeights(map);
  }
}
