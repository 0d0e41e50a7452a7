package vn.cchc.model.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SamplesTest {
  @Test
  void theMedianIsTheMiddleRunAndTheRangeTheExtremes() {
    Samples s = new Samples().add(13.1).add(11.94).add(12.3);
    assertThat(s.median()).isEqualTo(12.3);
    assertThat(s.format(1)).isEqualTo("12.3 (11.9–13.1)");
    assertThat(new Samples().add(1).add(4).add(2).add(3).median()).isEqualTo(2.5);
  }

  @Test
  void equalRunsPrintOneFigureWithThousandsSeparated() {
    assertThat(new Samples().add(1234.0).add(1234.0).add(1234.0).format(0)).isEqualTo("1,234");
    assertThat(new Samples().format(1)).isEqualTo("–");
  }

  @Test
  void aSummaryOfNoRunsIsRefused() {
    assertThatThrownBy(() -> new Samples().median())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot summarise samples: none were measured");
  }

  @Test
  void aTablePadsItsColumnsAndAlignsFiguresRight() {
    String table =
        new MarkdownTable()
            .text("định dạng")
            .figure("dòng/s")
            .row("csv", "33,570")
            .row("a|b", "1")
            .render();
    assertThat(table)
        .isEqualTo(
            """
            | định dạng | dòng/s |
            | --------- | -----: |
            | csv       | 33,570 |
            | a\\|b      |      1 |
            """);
    assertThatThrownBy(() -> new MarkdownTable().text("a").row("x", "y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot add a row of 2 cells to a table of 1");
  }
}
