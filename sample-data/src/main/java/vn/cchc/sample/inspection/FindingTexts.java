package vn.cchc.sample.inspection;

import java.util.List;
import java.util.Map;

/**
 * What inspection teams write: a shortcoming and the recommendation that goes with it, per field or
 * topic.
 */
final class FindingTexts {
  private FindingTexts() {}

  record Text(String description, String recommendation) {}

  static final Map<String, List<Text>> BY_AREA =
      Map.ofEntries(
          Map.entry(
              "1",
              List.of(
                  new Text(
                      "Kế hoạch cải cách hành chính năm ban hành chậm, một số nhiệm vụ chưa có sản phẩm cụ thể",
                      "Rà soát, bổ sung kế hoạch; xác định rõ sản phẩm, thời hạn hoàn thành từng nhiệm vụ"),
                  new Text(
                      "Chưa tổ chức tự kiểm tra công tác cải cách hành chính tại các phòng, đơn vị trực thuộc",
                      "Xây dựng và triển khai kế hoạch tự kiểm tra; báo cáo kết quả về Sở Nội vụ"))),
          Map.entry(
              "2",
              List.of(
                  new Text(
                      "Chưa thực hiện rà soát văn bản quy phạm pháp luật theo kế hoạch",
                      "Hoàn thành rà soát, công bố danh mục văn bản hết hiệu lực"),
                  new Text(
                      "Hồ sơ theo dõi thi hành pháp luật chưa đầy đủ",
                      "Bổ sung hồ sơ, lưu trữ tài liệu theo quy định"))),
          Map.entry(
              "3",
              List.of(
                  new Text(
                      "Tỷ lệ hồ sơ giải quyết trễ hạn cao, chưa thực hiện văn bản xin lỗi đối với một số hồ sơ",
                      "Rà soát quy trình nội bộ, thực hiện xin lỗi đầy đủ và báo cáo nguyên nhân trễ hạn"),
                  new Text(
                      "Niêm yết thủ tục hành chính tại Bộ phận Một cửa chưa cập nhật theo quyết định công bố mới",
                      "Cập nhật niêm yết, công khai đầy đủ thủ tục hành chính trong thời hạn 05 ngày làm việc"),
                  new Text(
                      "Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính chưa đạt chỉ tiêu",
                      "Bố trí nhân lực, thiết bị để số hóa hồ sơ theo quy định"))),
          Map.entry(
              "4",
              List.of(
                  new Text(
                      "Chưa kiện toàn chức năng, nhiệm vụ của một số phòng chuyên môn sau sắp xếp",
                      "Tham mưu ban hành quy định chức năng, nhiệm vụ, cơ cấu tổ chức"),
                  new Text(
                      "Số lượng cấp phó vượt quy định",
                      "Xây dựng lộ trình giải quyết số cấp phó dôi dư"))),
          Map.entry(
              "5",
              List.of(
                  new Text(
                      "Đánh giá, xếp loại công chức chưa gắn với kết quả thực hiện nhiệm vụ",
                      "Thực hiện đánh giá theo sản phẩm, kết quả công việc cụ thể"),
                  new Text(
                      "Kế hoạch đào tạo, bồi dưỡng thực hiện chưa đạt",
                      "Bổ sung kinh phí, cử công chức tham gia bồi dưỡng"))),
          Map.entry(
              "6",
              List.of(
                  new Text(
                      "Quy chế chi tiêu nội bộ chưa được sửa đổi theo quy định mới",
                      "Sửa đổi, bổ sung quy chế chi tiêu nội bộ"),
                  new Text(
                      "Giải ngân vốn đầu tư công chậm so với kế hoạch",
                      "Đẩy nhanh tiến độ giải ngân, báo cáo hằng tháng"))),
          Map.entry(
              "7",
              List.of(
                  new Text(
                      "Tỷ lệ hồ sơ trực tuyến toàn trình thấp, nhiều hồ sơ vẫn nộp trực tiếp",
                      "Hướng dẫn, hỗ trợ người dân nộp hồ sơ trực tuyến; bố trí nhân viên hỗ trợ tại Bộ phận Một cửa"),
                  new Text(
                      "Chưa sử dụng chữ ký số trong gửi, nhận văn bản điện tử đối với một số văn bản",
                      "Ký số toàn bộ văn bản điện tử gửi, nhận trên hệ thống"),
                  new Text(
                      "Trang thông tin điện tử chưa cập nhật thông tin kịp thời, thiếu mục công khai theo quy định",
                      "Cập nhật thông tin, bổ sung chuyên mục theo quy định"))),
          Map.entry(
              "8",
              List.of(
                  new Text(
                      "Người dân phản ánh thái độ phục vụ của công chức chưa tốt",
                      "Chấn chỉnh thái độ phục vụ, tổ chức đối thoại với người dân"))),
          Map.entry(
              "MOT_CUA",
              List.of(
                  new Text(
                      "Bộ phận Một cửa thiếu thiết bị tra cứu, nơi ngồi chờ chưa đáp ứng",
                      "Bổ sung trang thiết bị, cải thiện điều kiện phục vụ"),
                  new Text(
                      "Sổ theo dõi hồ sơ không ghi đầy đủ ngày tiếp nhận, ngày trả kết quả",
                      "Ghi chép đầy đủ, đối chiếu với Hệ thống thông tin giải quyết thủ tục hành chính"))),
          Map.entry(
              "ISO",
              List.of(
                  new Text(
                      "Chưa công bố lại hệ thống quản lý chất lượng sau khi thay đổi thủ tục hành chính",
                      "Cập nhật quy trình, công bố lại hệ thống quản lý chất lượng theo TCVN ISO 9001"))),
          Map.entry(
              "VAN_HOA",
              List.of(
                  new Text(
                      "Một số công chức không đeo thẻ công chức khi làm việc",
                      "Chấn chỉnh, thực hiện nghiêm quy định về văn hóa công sở"))),
          Map.entry(
              "KY_LUAT",
              List.of(
                  new Text(
                      "Một số công chức đi muộn, về sớm, không thực hiện đúng nội quy cơ quan",
                      "Tăng cường kiểm tra, xử lý nghiêm vi phạm kỷ luật, kỷ cương hành chính"))));
}
