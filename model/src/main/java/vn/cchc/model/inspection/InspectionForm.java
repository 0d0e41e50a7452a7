package vn.cchc.model.inspection;

import java.util.Locale;
import java.util.Optional;

/** Forms of a reform inspection. */
public enum InspectionForm {
  ANNOUNCED("Kiểm tra trực tiếp theo kế hoạch"),
  SURPRISE("Kiểm tra đột xuất"),
  REPORT_REVIEW("Kiểm tra qua báo cáo"),
  REINSPECTION("Kiểm tra lại");

  private final String labelVi;

  InspectionForm(String labelVi) {
    this.labelVi = labelVi;
  }

  public String labelVi() {
    return labelVi;
  }

  public static Optional<InspectionForm> parse(String raw) {
    try {
      return Optional.of(valueOf(raw.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
