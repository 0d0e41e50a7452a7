package vn.cchc.model.methodology;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How points of a sub-criterion may be given. Parsed from the {@code scoring} column of {@code
 * criteria}:
 *
 * <ul>
 *   <li>{@code LEVELS:1|0.5|0}: only these point values (on time / late / missing);
 *   <li>{@code THRESHOLD:90%=2|70%=1|0%=0}: a share of work done maps to points; the points given
 *       are one of the levels;
 *   <li>{@code PROPORTIONAL}: any value from 0 to the maximum;
 *   <li>{@code SURVEY}: points come from survey answers, never from a self-score.
 * </ul>
 */
public sealed interface ScoringRule {
  double TOLERANCE = 1e-6;

  /** Whether {@code points} can be given under this rule for an item worth {@code max}. */
  boolean admits(double points, double max);

  /** The rule as written in the template. */
  String text();

  /** Discrete point values; for THRESHOLD these are the points of each threshold. */
  record Levels(List<Double> levels, String text) implements ScoringRule {
    public Levels {
      levels = List.copyOf(levels);
    }

    @Override
    public boolean admits(double points, double max) {
      return levels.stream().anyMatch(l -> Math.abs(l - points) < TOLERANCE);
    }

    public double highest() {
      return levels.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    }
  }

  /** Any value in [0, max]. */
  record Proportional() implements ScoringRule {
    @Override
    public boolean admits(double points, double max) {
      return points >= -TOLERANCE && points <= max + TOLERANCE;
    }

    @Override
    public String text() {
      return "PROPORTIONAL";
    }
  }

  /** Points computed from survey answers. */
  record Survey() implements ScoringRule {
    @Override
    public boolean admits(double points, double max) {
      return points >= -TOLERANCE && points <= max + TOLERANCE;
    }

    @Override
    public String text() {
      return "SURVEY";
    }
  }

  /**
   * Parses a rule.
   *
   * @throws IllegalArgumentException with a Vietnamese message naming what is wrong
   */
  static ScoringRule parse(String raw) {
    String s = raw.strip();
    String upper = s.toUpperCase(Locale.ROOT);
    if (upper.equals("PROPORTIONAL") || upper.equals("TY_LE")) {
      return new Proportional();
    }
    if (upper.equals("SURVEY") || upper.equals("DTXHH")) {
      return new Survey();
    }
    int colon = s.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException(
          "quy tắc chấm điểm không hợp lệ: '"
              + raw
              + "' (dùng LEVELS:1|0.5|0, THRESHOLD:90%=2|70%=1|0%=0, PROPORTIONAL hoặc SURVEY)");
    }
    String kind = upper.substring(0, colon).strip();
    String[] parts = s.substring(colon + 1).split("\\|");
    List<Double> levels = new ArrayList<>();
    double previousThreshold = Double.MAX_VALUE;
    for (String part : parts) {
      String p = part.strip();
      if (kind.equals("THRESHOLD")) {
        int eq = p.indexOf('=');
        if (eq < 0) {
          throw new IllegalArgumentException("ngưỡng '" + p + "' thiếu dấu '=' (ví dụ 90%=2)");
        }
        double threshold = threshold(p.substring(0, eq));
        if (threshold >= previousThreshold) {
          throw new IllegalArgumentException("các ngưỡng phải giảm dần: " + raw);
        }
        previousThreshold = threshold;
        p = p.substring(eq + 1).strip();
      } else if (!kind.equals("LEVELS")) {
        throw new IllegalArgumentException("loại quy tắc chấm điểm không rõ: '" + kind + "'");
      }
      try {
        levels.add(Double.parseDouble(p.replace(',', '.')));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("mức điểm '" + p + "' không phải là số");
      }
    }
    if (levels.isEmpty()) {
      throw new IllegalArgumentException("quy tắc chấm điểm không có mức điểm nào: '" + raw + "'");
    }
    if (kind.equals("THRESHOLD") && previousThreshold != 0) {
      throw new IllegalArgumentException(
          "ngưỡng cuối cùng phải là 0% để mọi mức hoàn thành đều có điểm: " + raw);
    }
    return new Levels(levels, s);
  }

  private static double threshold(String raw) {
    String t = raw.strip().replace("%", "").replace(',', '.');
    try {
      double v = Double.parseDouble(t);
      if (v < 0 || v > 100) {
        throw new IllegalArgumentException("ngưỡng " + raw.strip() + " phải từ 0% đến 100%");
      }
      return v;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "ngưỡng '" + raw.strip() + "' không phải là phần trăm (ví dụ 90%)");
    }
  }
}
