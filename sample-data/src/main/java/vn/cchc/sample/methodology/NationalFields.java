package vn.cchc.sample.methodology;

import static vn.cchc.sample.methodology.Template.criterion;
import static vn.cchc.sample.methodology.Template.self;
import static vn.cchc.sample.methodology.Template.survey;

import java.util.List;
import vn.cchc.sample.methodology.Template.Field;

/**
 * The eight national fields with plausible criteria and sub-criteria, modelled on the 2017 and 2022
 * methodologies of the Ministry of Home Affairs and on provincial plans. Names are realistic; the
 * tree is SYNTHETIC. Bloc-specific items sit at the end of their criterion so that shared codes
 * mean the same thing in every bloc.
 */
final class NationalFields {
  private NationalFields() {}

  static final List<Field> ALL =
      List.of(
          new Field(
              "1",
              List.of(
                  "Công tác chỉ đạo, điều hành cải cách hành chính",
                  "Công tác chỉ đạo, điều hành cải cách hành chính",
                  "Công tác chỉ đạo, điều hành cải cách hành chính"),
              List.of(10, 9, 8),
              0.0,
              List.of(
                  criterion(
                      "Kế hoạch cải cách hành chính năm",
                      self("Ban hành kế hoạch cải cách hành chính năm đúng thời gian quy định"),
                      self("Mức độ hoàn thành kế hoạch cải cách hành chính năm"),
                      self("Bố trí kinh phí thực hiện kế hoạch cải cách hành chính").in("0")),
                  criterion(
                      "Báo cáo cải cách hành chính định kỳ",
                      self("Ban hành đầy đủ số lượng báo cáo theo quy định"),
                      self("Báo cáo gửi đúng thời gian quy định")),
                  criterion(
                      "Kiểm tra công tác cải cách hành chính",
                      self("Ban hành kế hoạch kiểm tra cải cách hành chính"),
                      self("Mức độ thực hiện kế hoạch kiểm tra"),
                      self("Xử lý các vấn đề phát hiện qua kiểm tra")),
                  criterion(
                          "Công tác tuyên truyền cải cách hành chính",
                          self("Ban hành kế hoạch tuyên truyền cải cách hành chính"),
                          self("Mức độ thực hiện kế hoạch tuyên truyền"))
                      .in("02"),
                  criterion(
                      "Thực hiện nhiệm vụ được Ủy ban nhân dân tỉnh giao",
                      self("Tỷ lệ nhiệm vụ được giao hoàn thành đúng hạn")),
                  criterion(
                      "Sáng kiến, giải pháp mới trong cải cách hành chính",
                      self("Có sáng kiến, giải pháp mới được cấp có thẩm quyền công nhận")),
                  criterion(
                          "Chỉ đạo, hướng dẫn cải cách hành chính đối với Ủy ban nhân dân cấp xã",
                          self("Ban hành văn bản hướng dẫn, đôn đốc cải cách hành chính cấp xã"),
                          self("Tổ chức kiểm tra cải cách hành chính tại cấp xã"))
                      .only("H"))),
          new Field(
              "2",
              List.of(
                  "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
                  "Cải cách thể chế",
                  "Cải cách thể chế"),
              List.of(9, 8, 7),
              0.0,
              List.of(
                  criterion(
                      "Xây dựng, ban hành văn bản quy phạm pháp luật",
                      self("Thực hiện chương trình xây dựng văn bản quy phạm pháp luật"),
                      self("Tỷ lệ văn bản ban hành đúng trình tự, thủ tục")),
                  criterion(
                      "Rà soát, hệ thống hóa văn bản quy phạm pháp luật",
                      self("Ban hành kế hoạch rà soát, hệ thống hóa văn bản"),
                      self("Mức độ thực hiện kế hoạch rà soát"),
                      self("Xử lý kết quả rà soát văn bản")),
                  criterion(
                          "Theo dõi tình hình thi hành pháp luật",
                          self("Ban hành kế hoạch theo dõi thi hành pháp luật"),
                          self("Mức độ thực hiện kế hoạch theo dõi thi hành pháp luật"))
                      .in("02"),
                  criterion(
                      "Kiểm tra, xử lý văn bản quy phạm pháp luật",
                      self("Tự kiểm tra văn bản do cơ quan ban hành"),
                      self("Xử lý văn bản trái pháp luật phát hiện qua kiểm tra")),
                  criterion(
                      "Phổ biến, giáo dục pháp luật",
                      self("Ban hành kế hoạch phổ biến, giáo dục pháp luật"),
                      self("Mức độ thực hiện kế hoạch phổ biến, giáo dục pháp luật")))),
          new Field(
              "3",
              List.of(
                  "Cải cách thủ tục hành chính",
                  "Cải cách thủ tục hành chính",
                  "Cải cách thủ tục hành chính"),
              List.of(14, 13, 14),
              0.03,
              List.of(
                  criterion(
                      "Kiểm soát thủ tục hành chính",
                      self("Ban hành kế hoạch kiểm soát thủ tục hành chính"),
                      self("Mức độ thực hiện kế hoạch kiểm soát thủ tục hành chính")),
                  criterion(
                      "Rà soát, đơn giản hóa thủ tục hành chính",
                      self("Ban hành kế hoạch rà soát, đánh giá thủ tục hành chính"),
                      self("Thực thi phương án đơn giản hóa thủ tục hành chính đã được phê duyệt")),
                  criterion(
                      "Công khai thủ tục hành chính",
                      self("Cập nhật, công khai thủ tục hành chính trên Cơ sở dữ liệu quốc gia"),
                      self("Niêm yết công khai thủ tục hành chính tại Bộ phận Một cửa")),
                  criterion(
                      "Thực hiện cơ chế một cửa, một cửa liên thông",
                      self("Tỷ lệ thủ tục hành chính tiếp nhận qua Bộ phận Một cửa"),
                      self("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính").in("25").weak(),
                      self("Bố trí công chức làm việc tại Bộ phận Một cửa đúng quy định")),
                  criterion(
                      "Kết quả giải quyết thủ tục hành chính",
                      self("Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn").weak(),
                      self("Thực hiện xin lỗi người dân, tổ chức khi giải quyết hồ sơ trễ hạn")
                          .weak(),
                      self("Tỷ lệ hồ sơ tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích")),
                  criterion(
                      "Tiếp nhận, xử lý phản ánh, kiến nghị về thủ tục hành chính",
                      self("Công khai địa chỉ tiếp nhận phản ánh, kiến nghị"),
                      self("Tỷ lệ phản ánh, kiến nghị được xử lý đúng thời hạn")),
                  criterion(
                      "Đánh giá chất lượng giải quyết thủ tục hành chính",
                      self("Chỉ số phục vụ người dân, doanh nghiệp trên Cổng Dịch vụ công")
                          .in("25")
                          .weak(),
                      self("Tỷ lệ hồ sơ được đánh giá hài lòng trở lên")))),
          new Field(
              "4",
              List.of(
                  "Cải cách tổ chức bộ máy hành chính",
                  "Cải cách tổ chức bộ máy hành chính",
                  "Cải cách tổ chức bộ máy hành chính"),
              List.of(8, 8, 8),
              0.0,
              List.of(
                  criterion(
                      "Sắp xếp, kiện toàn tổ chức bộ máy",
                      self("Thực hiện quy định về chức năng, nhiệm vụ, cơ cấu tổ chức"),
                      self("Thực hiện sắp xếp tổ chức bộ máy theo Nghị quyết số 18-NQ/TW").in("5"),
                      self("Số lượng cấp phó theo quy định")),
                  criterion(
                      "Quản lý biên chế",
                      self("Sử dụng biên chế được giao"),
                      self("Thực hiện tinh giản biên chế theo lộ trình")),
                  criterion(
                      "Thực hiện phân cấp, ủy quyền",
                      self("Thực hiện các nhiệm vụ được phân cấp, ủy quyền"),
                      self("Kiểm tra tình hình thực hiện nhiệm vụ được phân cấp").only("SH")),
                  criterion(
                      "Vị trí việc làm",
                      self("Xây dựng, điều chỉnh đề án vị trí việc làm"),
                      self("Bố trí công chức theo vị trí việc làm được phê duyệt")))),
          new Field(
              "5",
              List.of(
                  "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
                  "Cải cách chế độ công vụ",
                  "Cải cách chế độ công vụ"),
              List.of(10, 9, 9),
              0.0,
              List.of(
                  criterion(
                      "Tuyển dụng, bố trí công chức",
                      self("Thực hiện quy định về tuyển dụng công chức, viên chức"),
                      self("Bố trí công chức đúng chuyên môn, nghiệp vụ")),
                  criterion(
                      "Đánh giá, xếp loại công chức",
                      self("Thực hiện đánh giá, xếp loại chất lượng đúng quy định")),
                  criterion(
                      "Đào tạo, bồi dưỡng",
                      self("Ban hành kế hoạch đào tạo, bồi dưỡng"),
                      self("Mức độ hoàn thành kế hoạch đào tạo, bồi dưỡng")),
                  criterion(
                      "Kỷ luật, kỷ cương hành chính",
                      self("Chấp hành kỷ luật, kỷ cương hành chính"),
                      self("Không có cán bộ, công chức bị xử lý kỷ luật"),
                      self("Thực hiện quy tắc ứng xử, văn hóa công vụ")),
                  criterion(
                          "Quản lý cán bộ, công chức cấp xã",
                          self("Thực hiện quản lý, đánh giá cán bộ, công chức cấp xã"))
                      .only("H"),
                  criterion(
                          "Chuẩn hóa đội ngũ công chức cấp xã",
                          self("Tỷ lệ công chức cấp xã đạt chuẩn theo quy định"))
                      .only("X"))),
          new Field(
              "6",
              List.of(
                  "Cải cách tài chính công", "Cải cách tài chính công", "Cải cách tài chính công"),
              List.of(8, 8, 8),
              -0.02,
              List.of(
                  criterion(
                      "Quản lý, sử dụng ngân sách",
                      self("Thực hiện dự toán ngân sách được giao"),
                      self("Tỷ lệ giải ngân vốn đầu tư công").weak(),
                      self("Công khai ngân sách theo quy định")),
                  criterion(
                      "Thực hiện cơ chế tự chủ",
                      self("Ban hành và thực hiện quy chế chi tiêu nội bộ"),
                      self("Thực hiện cơ chế tự chủ tài chính của đơn vị sự nghiệp công lập")
                          .only("SH")),
                  criterion(
                      "Quản lý, sử dụng tài sản công",
                      self("Ban hành quy chế quản lý, sử dụng tài sản công"),
                      self("Xử lý tài sản công đúng quy định")),
                  criterion(
                      "Thực hành tiết kiệm, chống lãng phí",
                      self("Ban hành chương trình thực hành tiết kiệm, chống lãng phí"),
                      self("Kết quả thực hành tiết kiệm, chống lãng phí")),
                  criterion(
                      "Thực hiện kết luận thanh tra, kiểm toán",
                      self("Thực hiện kiến nghị của thanh tra, kiểm toán về tài chính")))),
          new Field(
              "7",
              List.of(
                  "Hiện đại hóa hành chính",
                  "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
                  "Xây dựng và phát triển chính quyền số"),
              List.of(11, 13, 16),
              0.08,
              List.of(
                  criterion(
                      "Kế hoạch ứng dụng công nghệ thông tin, chuyển đổi số",
                      self("Ban hành kế hoạch ứng dụng công nghệ thông tin, chuyển đổi số"),
                      self(
                          "Mức độ thực hiện kế hoạch ứng dụng công nghệ thông tin, chuyển đổi số")),
                  criterion(
                      "Hệ thống quản lý văn bản và điều hành",
                      self("Tỷ lệ văn bản điện tử gửi, nhận trên môi trường mạng"),
                      self("Sử dụng chữ ký số trong gửi, nhận văn bản")),
                  criterion(
                      "Cung cấp dịch vụ công trực tuyến",
                      self("Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến mức độ 3, 4")
                          .in("0"),
                      self("Tỷ lệ thủ tục hành chính cung cấp dịch vụ công trực tuyến toàn trình")
                          .in("25")
                          .weak(),
                      self("Tỷ lệ hồ sơ nộp trực tuyến").weak(),
                      self("Tỷ lệ hồ sơ thanh toán trực tuyến").in("5").weak()),
                  criterion(
                      "Kết nối, chia sẻ dữ liệu",
                      self("Kết nối với Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh"),
                      self("Khai thác, sử dụng cơ sở dữ liệu dùng chung").weak(),
                      self("Triển khai Đề án 06 về dữ liệu dân cư, định danh và xác thực điện tử")
                          .in("25")
                          .weak()),
                  criterion(
                      "Bảo đảm an toàn thông tin",
                      self("Triển khai phương án bảo đảm an toàn thông tin theo cấp độ"),
                      self("Không để xảy ra sự cố mất an toàn thông tin")),
                  criterion(
                      "Trang thông tin điện tử",
                      self("Cập nhật thông tin trên Trang thông tin điện tử"),
                      self("Công khai thông tin theo quy định trên Trang thông tin điện tử")),
                  criterion(
                      "Hệ thống quản lý chất lượng",
                      self("Áp dụng, duy trì hệ thống quản lý chất lượng theo TCVN ISO 9001")))),
          new Field(
              "8",
              List.of(
                  "Tác động của cải cách hành chính",
                  "Tác động của cải cách hành chính",
                  "Tác động của cải cách hành chính"),
              List.of(30, 32, 30),
              0.0,
              List.of(
                  criterion(
                      "Tác động đến chất lượng thể chế",
                      survey("Tính kịp thời, khả thi của văn bản do cơ quan ban hành, tham mưu"),
                      survey("Hiệu quả phổ biến pháp luật đến người dân, doanh nghiệp")),
                  criterion(
                      "Tác động đến giải quyết thủ tục hành chính",
                      survey("Mức độ công khai, minh bạch thủ tục hành chính"),
                      survey(
                          "Mức độ hài lòng của người dân, tổ chức đối với giải quyết thủ tục hành chính"),
                      self("Tỷ lệ hồ sơ đúng hạn trên Hệ thống thông tin giải quyết thủ tục hành chính")
                          .weak()),
                  criterion(
                      "Tác động đến tổ chức bộ máy",
                      survey("Sự phù hợp của tổ chức bộ máy với chức năng, nhiệm vụ"),
                      survey("Hiệu quả thực hiện phân cấp, ủy quyền")),
                  criterion(
                      "Tác động đến đội ngũ cán bộ, công chức",
                      survey("Tinh thần, thái độ phục vụ của cán bộ, công chức"),
                      survey("Năng lực chuyên môn của cán bộ, công chức")),
                  criterion(
                      "Tác động đến quản lý tài chính công",
                      survey("Tính công khai, minh bạch trong quản lý tài chính công")),
                  criterion(
                      "Tác động của chính quyền điện tử, chính quyền số",
                      survey("Mức độ thuận tiện khi sử dụng dịch vụ công trực tuyến"),
                      self("Tỷ lệ người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến").weak()),
                  criterion(
                      "Tác động đến phát triển kinh tế - xã hội",
                      self("Thực hiện các chỉ tiêu phát triển kinh tế - xã hội được giao"),
                      survey("Mức độ hài lòng của người dân về công tác chỉ đạo, điều hành")))));
}
