package vn.cchc.model.methodology;

import java.util.Locale;
import java.util.Optional;

/** How a sub-criterion gets its points. */
public enum Assessment {
  /** Self-scored by the unit, then appraised by the council. */
  SELF,
  /** Computed from survey answers (điều tra xã hội học). */
  SURVEY;

  public static Optional<Assessment> parse(String raw) {
    try {
      return Optional.of(valueOf(raw.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
