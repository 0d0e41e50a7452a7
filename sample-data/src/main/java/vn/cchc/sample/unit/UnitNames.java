package vn.cchc.sample.unit;

import java.util.List;

/**
 * Names of the sample province's units. Departments, districts and communes carry real An Giang (and, for the
 * 2025 merger, Kiên Giang) names; which communes merge into which new unit is SYNTHETIC.
 */
final class UnitNames {
  private UnitNames() {}

  /** A department of An Giang before March 2025. */
  record Department(String code, String name) {}

  static final List<Department> DEPARTMENTS = List.of(
      new Department("SO_NV", "Sở Nội vụ"),
      new Department("SO_TP", "Sở Tư pháp"),
      new Department("SO_KHDT", "Sở Kế hoạch và Đầu tư"),
      new Department("SO_TC", "Sở Tài chính"),
      new Department("SO_CT", "Sở Công Thương"),
      new Department("SO_NNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
      new Department("SO_GTVT", "Sở Giao thông vận tải"),
      new Department("SO_XD", "Sở Xây dựng"),
      new Department("SO_TNMT", "Sở Tài nguyên và Môi trường"),
      new Department("SO_TTTT", "Sở Thông tin và Truyền thông"),
      new Department("SO_LDTBXH", "Sở Lao động - Thương binh và Xã hội"),
      new Department("SO_VHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
      new Department("SO_KHCN", "Sở Khoa học và Công nghệ"),
      new Department("SO_GDDT", "Sở Giáo dục và Đào tạo"),
      new Department("SO_YT", "Sở Y tế"),
      new Department("TTR", "Thanh tra tỉnh"),
      new Department("VP_UBND", "Văn phòng Ủy ban nhân dân tỉnh"),
      new Department("BAN_DT", "Ban Dân tộc"),
      new Department("BQL_KKT", "Ban Quản lý Khu kinh tế"),
      new Department("SO_NGV", "Sở Ngoại vụ"));

  /**
   * A department formed on 1 March 2025.
   *
   * @param predecessors codes of the An Giang departments it took over
   * @param shares their weights (staff), in the same order
   */
  record MarchMerger(String code, String name, List<String> predecessors, List<Double> shares) {}

  static final List<MarchMerger> MARCH_2025 = List.of(
      new MarchMerger("SO_TC_2025", "Sở Tài chính", List.of("SO_TC", "SO_KHDT"), List.of(0.6, 0.4)),
      new MarchMerger("SO_NV_2025", "Sở Nội vụ", List.of("SO_NV", "SO_LDTBXH"), List.of(0.45, 0.55)),
      new MarchMerger("SO_XD_2025", "Sở Xây dựng", List.of("SO_XD", "SO_GTVT"), List.of(0.5, 0.5)),
      new MarchMerger("SO_NNMT", "Sở Nông nghiệp và Môi trường", List.of("SO_NNPTNT", "SO_TNMT"),
          List.of(0.65, 0.35)),
      new MarchMerger("SO_KHCN_2025", "Sở Khoa học và Công nghệ", List.of("SO_KHCN", "SO_TTTT"),
          List.of(0.45, 0.55)),
      new MarchMerger("SO_DTTG", "Sở Dân tộc và Tôn giáo", List.of("BAN_DT"), List.of(1.0)));

  /** Departments of the pre-merger province that kept their code on 1 March 2025. */
  static final List<String> UNCHANGED_IN_MARCH = List.of(
      "SO_TP", "SO_CT", "SO_VHTTDL", "SO_GDDT", "SO_YT", "TTR", "VP_UBND", "BQL_KKT", "SO_NGV");

  /** A district-level unit and its communes (2020–June 2025). */
  record District(String code, String name, List<String> communes) {}

  static final List<District> DISTRICTS = List.of(
      new District("LX", "Thành phố Long Xuyên", List.of(
          "Phường Mỹ Bình", "Phường Mỹ Long", "Phường Đông Xuyên", "Phường Mỹ Xuyên", "Phường Bình Đức",
          "Phường Bình Khánh", "Phường Mỹ Phước", "Phường Mỹ Quý", "Phường Mỹ Thới", "Phường Mỹ Thạnh",
          "Phường Mỹ Hòa", "Xã Mỹ Hòa Hưng", "Xã Mỹ Khánh")),
      new District("CD", "Thành phố Châu Đốc", List.of(
          "Phường Châu Phú A", "Phường Châu Phú B", "Phường Núi Sam", "Phường Vĩnh Mỹ", "Phường Vĩnh Ngươn",
          "Xã Vĩnh Tế", "Xã Vĩnh Châu")),
      new District("TC", "Thị xã Tân Châu", List.of(
          "Phường Long Thạnh", "Phường Long Hưng", "Phường Long Châu", "Phường Long Phú", "Phường Long Sơn",
          "Xã Tân An", "Xã Tân Thạnh", "Xã Long An", "Xã Phú Lộc", "Xã Vĩnh Xương", "Xã Vĩnh Hòa",
          "Xã Châu Phong", "Xã Phú Vĩnh", "Xã Lê Chánh")),
      new District("TB", "Thị xã Tịnh Biên", List.of(
          "Phường Nhà Bàng", "Phường Chi Lăng", "Phường Tịnh Biên", "Phường Núi Voi", "Phường Thới Sơn",
          "Xã An Phú", "Xã An Cư", "Xã An Hảo", "Xã An Nông", "Xã Nhơn Hưng", "Xã Tân Lập", "Xã Tân Lợi",
          "Xã Văn Giáo", "Xã Vĩnh Trung")),
      new District("AP", "Huyện An Phú", List.of(
          "Thị trấn An Phú", "Thị trấn Long Bình", "Xã Khánh An", "Xã Khánh Bình", "Xã Quốc Thái",
          "Xã Nhơn Hội", "Xã Phú Hữu", "Xã Phú Hội", "Xã Vĩnh Hội Đông", "Xã Đa Phước", "Xã Vĩnh Trường",
          "Xã Vĩnh Lộc", "Xã Phước Hưng", "Xã Vĩnh Hậu")),
      new District("CP", "Huyện Châu Phú", List.of(
          "Thị trấn Cái Dầu", "Thị trấn Vĩnh Thạnh Trung", "Xã Bình Long", "Xã Bình Mỹ", "Xã Bình Phú",
          "Xã Bình Chánh", "Xã Bình Thủy", "Xã Khánh Hòa", "Xã Mỹ Đức", "Xã Mỹ Phú", "Xã Ô Long Vỹ",
          "Xã Đào Hữu Cảnh", "Xã Thạnh Mỹ Tây")),
      new District("CT", "Huyện Châu Thành", List.of(
          "Thị trấn An Châu", "Thị trấn Vĩnh Bình", "Xã Bình Hòa", "Xã Bình Thạnh", "Xã Cần Đăng",
          "Xã Hòa Bình Thạnh", "Xã Tân Phú", "Xã Vĩnh An", "Xã Vĩnh Hanh", "Xã Vĩnh Lợi", "Xã Vĩnh Nhuận",
          "Xã Vĩnh Thành", "Xã An Hòa")),
      new District("CM", "Huyện Chợ Mới", List.of(
          "Thị trấn Chợ Mới", "Thị trấn Mỹ Luông", "Thị trấn Hội An", "Xã Kiến An", "Xã Kiến Thành",
          "Xã Long Điền A", "Xã Long Điền B", "Xã Long Giang", "Xã Long Kiến", "Xã Mỹ An", "Xã Mỹ Hội Đông",
          "Xã Nhơn Mỹ", "Xã Tấn Mỹ", "Xã Mỹ Hiệp", "Xã Bình Phước Xuân", "Xã Hòa An", "Xã Hòa Bình",
          "Xã An Thạnh Trung")),
      new District("PT", "Huyện Phú Tân", List.of(
          "Thị trấn Phú Mỹ", "Thị trấn Chợ Vàm", "Xã Phú Long", "Xã Phú Thạnh", "Xã Phú Thành", "Xã Phú An",
          "Xã Phú Bình", "Xã Phú Hưng", "Xã Phú Hiệp", "Xã Phú Lâm", "Xã Phú Thọ", "Xã Phú Xuân",
          "Xã Hiệp Xương", "Xã Bình Thạnh Đông", "Xã Tân Hòa", "Xã Tân Trung", "Xã Long Hòa")),
      new District("TS", "Huyện Thoại Sơn", List.of(
          "Thị trấn Núi Sập", "Thị trấn Phú Hòa", "Thị trấn Óc Eo", "Xã An Bình", "Xã Bình Thành", "Xã Định Mỹ",
          "Xã Định Thành", "Xã Mỹ Phú Đông", "Xã Phú Thuận", "Xã Tây Phú", "Xã Thoại Giang", "Xã Vĩnh Chánh",
          "Xã Vĩnh Khánh", "Xã Vĩnh Phú", "Xã Vĩnh Trạch", "Xã Vọng Đông", "Xã Vọng Thê")),
      new District("TT", "Huyện Tri Tôn", List.of(
          "Thị trấn Tri Tôn", "Thị trấn Ba Chúc", "Xã An Tức", "Xã Châu Lăng", "Xã Cô Tô", "Xã Lạc Quới",
          "Xã Lê Trì", "Xã Lương An Trà", "Xã Lương Phi", "Xã Núi Tô", "Xã Tà Đảnh", "Xã Tân Tuyến",
          "Xã Vĩnh Gia", "Xã Vĩnh Phước", "Xã Ô Lâm")));

  /** Commune-level units formed on 1 July 2025 on former Kiên Giang territory; no history in this registry. */
  static final List<String> KIEN_GIANG_COMMUNES = List.of(
      "Phường Rạch Giá", "Phường Vĩnh Thông", "Phường Hà Tiên", "Phường Tô Châu", "Đặc khu Phú Quốc",
      "Đặc khu Kiên Hải", "Đặc khu Thổ Châu", "Xã Kiên Lương", "Xã Hòa Điền", "Xã Sơn Hải", "Xã Hòn Nghệ",
      "Xã Hòn Đất", "Xã Sơn Kiên", "Xã Mỹ Thuận", "Xã Bình Sơn", "Xã Bình Giang", "Xã Tân Hiệp",
      "Xã Thạnh Đông", "Xã Tân Hội", "Xã Châu Thành", "Xã Bình An", "Xã Thạnh Lộc", "Xã Giồng Riềng",
      "Xã Thạnh Hưng", "Xã Long Thạnh", "Xã Hòa Hưng", "Xã Ngọc Chúc", "Xã Hòa Thuận", "Xã Gò Quao",
      "Xã Định Hòa", "Xã Vĩnh Hòa Hưng", "Xã Vĩnh Tuy", "Xã An Biên", "Xã Tây Yên", "Xã Đông Thái",
      "Xã An Minh", "Xã Đông Hòa", "Xã Vân Khánh", "Xã U Minh Thượng", "Xã Vĩnh Thuận", "Xã Giang Thành",
      "Xã Vĩnh Điều");

  /** The Kiên Giang counterpart of each An Giang department (after its own March 2025 mergers). */
  static String kienGiangName(String anGiangName) {
    return anGiangName + " tỉnh Kiên Giang";
  }

  /** The commune whose territory is divided between two new communes on 1 July 2025 (a SPLIT). */
  static final String SPLIT_COMMUNE = "Xã Vĩnh Gia";
  static final List<String> SPLIT_SUCCESSORS = List.of("Xã Vĩnh Gia", "Xã Vĩnh Gia Nam");
}
