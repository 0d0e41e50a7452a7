package vn.cchc.ingestion.source;

import java.text.Normalizer;

/** Cell text as the sources hand it on: NFC-normalised. */
final class Text {
  private Text() {}

  /** Whether every character of {@code s} is ASCII, which is NFC as it is. */
  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** {@code s} in Unicode normalisation form C. */
  static String nfc(String s) {
    if (isAscii(s) || Normalizer.isNormalized(s, Normalizer.Form.NFC)) {
      return s;
    }
    return Normalizer.normalize(s, Normalizer.Form.NFC);
  }
}
