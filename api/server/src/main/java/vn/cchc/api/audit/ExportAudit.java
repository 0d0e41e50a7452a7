package vn.cchc.api.audit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.Locale;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cchc.api.export.ExportConfiguration;

/**
 * Audits every CSV or XLSX download from the API — by format parameter or by a file address — with
 * the user, the address and query, and whether it was served, refused or failed; in Spring
 * Security's chain before the roles are checked, so refusals are audited too, and replays from the
 * answer cache as well as computed answers.
 */
public final class ExportAudit extends OncePerRequestFilter {
  private final AuditLog audit;
  private final Clock clock;

  public ExportAudit(AuditLog audit, Clock clock) {
    this.audit = audit;
    this.clock = clock;
  }

  /** The format a request downloads, or null when it is not a download. */
  static String format(HttpServletRequest request) {
    String path = request.getRequestURI().toLowerCase(Locale.ROOT);
    if (!path.startsWith("/api/v1/")) {
      return null;
    }
    if (path.endsWith(".xlsx")) {
      return "xlsx";
    }
    if (path.endsWith(".csv")) {
      return "csv";
    }
    String f = request.getParameter(ExportConfiguration.FORMAT_PARAMETER);
    if (f == null) {
      return null;
    }
    String format = f.strip().toLowerCase(Locale.ROOT);
    return format.equals("csv") || format.equals("xlsx") ? format : null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String format = format(request);
    if (format == null) {
      chain.doFilter(request, response);
      return;
    }
    String outcome = "failed";
    try {
      chain.doFilter(request, response);
      int status = response.getStatus();
      outcome =
          status < 400
              ? "served"
              : status == 401 || status == 403 ? "refused" : "failed (" + status + ")";
    } finally {
      Authentication caller = SecurityContextHolder.getContext().getAuthentication();
      audit.record(
          new AuditLog.Event(
              clock.instant(),
              AuditLog.EXPORT,
              caller == null ? "?" : caller.getName(),
              outcome,
              format,
              request.getRemoteAddr(),
              request.getRequestURI()
                  + (request.getQueryString() == null ? "" : "?" + request.getQueryString()),
              null,
              null,
              null));
    }
  }
}
