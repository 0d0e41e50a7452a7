package vn.cchc.model.inspection;

import java.util.Arrays;
import java.util.Optional;

/**
 * Inspection content areas outside the index fields; findings may name these instead of a field
 * code.
 */
public enum InspectionTopic {
  MOT_CUA("Bộ phận một cửa, một cửa liên thông"),
  ISO("Hệ thống quản lý chất lượng ISO 9001"),
  VAN_HOA("Văn hóa công vụ"),
  KY_LUAT("Kỷ luật, kỷ cương hành chính");

  private final String labelVi;

  InspectionTopic(String labelVi) {
    this.labelVi = labelVi;
  }

  public String labelVi() {
    return labelVi;
  }

  public static Optional<InspectionTopic> parse(String raw) {
    return Arrays.stream(values()).filter(t -> t.name().equalsIgnoreCase(raw.strip())).findFirst();
  }
}
