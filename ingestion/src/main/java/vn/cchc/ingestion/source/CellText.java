package vn.cchc.ingestion.source;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.dhatim.fastexcel.reader.Cell;

/**
 * A cell's text as the rules of {@code docs/input-tables.md} read it, and as POI's streaming sheet
 * handler wrote it before fastexcel read the sheets: numbers with every digit and no grouping
 * whatever their display format (no rounding by a format, no thousands separators), date cells as
 * their ISO day, booleans {@code TRUE}/{@code FALSE}, errors {@code ERROR:} and the code, strings
 * with Excel's {@code _xHHHH_} escapes decoded.
 */
final class CellText {
  /** Error values of Excel formulas, which fastexcel hands over as the formula's text result. */
  private static final Set<String> ERRORS =
      Set.of(
          "#NULL!",
          "#DIV/0!",
          "#VALUE!",
          "#REF!",
          "#NAME?",
          "#NUM!",
          "#N/A",
          "#GETTING_DATA",
          "#SPILL!",
          "#CALC!",
          "#FIELD!",
          "#BLOCKED!",
          "#CONNECT!",
          "#BUSY!",
          "#UNKNOWN!");

  /** The number format of each cell style, by style index; empty for a workbook without styles. */
  private final List<String> styleFormats;

  /** Format codes by number format id, as the workbook's styles declare or imply them. */
  private final Map<String, String> formatCodes;

  /** What each number format id met so far does to a number. */
  private final Map<Integer, NumberFormat> formats = new HashMap<>();

  /**
   * A number format as POI's handler used it: without a format code (an unknown id) a number reads
   * as stored; with one, as a day if the code shows dates, else with every digit.
   */
  private record NumberFormat(boolean coded, boolean date) {}

  CellText(List<String> styleFormats, Map<String, String> formatCodes) {
    this.styleFormats = styleFormats;
    this.formatCodes = formatCodes;
  }

  String of(Cell cell) {
    if (cell == null) {
      return "";
    }
    Object value = cell.getValue();
    String raw = cell.getRawValue();
    return switch (cell.getType()) {
      case EMPTY -> "";
      case STRING -> value == null ? "" : decodeEscapes((String) value);
      case BOOLEAN -> value == null ? "" : bool((Boolean) value);
      case NUMBER -> raw == null ? "" : number(raw, cell.getDataFormatId());
      case ERROR ->
          raw == null
              ? ""
              // a value fastexcel could not parse as a number: written as it is
              : value == null && !raw.isEmpty() ? raw : "ERROR:" + raw;
      case FORMULA -> formulaResult(value, raw, cell.getDataFormatId());
    };
  }

  /** The cached result of a formula, typed as it was stored. */
  private String formulaResult(Object value, String raw, Integer formatId) {
    if (value instanceof BigDecimal) {
      return number(raw, formatId);
    }
    if (value instanceof Boolean b) {
      return bool(b);
    }
    if (value instanceof String s) {
      // fastexcel hands an error result over as its text, where POI wrote ERROR: and the code
      return ERRORS.contains(s) ? "ERROR:" + s : s;
    }
    return "";
  }

  private static String bool(boolean value) {
    return value ? "TRUE" : "FALSE";
  }

  /**
   * A number cell in the format of its style (the first style when it names none): its day if the
   * format shows dates, else every digit; the stored text when there is no format or it is no
   * number.
   */
  private String number(String raw, Integer formatId) {
    Integer id = formatId;
    if (id == null) {
      if (styleFormats.isEmpty()) {
        return raw;
      }
      String first = styleFormats.get(0);
      id = first == null ? 0 : Integer.valueOf(first);
    }
    NumberFormat format = formats.get(id);
    if (format == null) {
      format = format(id);
      formats.put(id, format);
    }
    if (!format.coded() || raw.isEmpty()) {
      return raw;
    }
    try {
      return plain(Double.parseDouble(raw.trim()), format.date());
    } catch (RuntimeException e) {
      return raw;
    }
  }

  /** The format code the workbook declares or implies for an id, else the built-in one. */
  private NumberFormat format(int id) {
    String code = formatCodes.get(Integer.toString(id));
    if (code == null) {
      code = BuiltinFormats.getBuiltinFormat(id);
    }
    return new NumberFormat(code != null, code != null && DateUtil.isADateFormat(id, code));
  }

  /** Numbers as plain text with every digit; a date format's valid serial as its ISO day. */
  private static String plain(double value, boolean dateFormat) {
    if (dateFormat && DateUtil.isValidExcelDate(value)) {
      return DateUtil.getLocalDateTime(value).toLocalDate().toString();
    }
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      return Long.toString((long) value);
    }
    return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
  }

  /**
   * Decodes {@code _xHHHH_}, which Excel writes for characters XML cannot hold (such as {@code
   * _x000D_} for a carriage return), as POI's rich text does.
   */
  static String decodeEscapes(String s) {
    int at = s.indexOf("_x");
    if (at < 0) {
      return s;
    }
    StringBuilder out = null;
    int copied = 0;
    for (; at >= 0; at = s.indexOf("_x", at + 1)) {
      if (at + 7 <= s.length() && s.charAt(at + 6) == '_' && hex(s, at + 2, at + 6)) {
        if (out == null) {
          out = new StringBuilder(s.length());
        }
        out.append(s, copied, at).append((char) Integer.parseInt(s.substring(at + 2, at + 6), 16));
        copied = at + 7;
        at += 6;
      }
    }
    return out == null ? s : out.append(s, copied, s.length()).toString();
  }

  private static boolean hex(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.digit(s.charAt(i), 16) < 0 || s.charAt(i) > 'f') {
        return false;
      }
    }
    return true;
  }
}
