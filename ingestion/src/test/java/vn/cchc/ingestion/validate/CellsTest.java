package vn.cchc.ingestion.validate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import vn.cchc.ingestion.source.DecimalMarks;
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
      01/02/2024 | 2024-02-01
      0001-01-01 | 0001-01-01
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

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      COMMA   | 9,5      | 9.5
      COMMA   | 9.5      | 9.5
      COMMA   | 0.125    | 0.125
      COMMA   | 1234.500 | 1234.5
      COMMA   | '1,000'  | 1.0
      COMMA   | 1 000    | 1000
      POINT   | 1.000    | 1.0
      POINT   | '0,125'  | 0.125
      EITHER  | 1.000    | 1.0
      EITHER  | '1,000'  | 1.0
      UNKNOWN | 12.5     | 12.5
      """)
  void aMarkThatCannotGroupThousandsInTheFileReadsAsDecimal(
      DecimalMarks marks, String text, double value) throws Exception {
    assertThat(Cells.parse(text, ColumnType.DOUBLE, marks)).isEqualTo(value);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      COMMA   | 1.000   | trong tệp phân cách bằng dấu chấm phẩy (;), dấu chấm có thể là dấu phân cách hàng nghìn; hãy viết 1000 nếu ý là 1000, hoặc 1 nếu ý là 1
      COMMA   | 12.500  | trong tệp phân cách bằng dấu chấm phẩy (;), dấu chấm có thể là dấu phân cách hàng nghìn; hãy viết 12500 nếu ý là 12500, hoặc 12,5 nếu ý là 12,5
      COMMA   | -2.125  | trong tệp phân cách bằng dấu chấm phẩy (;), dấu chấm có thể là dấu phân cách hàng nghìn; hãy viết -2125 nếu ý là -2125, hoặc -2,125 nếu ý là -2,125
      POINT   | '1,000' | trong tệp phân cách bằng dấu phẩy (,), dấu phẩy có thể là dấu phân cách hàng nghìn; hãy viết 1000 nếu ý là 1000, hoặc 1 nếu ý là 1
      UNKNOWN | 1.500   | trong tệp phân cách bằng dấu tab, dấu chấm có thể là dấu phân cách hàng nghìn; hãy viết 1500 nếu ý là 1500, hoặc 1.5 nếu ý là 1.5
      UNKNOWN | '3,250' | trong tệp phân cách bằng dấu tab, dấu phẩy có thể là dấu phân cách hàng nghìn; hãy viết 3250 nếu ý là 3250, hoặc 3.25 nếu ý là 3.25
      """)
  void aMarkThatMayGroupThousandsBeforeThreeDigitsIsRefusedAsAmbiguous(
      DecimalMarks marks, String text, String why) {
    String message =
        "'" + text + "' không rõ nghĩa: " + why + " (không dùng dấu phân cách hàng nghìn)";
    assertThatThrownBy(() -> Cells.parse(text, ColumnType.DOUBLE, marks))
        .isInstanceOf(Cells.BadValue.class)
        .hasMessage(message);
    assertThatThrownBy(() -> Cells.parse(text, ColumnType.INTEGER, marks))
        .isInstanceOf(Cells.BadValue.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1.000.000", "1,000,000", "12.345.678"})
  void refusesThousandsSeparatorsInEveryFile(String text) {
    assertThatThrownBy(() -> Cells.parse(text, ColumnType.DOUBLE, DecimalMarks.EITHER))
        .isInstanceOf(Cells.BadValue.class)
        .hasMessage(
            "'"
                + text
                + "' có dấu phân cách hàng nghìn: hãy viết số không có dấu phân cách, ví dụ "
                + text.replace(".", "").replace(",", ""));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
      INTEGER | 2024             | 2024
      INTEGER | +7               | 7
      INTEGER | 007              | 7
      INTEGER | 2.0              | 2
      INTEGER | -0               | 0
      INTEGER | ' 12 '           | 12
      LONG    | 123456789012345  | 123456789012345
      LONG    | 1234567890123456 | 1234567890123456
      LONG    | -9e3             | -9000
      """)
  void readsWholeNumbers(ColumnType type, String text, long value) throws Exception {
    assertThat(((Number) Cells.parse(text, type)).longValue()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2.5", "3000000000", "-2147483649", "1,5", "12a"})
  void refusesWhatIsNoIntegerOfTheColumn(String text) {
    assertThatThrownBy(() -> Cells.parse(text, ColumnType.INTEGER))
        .isInstanceOf(Cells.BadValue.class)
        .hasMessage("'" + text + "' không phải là số nguyên");
  }

  @Test
  void minusZeroStaysNegativeZeroAsJavaReadsIt() throws Exception {
    assertThat(Double.doubleToRawLongBits((Double) Cells.parse("-0", ColumnType.DOUBLE)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
    assertThat(Double.doubleToRawLongBits((Double) Cells.parse("-0.0", ColumnType.DOUBLE)))
        .isEqualTo(Double.doubleToRawLongBits(-0.0));
  }
}
