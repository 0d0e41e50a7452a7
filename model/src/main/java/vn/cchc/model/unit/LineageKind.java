package vn.cchc.model.unit;

import java.util.Locale;
import java.util.Optional;

/** How a predecessor became a successor. */
public enum LineageKind {
  /**
   * Several predecessors, whole or in part, form one successor; each share is that predecessor's
   * weight in it.
   */
  MERGE("sáp nhập"),
  /**
   * One predecessor is divided among successors; each link's share is the predecessor's weight in
   * that successor (1 when the successor has no other predecessor).
   */
  SPLIT("chia tách"),
  /** Same unit, new code or name. */
  RENAME("đổi tên");

  private final String labelVi;

  LineageKind(String labelVi) {
    this.labelVi = labelVi;
  }

  public String labelVi() {
    return labelVi;
  }

  public static Optional<LineageKind> parse(String raw) {
    try {
      return Optional.of(valueOf(raw.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
