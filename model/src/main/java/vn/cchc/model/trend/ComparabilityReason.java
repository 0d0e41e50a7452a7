package vn.cchc.model.trend;

/**
 * Why a unit's change against the previous year does not compare like with like (column {@code
 * comparability_reason} of the mart {@code index_trends}), in the order the transform tries them.
 */
public enum ComparabilityReason {
  /** AS_WAS: a merger into this unit version takes effect this year. */
  UNIT_MERGED("hình thành do hợp nhất, sáp nhập"),
  /** AS_WAS: a split into this unit version takes effect this year. */
  UNIT_SPLIT("hình thành do chia tách"),
  /** AS_WAS: a renaming into this unit version takes effect this year. */
  UNIT_RENAMED("đổi tên"),
  /** AS_WAS: no previous value, and the version began after 31 December of the previous year. */
  UNIT_CREATED("mới thành lập (không có số liệu năm trước)"),
  /** No value the previous year. */
  NO_PREVIOUS_VALUE("không có số liệu năm trước"),
  /** The two years were scored with different methodology versions. */
  METHODOLOGY_CHANGED("so sánh qua thay đổi bộ tiêu chí"),
  /** AS_IS: this or the previous year's value is restated over only some predecessors. */
  RESTATED_PARTIAL("quy đổi từ một phần các đơn vị tiền thân");

  private final String meaningVi;

  ComparabilityReason(String meaningVi) {
    this.meaningVi = meaningVi;
  }

  /** What the reason means, as a Vietnamese phrase that follows "n đơn vị …". */
  public String meaningVi() {
    return meaningVi;
  }
}
