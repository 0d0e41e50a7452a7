package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.ingestion.validate.Reject;
import vn.cchc.ingestion.validate.RejectRule;

/** rejects.csv writes a raw value that a spreadsheet would run as a formula as text. */
class RejectsWriterTest {
  @Test
  void formulaLikeTextIsWrittenWithAnApostrophe(@TempDir Path dir) throws Exception {
    Path file =
        RejectsWriter.write(
            dir,
            List.of(
                new Reject.Where("=cmd|' /C calc'!A0.csv", null, 3, "points", "=HYPERLINK(\"x\")")
                    .because(RejectRule.TYPE, "Điểm '=HYPERLINK(\"x\")' không phải là số"),
                new Reject.Where("scores.csv", null, 4, "@note", "-5")
                    .because(RejectRule.RANGE, "-5 nhỏ hơn 0"),
                new Reject.Where("scores.csv", null, 5, "note", "\t+1")
                    .because(RejectRule.TYPE, "Giá trị có ký tự tab")));
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .isEqualTo(
            "\uFEFF"
                + RejectsWriter.HEADER
                + "\r\n"
                + "'=cmd|' /C calc'!A0.csv,,3,points,\"'=HYPERLINK(\"\"x\"\")\",TYPE,"
                + "\"Điểm '=HYPERLINK(\"\"x\"\")' không phải là số\"\r\n"
                + "scores.csv,,4,'@note,'-5,RANGE,'-5 nhỏ hơn 0\r\n"
                + "scores.csv,,5,note,'\t+1,TYPE,Giá trị có ký tự tab\r\n");
  }
}
