package vn.cchc.ingestion.validate;

import java.time.DateTimeException;
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

  /** The most digits of a whole number that a double holds exactly. */
  private static final int EXACT_DIGITS = 15;

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
    double plain = plainNumber(s, marks);
    if (!Double.isNaN(plain)) {
      return plain;
    }
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

  /**
   * The value of a number written the plain way, as most cells are: digits with an optional sign
   * and at most one {@code .} between digits, and not {@code 1.000} where the point may group
   * thousands. It is what the general path reads, without its patterns; NaN for anything else,
   * which the general path reads or refuses.
   */
  private static double plainNumber(String s, DecimalMarks marks) {
    int n = s.length();
    int i = n > 0 && (s.charAt(0) == '+' || s.charAt(0) == '-') ? 1 : 0;
    int wholeStart = i;
    long whole = 0;
    while (i < n && isDigit(s.charAt(i))) {
      whole = whole * 10 + (s.charAt(i) - '0');
      i++;
    }
    int wholeDigits = i - wholeStart;
    if (wholeDigits == 0 || wholeDigits > EXACT_DIGITS) {
      return Double.NaN;
    }
    if (i == n) {
      // up to 15 digits are exact in a double; -0 stays negative zero, as parseDouble reads it
      return s.charAt(0) == '-' ? -(double) whole : (double) whole;
    }
    if (s.charAt(i) != '.') {
      return Double.NaN;
    }
    int fractionStart = ++i;
    while (i < n && isDigit(s.charAt(i))) {
      i++;
    }
    int fractionDigits = i - fractionStart;
    if (i != n || fractionDigits == 0) {
      return Double.NaN;
    }
    boolean oneGroup = fractionDigits == 3 && wholeDigits <= 3 && s.charAt(wholeStart) != '0';
    if (oneGroup && marks.mayGroupThousands('.')) {
      return Double.NaN;
    }
    return Double.parseDouble(s);
  }

  /** An ASCII digit, what {@code \d} matches in the patterns above. */
  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
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
    double v = plainNumber(s, marks);
    if (Double.isNaN(v)) {
      refuseGrouping(s, withoutSpaces(s), marks);
      try {
        v = parseDecimal(s, marks);
      } catch (BadValue e) {
        throw new BadValue("'" + s + "' không phải là số nguyên");
      }
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
    LocalDate plain = plainDate(s);
    if (plain != null) {
      return plain;
    }
    try {
      return s.indexOf('/') >= 0 ? LocalDate.parse(s, DMY) : LocalDate.parse(s, ISO);
    } catch (DateTimeParseException e) {
      throw new BadValue("'" + s + "' không phải là ngày hợp lệ (dùng yyyy-mm-dd hoặc dd/mm/yyyy)");
    }
  }

  /**
   * A real day written {@code yyyy-mm-dd} or {@code d/m/yyyy} with one- or two-digit day and month,
   * read without a formatter; null for anything else (an impossible day included), which the
   * formatters read or refuse.
   */
  private static LocalDate plainDate(String s) {
    int n = s.length();
    try {
      if (n == 10 && s.charAt(4) == '-' && s.charAt(7) == '-') {
        int year = digits(s, 0, 4);
        int month = digits(s, 5, 7);
        int day = digits(s, 8, 10);
        return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
      }
      int slash = s.indexOf('/');
      int second = slash < 0 ? -1 : s.indexOf('/', slash + 1);
      if (slash < 1 || slash > 2 || second - slash < 2 || second - slash > 3 || n - second != 5) {
        return null;
      }
      int day = digits(s, 0, slash);
      int month = digits(s, slash + 1, second);
      int year = digits(s, second + 1, n);
      return year < 0 || month < 0 || day < 0 ? null : LocalDate.of(year, month, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** The number written by ASCII digits from {@code from} to {@code to}, or -1. */
  private static int digits(String s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
