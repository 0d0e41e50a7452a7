package vn.cchc.model.quality;

/**
 * How grave a data-quality finding is (column {@code severity} of the mart {@code data_quality}).
 */
public enum QualitySeverity {
  /** The figure is wrong or missing. */
  ERROR("Lỗi"),
  /** The figure is provisional. */
  WARNING("Cảnh báo");

  private final String labelVi;

  QualitySeverity(String labelVi) {
    this.labelVi = labelVi;
  }

  public String labelVi() {
    return labelVi;
  }
}
