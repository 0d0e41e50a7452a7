package vn.cchc.report.plan;

import java.util.Locale;

/**
 * The names a provincial document prints for its issuer and place, from the province's registry
 * name ({@code Tỉnh An Giang}, {@code Thành phố Hà Nội}).
 */
final class Issuers {
  static final Locale VI = Locale.forLanguageTag("vi");

  private Issuers() {}

  /** The place of the date line: the name without "Tỉnh" or "Thành phố" ({@code An Giang}). */
  static String place(String provinceName) {
    return provinceName.replaceFirst("^(Tỉnh|Thành phố|TP\\.?)\\s+", "");
  }

  /** {@code TỈNH AN GIANG}. */
  static String upper(String provinceName) {
    return provinceName.toUpperCase(VI);
  }

  /** {@code tỉnh An Giang}: the name inside a sentence. */
  static String inSentence(String provinceName) {
    return provinceName.isEmpty()
        ? provinceName
        : provinceName.substring(0, 1).toLowerCase(VI) + provinceName.substring(1);
  }
}
