package vn.cchc.model.survey;

/** The five classic components of the SIPAS satisfaction survey. */
public enum SipasComponent {
  TIEP_CAN("Tiếp cận dịch vụ", "Access to the service"),
  THU_TUC("Thủ tục hành chính", "Administrative procedure"),
  CONG_CHUC("Công chức giải quyết", "Civil servants"),
  KET_QUA("Kết quả giải quyết", "Result"),
  GOP_Y("Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", "Handling of feedback");

  /**
   * The {@code component} code of the {@code satisfaction} mart's rows that pool the five
   * components; not a component itself.
   */
  public static final String OVERALL_CODE = "OVERALL";

  private final String labelVi;
  private final String labelEn;

  SipasComponent(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }
}
