package vn.cchc.ingestion.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.ingestion.validate.RejectRule;
import vn.cchc.model.error.ErrorCode;

class CsvSourceTest {
  @TempDir Path dir;

  /** What the reader said besides rows: the decimal marks and each row with extra cells. */
  private final List<String> said = new ArrayList<>();

  private List<RawRow> read(byte[] content, Charset explicit) throws Exception {
    Path file = dir.resolve("f.csv");
    Files.write(file, content);
    RecordingHandler handler = new RecordingHandler(said);
    new CsvSource(file, explicit).read(handler, Progress.silent());
    return handler.rows;
  }

  private List<RawRow> read(String content) throws Exception {
    return read(content.getBytes(StandardCharsets.UTF_8), null);
  }

  private static void assertRefused(
      Throwable thrown, RejectRule rule, long row, String column, String rawValue) {
    assertThat(thrown)
        .isInstanceOfSatisfying(
            FileRefusedException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(rule);
              assertThat(e.row()).isEqualTo(row);
              assertThat(e.column()).isEqualTo(column);
              assertThat(e.rawValue()).isEqualTo(rawValue);
            });
  }

  @Test
  void readsQuotedFieldsWithDelimitersQuotesAndLineBreaksAndKeepsPhysicalRowNumbers()
      throws Exception {
    String csv = "a,b,c\r\n1,\"x, \"\"y\"\"\",z\r\n\r\n2,\"line one\nline two\",w\n3,,\n";
    List<RawRow> rows = read(csv.getBytes(StandardCharsets.UTF_8), null);
    assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1L, 2L, 4L, 6L);
    assertThat(rows.get(1).cells()).containsExactly("1", "x, \"y\"", "z");
    assertThat(rows.get(2).cells()).containsExactly("2", "line one\nline two", "w");
    assertThat(rows.get(3).cells()).containsExactly("3", "", "");
  }

  /** The parser reads 65,536 characters at a time; cells and quotes cross that boundary. */
  @Test
  void cellsLongerThanWhatIsReadAtOnceAndQuotesAcrossItReadWhole() throws Exception {
    String longCell = "x".repeat(70_000);
    String quoted = "y".repeat(65_500) + "\n\"z\","; // a line break, quotes and a delimiter
    String csv = "a,b\n" + longCell + ",1\n\"" + quoted.replace("\"", "\"\"") + "\",2\r\n3,Đã\n";
    List<RawRow> rows = read(csv);
    assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1L, 2L, 3L, 5L);
    assertThat(rows.get(1).cells()).containsExactly(longCell, "1");
    assertThat(rows.get(2).cells()).containsExactly(quoted, "2");
    assertThat(rows.get(3).cells()).containsExactly("3", "Đã");
  }

  @Test
  void takesSemicolonDelimiterFromHeaderSoDecimalCommasSurvive() throws Exception {
    List<RawRow> rows = read("năm;điểm\n2024;9,5\n".getBytes(StandardCharsets.UTF_8), null);
    assertThat(rows.get(1).cells()).containsExactly("2024", "9,5");
  }

  @Test
  void decodesUtf8BomAndUtf16BomAndNormalisesToNfc() throws Exception {
    String decomposed = "Tie\u0302\u0301n"; // "Tiến" written with combining marks
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = ("tên\n" + decomposed + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] utf8 = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, utf8, 0, bom.length);
    System.arraycopy(body, 0, utf8, bom.length, body.length);
    assertThat(read(utf8, null).get(1).cells()).containsExactly("Tiến");
    byte[] utf16 = "\uFEFFtên\nTiến\n".getBytes(StandardCharsets.UTF_16LE);
    assertThat(read(utf16, null).get(0).cells()).containsExactly("tên");
    assertThat(read(utf16, null).get(1).cells()).containsExactly("Tiến");
  }

  @Test
  void readsWindows1258WhenToldAndRefusesItAtTheFirstBadCellWhenNot() throws Exception {
    Charset cp1258 = Charset.forName("windows-1258");
    // Windows-1258 has few precomposed letters: legacy software writes "ở" as "ơ" + combining hook
    // above
    byte[] legacy = "ma\u0303,tên\nSO-TC,S\u01A1\u0309 Ta\u0300i chi\u0301nh\n".getBytes(cp1258);
    assertThat(read(legacy, cp1258).get(0).cells()).containsExactly("mã", "tên");
    assertThat(read(legacy, cp1258).get(1).cells()).containsExactly("SO-TC", "Sở Tài chính");
    assertThatThrownBy(() -> read(legacy, null))
        .isInstanceOfSatisfying(
            FileRefusedException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(RejectRule.ENCODING);
              assertThat(e.row()).isEqualTo(1);
              assertThat(e.column()).isEqualTo("cột 1");
            })
        .hasMessageContaining("--encoding windows-1258");
  }

  @Test
  void refusesAnEmptyFile() {
    assertThatThrownBy(() -> read(new byte[0], null))
        .isInstanceOfSatisfying(
            FileRefusedException.class,
            e -> {
              assertThat(e.rule()).isEqualTo(RejectRule.EMPTY_FILE);
              assertThat(e.row()).isEqualTo(1);
              assertThat(e.code()).isEqualTo(ErrorCode.FILE_REFUSED);
            })
        .hasMessage("Tệp rỗng: không có dòng tiêu đề nào");
  }

  @Test
  void aQuoteLeftOpenToTheEndOfTheFileRefusesItAtTheLineWhereItOpened() {
    Throwable thrown = catchThrowable(() -> read("a,b,c\n1,x,y\n2,\"chưa đóng,z\n3,u\n"));
    assertRefused(thrown, RejectRule.MALFORMED_FILE, 3, "b", "chưa đóng,z");
    assertThat(thrown)
        .hasMessage(
            "Dấu ngoặc kép mở ở dòng 3 (cột b) không được đóng cho đến hết tệp, nên mọi dòng sau"
                + " nó sẽ bị đọc thành một ô: hãy thêm dấu \" đóng ô, hoặc viết \"\" cho một dấu"
                + " ngoặc kép nằm trong ô; tệp không được nạp");
  }

  @Test
  void aQuotedCellWhoseNextLineLooksLikeARowRefusesTheFile() {
    Throwable thrown = catchThrowable(() -> read("a;b;c;d\n1;\"mở;x;y\n2;p;q;r\n3;\"đóng\";s;t\n"));
    assertRefused(thrown, RejectRule.MALFORMED_FILE, 2, "b", "mở;x;y");
    assertThat(thrown)
        .hasMessage(
            "Dấu ngoặc kép mở ở dòng 2 (cột b) chưa được đóng ở cuối dòng 3, mà dòng đó có đủ dấu"
                + " phân cách của một dòng dữ liệu: có thể thiếu dấu \" đóng ô ở dòng 2; hãy thêm"
                + " dấu \" đóng ô, hoặc viết \"\" cho một dấu ngoặc kép nằm trong ô; tệp không"
                + " được nạp");
  }

  @Test
  void textAfterAClosingQuoteRefusesTheFile() {
    Throwable sameLine = catchThrowable(() -> read("a,b,c\n1,\"x\"y,z\n"));
    assertRefused(sameLine, RejectRule.MALFORMED_FILE, 2, "b", "x");
    assertThat(sameLine)
        .hasMessage(
            "Ô ở dòng 2 (cột b) còn ký tự 'y' sau dấu ngoặc kép đóng: dấu ngoặc kép nằm trong ô"
                + " phải viết thành \"\" và cả ô đặt trong dấu ngoặc kép; tệp không được nạp");
    Throwable laterLine = catchThrowable(() -> read("a,b,c,d\n1,\"mở,x\n2,\"ghi chú\",w\n"));
    assertRefused(laterLine, RejectRule.MALFORMED_FILE, 2, "b", "mở,x");
    assertThat(laterLine)
        .hasMessage(
            "Dấu ngoặc kép mở ở dòng 2 (cột b) chỉ được đóng ở dòng 3 và ô đó còn ký tự 'g' sau"
                + " dấu ngoặc kép đóng: dấu ngoặc kép nằm trong ô phải viết thành \"\" và cả ô đặt"
                + " trong dấu ngoặc kép; có thể thiếu dấu \" đóng ô ở dòng 2; tệp không được nạp");
  }

  @Test
  void aMultiLineNoteAndSpacesAfterAClosingQuoteStillRead() throws Exception {
    List<RawRow> rows = read("a,b,c,d\n1,\"dòng một, có phẩy\ndòng hai, cũng có\" ,x,y\n2,p,q,r\n");
    assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1L, 2L, 4L);
    assertThat(rows.get(1).cells())
        .containsExactly("1", "dòng một, có phẩy\ndòng hai, cũng có", "x", "y");
  }

  @Test
  void aRowWithAValueBeyondTheHeaderOrUnderABlankHeaderIsHandedOverAsExtraCells() throws Exception {
    List<RawRow> rows = read("a,b,,d\n1,Đã nộp, chờ duyệt,x\n2,p,q,r,s\n3,p,,r,\n");
    assertThat(rows).extracting(RawRow::rowNumber).containsExactly(1L, 4L);
    assertThat(said)
        .containsExactly(
            "POINT",
            "2 | cột 3 |  chờ duyệt | Dòng có giá trị ở cột 3 mà cột này không có tiêu đề: hãy"
                + " đặt tên cột ở dòng tiêu đề hoặc xóa giá trị; dòng không được nạp",
            "3 | cột 3 | q | Dòng có giá trị ở cột 3 mà cột này không có tiêu đề: hãy đặt tên cột"
                + " ở dòng tiêu đề hoặc xóa giá trị; dòng không được nạp");
    said.clear();
    read("a;b\n1;2;3\n");
    assertThat(said)
        .containsExactly(
            "COMMA",
            "2 | cột 3 | 3 | Dòng có 3 ô, nhiều hơn 2 cột của dòng tiêu đề (ô thừa đầu tiên ở cột"
                + " 3): có thể một ô chứa dấu phân cách mà không được đặt trong dấu ngoặc kép; hãy"
                + " đặt ô đó trong dấu ngoặc kép (\"…\"); dòng không được nạp");
  }

  @Test
  void saysWhatAFileIsWhenItIsNoText() {
    String utf16 =
        "Tệp được lưu bằng mã UTF-16 (Unicode) nhưng thiếu dấu BOM ở đầu tệp nên không đọc được:"
            + " hãy mở tệp và lưu lại dưới dạng CSV UTF-8";
    byte[] text = "năm,điểm\n2024,9.5\n".getBytes(StandardCharsets.UTF_16LE);
    assertThatThrownBy(() -> read(text, null)).hasMessage(utf16);
    assertThatThrownBy(() -> read("năm,điểm\n".getBytes(StandardCharsets.UTF_16BE), null))
        .hasMessage(utf16);
    assertThatThrownBy(() -> read(text, Charset.forName("windows-1258"))).hasMessage(utf16);
    assertThatThrownBy(() -> read(new byte[] {0x50, 0x4B, 0x03, 0x04, 0x14, 0, 0, 0}, null))
        .hasMessageStartingWith("Tệp không phải CSV mà là tệp nén ZIP");
    assertThatThrownBy(
            () ->
                read(
                    new byte[] {
                      (byte) 0xD0,
                      (byte) 0xCF,
                      0x11,
                      (byte) 0xE0,
                      (byte) 0xA1,
                      (byte) 0xB1,
                      0x1A,
                      (byte) 0xE1
                    },
                    null))
        .hasMessageStartingWith("Tệp không phải CSV mà là một sổ Excel 97-2003 (.xls)");
    Throwable binary = catchThrowable(() -> read(new byte[] {'a', ',', 'b', '\n', 7, 'c'}, null));
    assertRefused(binary, RejectRule.CORRUPT_FILE, 0, "", "");
    assertThat(binary)
        .hasMessage(
            "Tệp không phải tệp văn bản CSV: có byte nhị phân 0x07 ở byte thứ 5; hãy mở bằng"
                + " chương trình đã tạo ra nó và lưu lại dưới dạng CSV UTF-8 hoặc Excel .xlsx");
  }
}
