package vn.cchc.query.sql;

import java.util.Locale;
import java.util.Set;

/**
 * The first line of the ad-hoc SQL sandbox: one statement, and it must read. DuckDB's own settings
 * are the second line (files, extensions, configuration); this check exists so that a refused COPY
 * or CREATE gets a clear message instead of an engine error, and so that CREATE TEMP TABLE — which
 * the read-only database still allows — is refused too.
 */
public final class StatementCheck {
  private StatementCheck() {}

  static final Set<String> READING =
      Set.of("SELECT", "WITH", "FROM", "VALUES", "TABLE", "DESCRIBE", "SHOW", "SUMMARIZE");

  /** Returns the statement without a trailing semicolon, or throws {@link SqlRefused}. */
  public static String check(String sql) {
    if (sql == null || sql.isBlank()) {
      throw new SqlRefused(
          SqlRefused.Reason.INVALID_SQL, "Không thể chạy câu lệnh rỗng: hãy nhập một câu SELECT");
    }
    String code = blankOutCommentsAndLiterals(sql);
    int semicolon = code.indexOf(';');
    if (semicolon >= 0 && !code.substring(semicolon + 1).replace(";", " ").isBlank()) {
      throw new SqlRefused(
          SqlRefused.Reason.MULTIPLE_STATEMENTS,
          "Không thể chạy nhiều câu lệnh một lúc: mỗi lần chỉ gửi một câu SELECT");
    }
    String statement = (semicolon >= 0 ? sql.substring(0, semicolon) : sql).strip();
    String keyword = firstWord(code);
    if (!READING.contains(keyword)) {
      throw new SqlRefused(
          SqlRefused.Reason.NOT_READ_ONLY,
          "Không thể chạy câu lệnh "
              + keyword
              + ": chỉ được phép đọc dữ liệu (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW, SUMMARIZE)");
    }
    return statement;
  }

  private static String firstWord(String code) {
    String s = code.stripLeading();
    while (s.startsWith("(")) {
      s = s.substring(1).stripLeading();
    }
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) {
      end++;
    }
    return end == 0
        ? s.isEmpty() ? "" : s.substring(0, 1)
        : s.substring(0, end).toUpperCase(Locale.ROOT);
  }

  /**
   * Replaces comments and the contents of quoted strings and identifiers by spaces, keeping
   * offsets.
   */
  static String blankOutCommentsAndLiterals(String sql) {
    StringBuilder out = new StringBuilder(sql.length());
    int i = 0;
    while (i < sql.length()) {
      char c = sql.charAt(i);
      if (c == '-' && i + 1 < sql.length() && sql.charAt(i + 1) == '-') {
        while (i < sql.length() && sql.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (c == '/' && i + 1 < sql.length() && sql.charAt(i + 1) == '*') {
        int end = sql.indexOf("*/", i + 2);
        end = end < 0 ? sql.length() : end + 2;
        out.append(" ".repeat(end - i));
        i = end;
      } else if (c == '\'' || c == '"') {
        int j = i + 1;
        while (j < sql.length()) {
          if (sql.charAt(j) == c) {
            if (j + 1 < sql.length() && sql.charAt(j + 1) == c) {
              j += 2;
              continue;
            }
            break;
          }
          j++;
        }
        int end = Math.min(sql.length(), j + 1);
        out.append(c).append(" ".repeat(Math.max(0, end - i - 2)));
        if (end - i >= 2) {
          out.append(c);
        }
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }
}
