package vn.cchc.model.schema;

import java.util.List;

/** Markdown documentation of declared tables for analysts, in Vietnamese and English. */
public final class SchemaDocs {
  private SchemaDocs() {}

  public static String markdown(String title, List<TableSchema> tables) {
    StringBuilder md =
        new StringBuilder("# ")
            .append(title)
            .append("\n\n")
            .append(
                "Sinh tự động từ mô-đun `model` — không sửa tay. / Generated from the `model` module.\n");
    for (TableSchema t : tables) {
      md.append("\n## `")
          .append(t.name())
          .append("` — ")
          .append(t.labelVi())
          .append("\n\n")
          .append(t.descriptionEn())
          .append(".\n\n")
          .append("Khóa / key: `")
          .append(String.join("`, `", t.key()))
          .append("`");
      t.partitionColumn()
          .ifPresent(p -> md.append("; phân vùng / partitioned by `").append(p).append('`'));
      if (!t.aliases().isEmpty()) {
        md.append("; tên tệp khác được chấp nhận / also accepted as: ")
            .append(String.join(", ", t.aliases()));
      }
      md.append(
              "\n\n| cột / column | kiểu / type | bắt buộc / presence | ý nghĩa (tiếng Việt) | meaning |\n")
          .append("|---|---|---|---|---|\n");
      for (Column c : t.columns()) {
        md.append("| `")
            .append(c.name())
            .append("` | ")
            .append(type(c))
            .append(" | ")
            .append(c.presence().name().toLowerCase(java.util.Locale.ROOT))
            .append(c.defaultValue() == null ? "" : " (mặc định " + c.defaultValue() + ")")
            .append(" | ")
            .append(c.labelVi())
            .append(" | ")
            .append(c.descriptionEn())
            .append(" |\n");
      }
    }
    return md.toString();
  }

  /**
   * The type, and for a coded column the values it admits and whether they are folded to upper
   * case.
   */
  private static String type(Column c) {
    StringBuilder s = new StringBuilder(c.type().duckDbType());
    c.codes()
        .ifPresent(
            codes ->
                s.append(", một trong / one of: `")
                    .append(String.join("`, `", codes.values()))
                    .append('`'));
    if (c.upperCase()) {
      s.append(" (không phân biệt chữ hoa, chữ thường / any case; stored upper case)");
    }
    return s.toString();
  }
}
