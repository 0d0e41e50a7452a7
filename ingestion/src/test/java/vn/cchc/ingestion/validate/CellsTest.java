package vn.cchc.ingestion.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.model.schema.ColumnType;

class CellsTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      29/02/2024 | 2024-02-29
      1/7/2025   | 2025-07-01
      2025-07-01 | 2025-07-01
      """)
  void readsRealDaysInBothSpellings(String text, String day) throws Exception {
    assertThat(Cells.parse(text, ColumnType.DATE)).isEqualTo(LocalDate.parse(day));
  }

  @ParameterizedTest
  @ValueSource(strings = {"31/02/2024", "29/02/2023", "2024-02-30", "2024-13-01", "32/01/2024"})
  void refusesDaysThatDoNotExistInsteadOfMovingThem(String text) {
    assertThatThrownBy(() -> Cells.parse(text, ColumnType.DATE))
        .isInstanceOf(Cells.BadValue.class)
        .hasMessage("'" + text + "' không phải là ngày hợp lệ (dùng yyyy-mm-dd hoặc dd/mm/yyyy)");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      9,5    | 9.5
      9.5    | 9.5
      -0.25  | -0.25
      .5     | 0.5
      1E-2   | 0.01
      '0,75' | 0.75
      """)
  void readsDecimalsWithEitherMark(String text, double value) throws Exception {
    assertThat(Cells.parse(text, ColumnType.DOUBLE)).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0x1p-1", "0x10", "Infinity", "NaN", "1d", "2f", "1.5.2", "--1", "1e", "e5"})
  void refusesWhatJavaWouldReadButNoSpreadsheetWrites(String text) {
    assertThatThrownBy(() -> Cells.parse(text, ColumnType.DOUBLE))
        .isInstanceOf(Cells.BadValue.class)
        .hasMessage("'" + text + "' không phải là số");
  }
}
