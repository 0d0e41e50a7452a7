package vn.cchc.model.schema;

import java.util.List;

/** Markdown documentation of declared tables for analysts, in Vietnamese and English. */
public final class SchemaDocs {
  /** The title of {@code docs/input-tables.md}. */
  public static final String INPUT_TITLE = "Bảng dữ liệu nhập / Input tables";

  /**
   * How ingestion reads a file before any table rule applies: what is refused whole, what rejects
   * one row, and how numbers are read. Ingestion's readers ({@code CsvSource}, {@code XlsxSource},
   * {@code Cells}) implement exactly this; their tests quote these rules.
   */
  static final String READING_RULES =
      """

      ## Quy tắc đọc tệp / How files are read

      Các quy tắc dưới đây áp dụng cho mọi bảng, trước các quy tắc của từng bảng. "Từ chối cả tệp" \
      nghĩa là không dòng nào của tệp (hoặc trang tính) được nạp; "loại dòng" nghĩa là dòng đó ghi \
      vào `rejects.csv` và các dòng khác vẫn được nạp (`--on-error skip-row`). / These rules apply \
      to every table, before its own rules. A refused file (or sheet) loads no row; a rejected row \
      goes to `rejects.csv` while the other rows load.

      ### Tệp / files

      - Chỉ nạp `.csv` và `.xlsx`; trong một thư mục, tệp `.xls`, `.xlsm`, `.xlsb`, `.ods` và các \
      tệp khác được bỏ qua kèm cảnh báo; thư mục không có tệp nào nạp được là lỗi (mã thoát 2). \
      / Only `.csv` and `.xlsx` load; other files of a folder are skipped with a warning; a \
      folder with nothing loadable is an error (exit 2).
      - Tệp không phải văn bản bị từ chối cả tệp, kèm lời khuyên đúng với loại tệp (xét 4096 byte \
      đầu): bắt đầu bằng `PK\\x03\\x04` là sổ Excel (ZIP) bị đổi đuôi → đổi đuôi thành `.xlsx` \
      (CORRUPT_FILE); bắt đầu bằng `D0 CF 11 E0` là sổ `.xls` cũ hoặc sổ có mật khẩu (CORRUPT_FILE); \
      byte 0 xen kẽ (một byte 0 sau hoặc trước mỗi ký tự) là UTF-16 không có BOM → lưu lại dưới \
      dạng CSV UTF-8 (ENCODING); có byte 0 hoặc từ 1 % byte điều khiển trở lên là tệp nhị phân, \
      không phải CSV (CORRUPT_FILE). / A file that is not text is refused with advice that fits \
      it: a ZIP (a workbook renamed `.csv`), an OLE2 file (old `.xls` or password protected), \
      UTF-16 without a byte-order mark, binary bytes.
      - Sổ Excel có mật khẩu (mã hóa) bị từ chối: gỡ mật khẩu rồi lưu lại; sổ `.xls` mang đuôi \
      `.xlsx`: lưu lại dưới dạng `.xlsx`; tệp văn bản mang đuôi `.xlsx`: đổi đuôi thành `.csv` \
      (CORRUPT_FILE). / A password-protected workbook, an `.xls` or a text file named `.xlsx` is \
      refused, saying which.

      ### Mã ký tự / encoding

      - Dấu BOM ở đầu tệp (UTF-8, UTF-16) quyết định mã; không có BOM thì dùng `--encoding`, mặc \
      định UTF-8. Ô có byte không giải mã được làm từ chối cả tệp tại ô đó (ENCODING), gợi ý lưu \
      lại dưới dạng CSV UTF-8 hoặc chạy lại với `--encoding windows-1258`. Chữ được chuẩn hóa NFC. \
      / A byte-order mark decides the encoding, else `--encoding`, else UTF-8; an undecodable \
      cell refuses the file at that cell. Text is normalised to NFC.

      ### Dấu phân cách, dấu ngoặc kép / delimiters and quotes (CSV)

      - Dấu phân cách (`,`, `;` hoặc tab) là dấu xuất hiện nhiều nhất ở dòng tiêu đề, ngoài ngoặc \
      kép. Ô đặt trong dấu ngoặc kép có thể chứa dấu phân cách, xuống dòng (Alt+Enter trong \
      Excel) và `""` cho một dấu ngoặc kép (RFC 4180). / The delimiter is the most frequent of \
      `,` `;` tab in the header line; quoted cells may hold delimiters, line breaks and `""`.
      - Mỗi dòng vật lý của tệp phải được tính: từ chối cả tệp (MALFORMED_FILE), tại dòng và cột \
      nơi dấu ngoặc kép mở, khi (1) dấu ngoặc kép không được đóng cho đến hết tệp; (2) một ô \
      trong ngoặc kép xuống dòng và một dòng bên trong nó có từ (số cột của tiêu đề − 1) dấu phân \
      cách trở lên (ít nhất 2), tức là trông như một dòng dữ liệu bị nuốt; (3) sau dấu ngoặc kép \
      đóng còn ký tự khác dấu cách trước dấu phân cách. / Every physical line must be accounted \
      for: a quote never closed, a quoted cell whose inner line has at least (header columns − \
      1, at least 2) delimiters, or text after a closing quote refuses the file at the line \
      where the quote opened.
      - Dòng có ô không trống nằm ngoài các cột có tiêu đề (sau cột cuối của tiêu đề, hoặc dưới ô \
      tiêu đề trống) bị loại cả dòng (EXTRA_CELLS), không bao giờ bị cắt bớt; cột được ghi là \
      `cột N` (CSV, đếm từ 1) hoặc `cột H` (XLSX). Thường do một ô chứa dấu phân cách mà không \
      đặt trong ngoặc kép. Ô trống thừa ở cuối dòng được bỏ qua; dòng thiếu ô thì các ô thiếu \
      là trống. / A row with a non-blank cell in a column without a header is rejected whole, \
      never truncated; blank trailing cells are ignored; missing trailing cells are empty.

      ### Số / numbers

      - Dấu thập phân là `.` hoặc `,` (`9.5` và `9,5` đều là 9,5); số có cả hai dấu, số dạng thập \
      lục phân (`0x1p-1`), `Infinity`, `NaN` hay có hậu tố (`1d`) bị loại dòng (TYPE). Dấu cách \
      được bỏ qua (`1 000` là 1000). Số có dấu phân cách hàng nghìn lặp lại (`1.000.000`) bị \
      loại: hãy viết `1000000`. / Either decimal mark; both marks, hexadecimal, Infinity, NaN, \
      suffixes and repeated thousands separators are rejected; spaces are ignored.
      - Một dấu duy nhất đứng sau 1–3 chữ số (chữ số đầu khác 0) và trước đúng 3 chữ số \
      (`1.000`, `12.500`, `-2.125`) là không rõ nghĩa nếu dấu đó có thể là dấu phân cách hàng \
      nghìn của tệp, và bị loại dòng (TYPE) với gợi ý viết `1000` hoặc `1`: trong tệp phân cách \
      bằng `;` (Excel tiếng Việt, dấu phẩy thập phân) là dấu `.`; trong tệp phân cách bằng `,` là \
      dấu `,` (ô `"1,000"`); trong tệp phân cách bằng tab là cả hai. `0.125`, `1234.500`, `9,5`, \
      `9.5` luôn là số thập phân. Ô số của XLSX là số, không có nhập nhằng này. / A single mark \
      between 1–3 digits and exactly 3 digits is ambiguous where the file's convention lets it \
      group thousands (`.` in `;` files, `,` in `,` files, both in tab files) and is rejected; \
      XLSX numeric cells are numbers.
      - Cột số nguyên chỉ nhận số nguyên (`2` hoặc `2.0`, không nhận `2.5`). / Integer columns take \
      whole numbers only.

      ### Ngày, đúng/sai / dates, booleans

      - Ngày viết `yyyy-mm-dd` hoặc `d/m/yyyy` và phải có thật (`31/02/2024` bị loại, không bị \
      đổi thành 29/02). Ô ngày của XLSX được đọc theo ngày của ô. / Dates are `yyyy-mm-dd` or \
      `d/m/yyyy` and must exist; XLSX date cells read as their day.
      - Đúng/sai: `true`, `1`, `yes`, `y`, `x`, `có`, `đúng` / `false`, `0`, `no`, `n`, `không`, \
      `sai` (không phân biệt chữ hoa, chữ thường; viết không dấu cũng được). / Booleans as \
      listed, any case, with or without diacritics.

      ### Trang tính XLSX / XLSX sheets

      - Mỗi trang tính có tên bảng được nạp như một tệp; dòng không trống đầu tiên là tiêu đề. \
      / Each sheet named after a table loads like a file; its first non-blank row is the header.
      - Trang tính có ô gộp (merged cells) ở bất kỳ đâu bị từ chối cả trang (MALFORMED_FILE), nêu \
      tối đa 5 vùng gộp, trước khi đọc dòng nào: ô gộp chỉ giữ giá trị ở ô đầu tiên, nên một ô \
      tiêu đề gộp làm mất cả một cột và một ô dữ liệu gộp làm trống các ô dưới nó. Hãy bỏ gộp ô \
      và điền giá trị vào từng ô. / A sheet with merged cells anywhere is refused, naming them.

      ### Kết quả lượt nạp / batch outcome

      - Mã thoát: 0 mọi dòng được nhận; 3 đã ghi phiên bản kho mới nhưng có dòng hoặc tệp bị loại; \
      2 tham số sai, hoặc không có dòng nào của tệp nào được nhận (mọi tệp bị từ chối hoặc mọi \
      dòng bị loại): in "Không có tệp nào được nạp; kho giữ nguyên." và kho không đổi; 1 lỗi \
      (không ghi gì). / Exit codes: 0 all taken; 3 committed with rejects; 2 bad arguments, or \
      nothing taken from any file (the warehouse is unchanged); 1 failure.
      """;

  private SchemaDocs() {}

  /** {@code docs/input-tables.md}: the input tables, then how files are read. */
  public static String inputTables() {
    return markdown(INPUT_TITLE, InputTables.ALL) + READING_RULES;
  }

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
