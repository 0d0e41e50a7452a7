package vn.cchc.model.text;

/**
 * The one rule for text written into a CSV or XLSX cell (exports, {@code ./cchc sql --format csv},
 * {@code rejects.csv}): a text that a spreadsheet would read as a formula (OWASP "CSV injection":
 * it starts with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return, or the
 * full-width {@code ＝ ＋ － ＠}) is written with a leading apostrophe, {@code '=HYPERLINK(…)}, so that
 * Excel and LibreOffice show it as text and never evaluate it.
 *
 * <p>Only text is neutralised: numbers are written as numbers by the writers, so {@code -3.5} in a
 * numeric column stays a number; a text cell holding {@code -3.5} (a raw value in {@code
 * rejects.csv}) becomes {@code '-3.5}. The apostrophe is part of the written value: strip one
 * leading {@code '} to get the original text back.
 */
public final class SpreadsheetText {
  private SpreadsheetText() {}

  /** The prefix that makes a spreadsheet read a cell as text. */
  public static final char TEXT_PREFIX = '\'';

  /** Whether a spreadsheet would read {@code text} as the start of a formula. */
  public static boolean looksLikeFormula(String text) {
    if (text == null || text.isEmpty()) {
      return false;
    }
    return switch (text.charAt(0)) {
      case '=', '+', '-', '@', '\t', '\r', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
      default -> false;
    };
  }

  /** {@code text} as it may be written into a cell; null stays null. */
  public static String neutralise(String text) {
    return looksLikeFormula(text) ? TEXT_PREFIX + text : text;
  }
}
