package vn.cchc.sample.output;

import java.math.BigDecimal;
import java.time.LocalDate;

/** How a cell value is spelled in a CSV file. */
final class CellText {
  private CellText() {}

  static String of(Object value, boolean decimalComma) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      String text = BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
      return decimalComma ? text.replace('.', ',') : text;
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    return value.toString();
  }
}
