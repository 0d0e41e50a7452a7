package vn.cchc.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.cchc.api.export.ExportConfiguration;

/**
 * Matches a CSV or XLSX export of a unit-level list: those need ANALYST. Aggregates — years, blocs,
 * bases, the methodology, bloc trends, weaknesses, inspection outcomes per field, data-quality
 * counts — leaders may export too.
 */
public final class ExportAccess implements RequestMatcher {
  static final String API = "/api/v1/";

  /** An address that names a file to download. */
  private static final Pattern FILE = Pattern.compile("\\.(xlsx|csv)$", Pattern.CASE_INSENSITIVE);

  static final Set<String> AGGREGATE_LISTS =
      Set.of(
          "years",
          "blocs",
          "bases",
          "methodology/items",
          "trends/summary",
          "weaknesses",
          "inspections/outcomes/by-field",
          "findings/effect/by-field",
          "data-quality/summary");

  @Override
  public boolean matches(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith(API)) {
      return false;
    }
    String list = path.substring(API.length()).replaceAll("/+$", "");
    if (FILE.matcher(list).find()) {
      return true; // a download by its address (findings/reminders.xlsx): always unit-level
    }
    String format = request.getParameter(ExportConfiguration.FORMAT_PARAMETER);
    if (format == null) {
      return false;
    }
    String f = format.strip().toLowerCase(Locale.ROOT);
    if (f.isEmpty() || f.equals("json")) {
      return false;
    }
    return !AGGREGATE_LISTS.contains(list);
  }

  public static boolean isAggregate(String list) {
    return AGGREGATE_LISTS.contains(list);
  }
}
