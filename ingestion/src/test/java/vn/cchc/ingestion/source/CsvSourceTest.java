package vn.cchc.ingestion.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

  private List<RawRow> read(byte[] content, Charset explicit) throws Exception {
    Path file = dir.resolve("f.csv");
    Files.write(file, content);
    List<RawRow> rows = new ArrayList<>();
    new CsvSource(file, explicit)
        .read(
            new RowHandler() {
              @Override
              public void header(RawRow header) {
                rows.add(header);
              }

              @Override
              public void row(RawRow row) {
                rows.add(row);
              }
            },
            Progress.silent());
    return rows;
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
    byte[] utf16 = ("\uFEFFtên\nTiến\n").getBytes(StandardCharsets.UTF_16LE);
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
}
