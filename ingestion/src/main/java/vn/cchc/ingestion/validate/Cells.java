package vn.cchc.ingestion.validate;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.ingestion.source.DecimalMarks;
import vn.cchc.model.schema.ColumnType;

/** Turns cell text into typed values the way Vietnamese spreadsheets write them. */
public final class Cells {
  private static final Set<String> TRUE =
      Set.of("true", "1", "yes", "y", "x", "có", "co", "đúng", "dung");
  private static final Set<String> FALSE = Set.of("false", "0", "no", "n", "không", "khong", "sai");

  /** Strict: 31/02/2024 is refused, not moved to 29 February. */
  private static final DateTimeFormatter DMY =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private static final DateTimeFormatter ISO =
      DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

  /**
   * Plain decimal notation with an optional exponent; no hexadecimal, no Infinity, no type suffix.
   */
  private static final Pattern DECIMAL =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d{1,3})?");

  /** One to three digits, one mark, exactly three digits: 1.000 may be one or one thousand. */
  private static final Pattern ONE_GROUP = Pattern.compile("([+-]?)([1-9]\\d{0,2})([.,])(\\d{3})");

  /** Digits grouped by thousands more than once, e.g. 1.000.000. */
  private static final Pattern GROUPS = Pattern.compile("[+-]?\\d{1,3}([.,])\\d{3}(\\1\\d{3})+");

  private Cells() {}

  /** Signals text that is not a value of the column's type; the message is Vietnamese. */
  public static final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;

    BadValue(String messageVi) {
      super(messageVi, null, false, false);
    }
  }

  /** Parses non-blank text into the Java value of {@code type}, either decimal mark accepted. */
  public static Object parse(String text, ColumnType type) throws BadValue {
    return parse(text, type, DecimalMarks.EITHER);
  }

  /**
   * Parses non-blank text into the Java value of {@code type}; a number whose mark may group
   * thousands in this source ({@code 1.000} in a {@code ;} file) is refused as ambiguous.
   */
  public static Object parse(String text, ColumnType type, DecimalMarks marks) throws BadValue {
    String s = text.strip();
    return switch (type) {
      case STRING -> s;
      case INTEGER -> (int) parseWhole(s, Integer.MIN_VALUE, Integer.MAX_VALUE, marks);
      case LONG -> parseWhole(s, Long.MIN_VALUE, Long.MAX_VALUE, marks);
      case DOUBLE -> parseDecimal(s, marks);
      case BOOLEAN -> parseBoolean(s);
      case DATE -> parseDate(s);
      case TIMESTAMP -> throw new BadValue("kiểu thời điểm không dùng trong tệp nhập");
    };
  }

  /** Accepts "9.5" and "9,5"; refuses "1,234.5" where the decimal mark cannot be told. */
  public static double parseDecimal(String s) throws BadValue {
    return parseDecimal(s, DecimalMarks.EITHER);
  }

  /**
   * As {@link #parseDecimal(String)}; also refuses a number written with a thousands separator, and
   * one whose only mark may be a thousands separator in this source ({@code 12.500} in a {@code ;}
   * file).
   */
  public static double parseDecimal(String s, DecimalMarks marks) throws BadValue {
    String t = withoutSpaces(s);
    refuseGrouping(s, t, marks);
    boolean comma = t.indexOf(',') >= 0;
    boolean dot = t.indexOf('.') >= 0;
    if (comma && dot) {
      throw new BadValue(
          "'"
              + s
              + "' không rõ dấu thập phân: dùng một dấu phẩy hoặc một dấu chấm (ví dụ 9,5 hoặc 9.5)");
    }
    if (comma) {
      t = t.replace(',', '.');
    }
    if (!DECIMAL.matcher(t).matches()) {
      throw new BadValue("'" + s + "' không phải là số");
    }
    return Double.parseDouble(t);
  }

  private static String withoutSpaces(String s) {
    return s.replace('\u00A0', ' ').replace(" ", "");
  }

  private static void refuseGrouping(String s, String t, DecimalMarks marks) throws BadValue {
    if (GROUPS.matcher(t).matches()) {
      throw new BadValue(
          "'"
              + s
              + "' có dấu phân cách hàng nghìn: hãy viết số không có dấu phân cách, ví dụ "
              + t.replace(".", "").replace(",", ""));
    }
    Matcher group = ONE_GROUP.matcher(t);
    if (group.matches() && marks.mayGroupThousands(group.group(3).charAt(0))) {
      throw ambiguous(s, group, marks);
    }
  }

  private static BadValue ambiguous(String s, Matcher group, DecimalMarks marks) {
    String whole = group.group(1) + group.group(2) + group.group(4);
    String fraction = group.group(4).replaceAll("0+$", "");
    String decimal =
        group.group(1)
            + group.group(2)
            + (fraction.isEmpty() ? "" : marks.decimalMark() + fraction);
    String mark = group.group(3).equals(".") ? "dấu chấm" : "dấu phẩy";
    return new BadValue(
        "'"
            + s
            + "' không rõ nghĩa: trong tệp "
            + marks.fileVi()
            + ", "
            + mark
            + " có thể là dấu phân cách hàng nghìn; hãy viết "
            + whole
            + " nếu ý là "
            + whole
            + ", hoặc "
            + decimal
            + " nếu ý là "
            + decimal
            + " (không dùng dấu phân cách hàng nghìn)");
  }

  private static long parseWhole(String s, long min, long max, DecimalMarks marks) throws BadValue {
    refuseGrouping(s, withoutSpaces(s), marks);
    double v;
    try {
      v = parseDecimal(s, marks);
    } catch (BadValue e) {
      throw new BadValue("'" + s + "' không phải là số nguyên");
    }
    if (v != Math.rint(v) || v < min || v > max) {
      throw new BadValue("'" + s + "' không phải là số nguyên");
    }
    return (long) v;
  }

  private static boolean parseBoolean(String s) throws BadValue {
    String t = s.toLowerCase(Locale.ROOT);
    if (TRUE.contains(t)) {
      return true;
    }
    if (FALSE.contains(t)) {
      return false;
    }
    throw new BadValue(
        "'" + s + "' không phải là giá trị đúng/sai (dùng true/false hoặc có/không)");
  }

  private static LocalDate parseDate(String s) throws BadValue {
    try {
      return s.indexOf('/') >= 0 ? LocalDate.parse(s, DMY) : LocalDate.parse(s, ISO);
    } catch (DateTimeParseException e) {
      throw new BadValue("'" + s + "' không phải là ngày hợp lệ (dùng yyyy-mm-dd hoặc dd/mm/yyyy)");
    }
  }
}
