package vn.cchc.report.text;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Numbers and dates as Vietnamese reports print them: decimal comma, dot for thousands, two
 * decimals for percentages ("87,12%"), and dd/MM/yyyy dates. Years are never grouped.
 */
public final class Formats {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.ROOT);

  private Formats() {}

  private static DecimalFormat format(String pattern) {
    DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
    symbols.setDecimalSeparator(',');
    symbols.setGroupingSeparator('.');
    symbols.setMinusSign('-');
    DecimalFormat f = new DecimalFormat(pattern, symbols);
    f.setRoundingMode(java.math.RoundingMode.HALF_UP);
    return f;
  }

  /** A number with two decimals: 87,12. */
  public static String decimal(double v) {
    return format("#,##0.00").format(v);
  }

  public static String decimal(double v, int decimals) {
    return format(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)).format(v);
  }

  /** A percentage: 87,12%. */
  public static String pct(double v) {
    return decimal(v) + "%";
  }

  /** A change in percentage points with its sign: +1,24 or -3,62. */
  public static String change(double v) {
    String s = decimal(Math.abs(v));
    if (s.equals("0,00")) {
      return s;
    }
    return (v > 0 ? "+" : "-") + s;
  }

  public static String integer(long v) {
    return format("#,##0").format(v);
  }

  public static String date(LocalDate d) {
    return d == null ? "" : DATE.format(d);
  }

  /** A year, never grouped ("2025", not "2.025"). */
  public static String year(int y) {
    return Integer.toString(y);
  }

  /** A {@link java.text.NumberFormat} for chart axes and labels, same conventions. */
  public static DecimalFormat axis(String pattern) {
    return format(pattern);
  }
}
