package vn.cchc.api.access;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.UriUtils;

/**
 * What a UNIT user (cán bộ đơn vị) reaches under {@code /api/v1/}, door by door. The table in
 * {@code docs/access.md} is this class written out; a test walks every endpoint of it.
 *
 * <ul>
 *   <li>{@link Door#PUBLISHED}: what the province publishes — the ranking, bands, the index and
 *       component indices per field of every unit, trends and changes of rank, the map, the
 *       registry and its lineage, the methodology, bloc aggregates. In the ranking the
 *       self-assessed and appraised totals of other units are left empty ({@link #MASKED}).
 *   <li>{@link Door#OWN}: unit-level detail — a unit's profile, sub-criterion attainment, self vs
 *       appraisal, satisfaction, inspections, findings and their follow-up, inspection targets —
 *       only rows of the user's units (and their predecessors); naming another unit is refused.
 *   <li>{@link Door#CLOSED}: everything else, and any address this table does not know (a new
 *       endpoint stays closed to units until it is placed here): SQL, the audit, data quality.
 * </ul>
 */
public final class UnitAccess {
  private UnitAccess() {}

  public enum Door {
    PUBLISHED,
    OWN,
    CLOSED
  }

  static final String API = "/api/v1/";

  static final Set<String> PUBLISHED =
      Set.of(
          "health",
          "release",
          "me",
          "sign-in",
          "years",
          "blocs",
          "bases",
          "methodology",
          "methodology/items",
          "ranking",
          "overview",
          "map/communes",
          "trends",
          "trends/summary",
          "weaknesses",
          "units",
          "inspections/outcomes/by-field",
          "findings/effect/by-field");

  static final Set<String> OWN =
      Set.of(
          "heatmap",
          "appraisal-gaps",
          "satisfaction",
          "inspections",
          "inspections/outcomes",
          "inspections/targets",
          "findings",
          "findings/tracker",
          "findings/reminders",
          "findings/effect");

  /** Columns of a published list left empty on rows of units outside the user's scope. */
  static final Map<String, List<String>> MASKED =
      Map.of("ranking", List.of("self_total", "appraised_total"));

  /** The registry's entries and lineage are public; a unit's profile is its detail. */
  static final Pattern UNIT_PATH = Pattern.compile("units/([^/]+)(/lineage|/profile)?");

  /** Which door a request comes to; null outside the API. */
  public static Door door(HttpServletRequest request) {
    String rest = rest(request);
    if (rest == null) {
      return null;
    }
    Matcher m = UNIT_PATH.matcher(rest);
    if (m.matches()) {
      return "/profile".equals(m.group(2)) ? Door.OWN : Door.PUBLISHED;
    }
    if (rest.equals("heatmap")) {
      String level = request.getParameter("level");
      return level == null || level.strip().equalsIgnoreCase("FIELD") ? Door.PUBLISHED : Door.OWN;
    }
    if (rest.equals("findings/tracker")) {
      String by = request.getParameter("by");
      return by != null && by.strip().toLowerCase(Locale.ROOT).equals("field")
          ? Door.PUBLISHED
          : Door.OWN;
    }
    if (PUBLISHED.contains(rest)) {
      return Door.PUBLISHED;
    }
    return OWN.contains(rest) ? Door.OWN : Door.CLOSED;
  }

  /** The unit a request names: the profile's path, or the {@code unit} parameter. */
  public static String namedUnit(HttpServletRequest request) {
    String rest = rest(request);
    if (rest == null) {
      return null;
    }
    Matcher m = UNIT_PATH.matcher(rest);
    if (m.matches() && "/profile".equals(m.group(2))) {
      return m.group(1);
    }
    String unit = request.getParameter("unit");
    return unit == null || unit.isBlank() ? null : unit;
  }

  /** The masked columns of a published list. */
  public static List<String> masked(HttpServletRequest request) {
    String rest = rest(request);
    return rest == null ? List.of() : MASKED.getOrDefault(rest, List.of());
  }

  /**
   * The address after {@code /api/v1/}, decoded as Spring MVC decodes it before it maps the request
   * and binds the path variables ({@code units/91-SNV%402025-07-01/profile} is the profile of
   * 91-SNV@2025-07-01); Spring Security's firewall has refused what would decode to another path
   * (an encoded slash, a percent, a semicolon).
   */
  private static String rest(HttpServletRequest request) {
    String path =
        UriUtils.decode(
            request.getRequestURI().substring(request.getContextPath().length()),
            StandardCharsets.UTF_8);
    if (!path.startsWith(API)) {
      return null;
    }
    return path.substring(API.length()).replaceAll("/+$", "");
  }
}
