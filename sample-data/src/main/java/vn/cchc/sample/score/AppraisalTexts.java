package vn.cchc.sample.score;

import java.util.List;
import java.util.Map;

/**
 * Vietnamese texts of the appraisal: why points were cut, what happened in round 2, the units'
 * notes.
 */
final class AppraisalTexts {
  private AppraisalTexts() {}

  static final List<String> GENERIC_CUTS =
      List.of(
          "Tài liệu kiểm chứng không đầy đủ",
          "Tài liệu kiểm chứng không phù hợp với nội dung tiêu chí",
          "Không cung cấp tài liệu kiểm chứng",
          "Tự chấm cao hơn kết quả thực tế");

  static final Map<String, List<String>> FIELD_CUTS =
      Map.of(
          "1",
              List.of(
                  "Ban hành kế hoạch chậm so với thời gian quy định",
                  "Báo cáo gửi không đúng thời hạn"),
          "2",
              List.of(
                  "Chưa thực hiện đầy đủ kế hoạch rà soát văn bản",
                  "Kế hoạch ban hành chậm, chưa đủ nội dung"),
          "3",
              List.of(
                  "Tỷ lệ hồ sơ trễ hạn cao hơn mức quy định",
                  "Chưa công khai đầy đủ thủ tục hành chính",
                  "Chưa thực hiện xin lỗi đối với toàn bộ hồ sơ trễ hạn"),
          "4",
              List.of(
                  "Chưa hoàn thành sắp xếp tổ chức theo quy định",
                  "Sử dụng biên chế vượt số được giao"),
          "5",
              List.of(
                  "Chưa hoàn thành kế hoạch đào tạo, bồi dưỡng",
                  "Có công chức vi phạm kỷ luật trong năm"),
          "6",
              List.of(
                  "Tỷ lệ giải ngân vốn đầu tư công thấp hơn chỉ tiêu",
                  "Công khai ngân sách chưa đúng thời hạn"),
          "7",
              List.of(
                  "Tỷ lệ hồ sơ trực tuyến toàn trình thấp hơn chỉ tiêu",
                  "Chưa kết nối, chia sẻ dữ liệu với hệ thống dùng chung của tỉnh",
                  "Chưa sử dụng chữ ký số đầy đủ trong gửi, nhận văn bản"),
          "8",
              List.of(
                  "Chưa đạt chỉ tiêu được giao",
                  "Số liệu báo cáo không khớp với hệ thống của tỉnh"));

  static final String RESTORED = "Chấp nhận giải trình, đơn vị đã bổ sung tài liệu kiểm chứng";
  static final String PARTLY_RESTORED = "Chấp nhận một phần giải trình của đơn vị";
  static final String KEPT =
      "Giữ nguyên kết quả thẩm định lần 1: tài liệu bổ sung chưa đáp ứng yêu cầu";
  static final String RAISED =
      "Đơn vị tự chấm thấp hơn kết quả thực tế, Hội đồng thẩm định điều chỉnh tăng";

  static final List<String> NOTES =
      List.of(
          "Đã đính kèm kế hoạch và báo cáo kết quả thực hiện",
          "Số liệu lấy từ Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh",
          "Tài liệu kiểm chứng: Quyết định, Kế hoạch, Báo cáo \"tổng kết năm\"",
          "Đề nghị Hội đồng xem xét, bổ sung tài liệu sau");

  /** A note spanning two lines, as users type them into the scoring software; tests CSV quoting. */
  static final String MULTILINE_NOTE =
      "Đã bổ sung tài liệu kiểm chứng:\n- Báo cáo số 15/BC, ngày 10/01";

  static final List<String> BONUS_REASONS =
      List.of(
          "Sáng kiến cải cách hành chính được Ủy ban nhân dân tỉnh công nhận",
          "Đạt giải trong Hội thi cải cách hành chính của tỉnh",
          "Mô hình cải cách hành chính được nhân rộng trong tỉnh");

  static final List<String> PENALTY_REASONS =
      List.of(
          "Để xảy ra sai phạm trong giải quyết thủ tục hành chính bị báo chí phản ánh",
          "Có cán bộ, công chức bị xử lý kỷ luật liên quan đến giải quyết thủ tục hành chính",
          "Chậm gửi báo cáo cải cách hành chính theo yêu cầu của Ủy ban nhân dân tỉnh");
}
