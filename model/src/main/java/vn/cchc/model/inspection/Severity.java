package vn.cchc.model.inspection;

import java.util.Locale;
import java.util.Optional;

/** Severity of an inspection finding. */
public enum Severity {
  LOW("Thấp"),
  MEDIUM("Trung bình"),
  HIGH("Cao");

  private final String labelVi;

  Severity(String labelVi) {
    this.labelVi = labelVi;
  }

  public String labelVi() {
    return labelVi;
  }

  public static Optional<Severity> parse(String raw) {
    try {
      return Optional.of(valueOf(raw.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
