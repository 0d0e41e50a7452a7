package vn.cchc.report.pdf;

import vn.cchc.query.Basis;
import vn.cchc.report.model.BlocReport;

/** Short Vietnamese phrases the sections share. */
final class AnnualText {
  private AnnualText() {}

  static String basisNote(BlocReport b) {
    return Basis.AS_IS.name().equals(b.changeBasis()) ? " (so sánh sau khi quy đổi số liệu năm trước về đơn vị hiện nay)" : "";
  }

  static String outlierReason(String reason) {
    if (reason == null) {
      return "";
    }
    return switch (reason) {
      case "MODIFIED_Z" -> "điểm z hiệu chỉnh";
      case "IQR" -> "khoảng tứ phân vị";
      case "MODIFIED_Z;IQR" -> "điểm z và tứ phân vị";
      default -> reason;
    };
  }

  static String severity(String severity) {
    return switch (severity) {
      case "ERROR" -> "Lỗi";
      case "WARNING" -> "Cảnh báo";
      default -> severity;
    };
  }

  /** The data-quality rules of the transform, in words; an unknown rule shows its code. */
  static String rule(String rule) {
    return switch (rule) {
      case "UNIT_NO_SCORES" -> "đơn vị không có điểm";
      case "UNRESOLVED_UNIT" -> "mã đơn vị không ứng với đơn vị nào có hiệu lực trong năm (dòng số liệu không được tính)";
      case "MISSING_ROUND1" -> "thiếu điểm thẩm định lần 1";
      case "ROUND2_WITHOUT_ROUND1" -> "có thẩm định lần 2 nhưng thiếu lần 1";
      case "APPRAISED_ABOVE_MAX" -> "điểm thẩm định vượt điểm tối đa";
      case "MISSING_SELF_SCORE" -> "thiếu điểm tự đánh giá";
      case "NOT_APPRAISED" -> "tiêu chí chưa được thẩm định (điểm tạm tính)";
      case "SURVEY_NO_ANSWERS" -> "tiêu chí khảo sát không có câu trả lời";
      case "SURVEY_UNKNOWN_ANSWER" -> "câu trả lời khảo sát không hợp lệ";
      case "NO_BAND_SCALE" -> "thiếu thang xếp loại";
      default -> rule;
    };
  }
}
