package vn.cchc.model.survey;

import java.util.Locale;
import java.util.Optional;

/** The answer scale of a survey question. */
public enum SurveyScale {
  /** Five levels, 1 = rất không hài lòng … 5 = rất hài lòng; 4 and 5 count as satisfied. */
  LIKERT5,
  /** Lettered options whose weights are given in {@code option_weights}. */
  OPTIONS;

  public static Optional<SurveyScale> parse(String raw) {
    try {
      return Optional.of(valueOf(raw.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
