package vn.cchc.model.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The repeated measurements of one benchmark figure. Benchmarks report the median with the range
 * ({@code 12.3 (11.9–13.1)}), never a single run.
 */
public final class Samples {
  private final List<Double> values = new ArrayList<>();

  /** Adds one measurement. */
  public Samples add(double value) {
    values.add(value);
    return this;
  }

  public int size() {
    return values.size();
  }

  /** The middle value; with an even count, the mean of the two middle ones. */
  public double median() {
    List<Double> sorted = sorted();
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  public double min() {
    return sorted().get(0);
  }

  public double max() {
    List<Double> sorted = sorted();
    return sorted.get(sorted.size() - 1);
  }

  /**
   * The median and, when the runs differ, the range: {@code 12.3 (11.9–13.1)} with {@code decimals}
   * places and thousands separated by a comma (figures in a table stay machine-readable); an empty
   * set is {@code –}.
   */
  public String format(int decimals) {
    if (values.isEmpty()) {
      return "–";
    }
    String median = number(median(), decimals);
    String min = number(min(), decimals);
    String max = number(max(), decimals);
    return min.equals(max) ? median : median + " (" + min + "–" + max + ")";
  }

  /** A number with {@code decimals} places and a comma between thousands (locale-independent). */
  public static String number(double value, int decimals) {
    if (Double.isNaN(value)) {
      return "–";
    }
    return String.format(Locale.ROOT, "%,." + decimals + "f", value);
  }

  private List<Double> sorted() {
    if (values.isEmpty()) {
      throw new IllegalStateException("Cannot summarise samples: none were measured");
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(Double::compare);
    return sorted;
  }
}
