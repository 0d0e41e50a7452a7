package vn.cchc.report.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.query.QueryResult;

class ResultRowTest {
  static final QueryResult RANKING =
      new QueryResult(
          List.of("unit_key", "index_pct", "previous_index_pct", "provisional"),
          List.of(Arrays.asList("SO_NV@2020-01-01", 87.5, null, true)),
          false);

  @Test
  void aColumnOfTheResultReadsItsValue() {
    ResultRow row = ResultRow.of(RANKING).get(0);
    assertThat(row.string("unit_key")).isEqualTo("SO_NV@2020-01-01");
    assertThat(row.decimal("index_pct")).isEqualTo(87.5);
    assertThat(row.decimalOrNull("previous_index_pct")).isNull();
    assertThat(row.decimal("previous_index_pct")).isZero();
    assertThat(row.flag("provisional")).isTrue();
  }

  @Test
  void aColumnTheResultDoesNotHaveIsAnErrorNamingItAndTheColumnsThereAre() {
    ResultRow row = ResultRow.of(RANKING).get(0);
    assertThatThrownBy(() -> row.decimal("index_pc"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Cannot read column index_pc: the query result has only [unit_key, index_pct, previous_index_pct,"
                + " provisional]");
  }

  @Test
  void aNullValueIsNotAMissingColumn() {
    ResultRow row = ResultRow.of(RANKING).get(0);
    assertThat(row.value("previous_index_pct")).isNull();
    assertThatThrownBy(() -> row.value("previous_index"))
        .hasMessageStartingWith("Cannot read column previous_index:");
  }
}
