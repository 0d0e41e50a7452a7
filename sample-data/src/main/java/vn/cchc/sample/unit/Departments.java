package vn.cchc.sample.unit;

import java.util.List;
import java.util.Set;

/**
 * The provincial departments (sở, ban, ngành) with their official names, the same list in old An
 * Giang and old Kiên Giang, and their 2025 mergers. There is no official GSO code for a department:
 * the sample uses {@code <province code>-<abbreviation>}, e.g. {@code 89-SNV}, {@code 91-STC}.
 */
final class Departments {
  private Departments() {}

  /** A department: abbreviation of its code, official name without the province. */
  record Department(String abbreviation, String name) {}

  /** Each old province's departments until the March 2025 mergers (19 each). */
  static final List<Department> BEFORE_2025 =
      List.of(
          new Department("SNV", "Sở Nội vụ"),
          new Department("STP", "Sở Tư pháp"),
          new Department("SKHDT", "Sở Kế hoạch và Đầu tư"),
          new Department("STC", "Sở Tài chính"),
          new Department("SCT", "Sở Công Thương"),
          new Department("SNNPTNT", "Sở Nông nghiệp và Phát triển nông thôn"),
          new Department("SGTVT", "Sở Giao thông vận tải"),
          new Department("SXD", "Sở Xây dựng"),
          new Department("STNMT", "Sở Tài nguyên và Môi trường"),
          new Department("STTTT", "Sở Thông tin và Truyền thông"),
          new Department("SLDTBXH", "Sở Lao động – Thương binh và Xã hội"),
          new Department("SVHTTDL", "Sở Văn hóa, Thể thao và Du lịch"),
          new Department("SKHCN", "Sở Khoa học và Công nghệ"),
          new Department("SGDDT", "Sở Giáo dục và Đào tạo"),
          new Department("SYT", "Sở Y tế"),
          new Department("SNGV", "Sở Ngoại vụ"),
          new Department("BDT", "Ban Dân tộc"),
          new Department("TTR", "Thanh tra tỉnh"),
          new Department("VPUBND", "Văn phòng Ủy ban nhân dân tỉnh"));

  /** A predecessor of a March 2025 department and its weight there. */
  record Part(String abbreviation, double weight) {}

  /**
   * A department formed on 1 March 2025 within each old province (Decree 45/2025/NĐ-CP). When it
   * keeps a predecessor's abbreviation, its code gets a new version from 1 March 2025.
   */
  record MarchMerger(String abbreviation, String name, List<Part> predecessors) {}

  /**
   * Equal weights for a merger; Sở Dân tộc và Tôn giáo takes Ban Dân tộc whole (3/4) and the
   * religious affairs of Sở Nội vụ (its Ban Tôn giáo, 1/4).
   */
  static final List<MarchMerger> MARCH_2025 =
      List.of(
          new MarchMerger("STC", "Sở Tài chính", List.of(new Part("STC", 1), new Part("SKHDT", 1))),
          new MarchMerger("SNV", "Sở Nội vụ", List.of(new Part("SNV", 1), new Part("SLDTBXH", 1))),
          new MarchMerger("SXD", "Sở Xây dựng", List.of(new Part("SXD", 1), new Part("SGTVT", 1))),
          new MarchMerger(
              "SNNMT",
              "Sở Nông nghiệp và Môi trường",
              List.of(new Part("SNNPTNT", 1), new Part("STNMT", 1))),
          new MarchMerger(
              "SKHCN",
              "Sở Khoa học và Công nghệ",
              List.of(new Part("SKHCN", 1), new Part("STTTT", 1))),
          new MarchMerger(
              "SDTTG", "Sở Dân tộc và Tôn giáo", List.of(new Part("BDT", 3), new Part("SNV", 1))));

  /** Departments that go through March 2025 unchanged, up to 30 June 2025. */
  static final List<String> UNCHANGED_IN_MARCH =
      List.of("STP", "SCT", "SVHTTDL", "SGDDT", "SYT", "SNGV", "TTR", "VPUBND");

  /**
   * The departments of the new An Giang from 1 July 2025 (14, the most Decree 150/2025/NĐ-CP
   * allows), each the merger of the two old provinces' departments of the same abbreviation.
   */
  static final List<String> AFTER_JULY_2025 =
      List.of(
          "SNV", "STP", "STC", "SCT", "SNNMT", "SXD", "SKHCN", "SVHTTDL", "SGDDT", "SYT", "SDTTG",
          "SNGV", "TTR", "VPUBND");

  /**
   * Departments without administrative procedures of their own: the one-stop-shop items do not
   * apply.
   */
  static final Set<String> WITHOUT_PROCEDURES = Set.of("BDT", "SDTTG", "TTR", "SNGV");

  static String code(String provinceCode, String abbreviation) {
    return provinceCode + "-" + abbreviation;
  }

  static String abbreviationOf(String code) {
    return code.substring(code.indexOf('-') + 1);
  }

  /**
   * The official name in a province, from the province's registry name ("Tỉnh An Giang", "Thành phố
   * Hà Nội"): "Sở Nội vụ tỉnh An Giang", "Thanh tra tỉnh Kiên Giang", "Văn phòng Ủy ban nhân dân
   * thành phố Hà Nội".
   */
  static String nameIn(String name, String provinceName) {
    String kind = provinceName.startsWith("Thành phố ") ? "thành phố" : "tỉnh";
    String shortName = provinceName.replaceFirst("^(Tỉnh|Thành phố) ", "");
    String base = name.endsWith(" tỉnh") ? name.substring(0, name.length() - 5) : name;
    return base + " " + kind + " " + shortName;
  }
}
