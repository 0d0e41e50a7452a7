package vn.cchc.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SpreadsheetTextTest {
  @Test
  void everyFormulaStartGetsAnApostrophe() {
    assertThat(SpreadsheetText.neutralise("=HYPERLINK(\"http://x\",\"bấm\")"))
        .isEqualTo("'=HYPERLINK(\"http://x\",\"bấm\")");
    assertThat(SpreadsheetText.neutralise("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
    assertThat(SpreadsheetText.neutralise("+1+1")).isEqualTo("'+1+1");
    assertThat(SpreadsheetText.neutralise("-2+3")).isEqualTo("'-2+3");
    assertThat(SpreadsheetText.neutralise("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(SpreadsheetText.neutralise("\t=1")).isEqualTo("'\t=1");
    assertThat(SpreadsheetText.neutralise("\r=1")).isEqualTo("'\r=1");
    assertThat(SpreadsheetText.neutralise("＝1+1")).isEqualTo("'＝1+1");
  }

  @Test
  void otherTextIsUnchanged() {
    assertThat(SpreadsheetText.neutralise("Phường Long Xuyên")).isEqualTo("Phường Long Xuyên");
    assertThat(SpreadsheetText.neutralise("a=b")).isEqualTo("a=b");
    assertThat(SpreadsheetText.neutralise(" =1")).isEqualTo(" =1");
    assertThat(SpreadsheetText.neutralise("'=1")).isEqualTo("'=1");
    assertThat(SpreadsheetText.neutralise("")).isEmpty();
    assertThat(SpreadsheetText.neutralise(null)).isNull();
  }
}
