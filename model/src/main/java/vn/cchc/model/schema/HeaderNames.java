package vn.cchc.model.schema;

import java.text.Normalizer;
import java.util.Locale;

/**
 * How headers typed by users are compared with declared ones: case, accents on đ, spacing and
 * punctuation aside.
 */
public final class HeaderNames {
  private HeaderNames() {}

  /**
   * Folds a header to a comparison key: NFC, lower case, surrounding and repeated blanks,
   * underscores and hyphens folded to one space. Diacritics are kept: "Năm" and "Nam" are different
   * words.
   */
  public static String normalise(String header) {
    String s = Normalizer.normalize(header, Normalizer.Form.NFC).strip();
    if (!s.isEmpty() && s.charAt(0) == '\uFEFF') {
      s = s.substring(1);
    }
    s = s.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    return s.replaceAll("[\\s\\u00A0]+", " ").strip();
  }
}
