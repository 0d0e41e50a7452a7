package vn.cchc.api.security;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The browser policy every response carries, including the ones written before Spring Security runs
 * (Tomcat's own refusals, requests the firewall rejects).
 *
 * <p>The dashboard loads only its own scripts, styles, images and data, and ECharts from the
 * webjar. ECharts writes {@code style} attributes (the SVG root, tooltips, legends) and the pages
 * size charts through {@code element.style}: style <em>attributes</em> are allowed, {@code <style>}
 * elements and every inline or evaluated script are not; the one {@code <style>} element allowed,
 * by its hash, is the one Swagger UI inserts (the browser test fails if an upgrade changes it).
 * {@code data:} images are the login page's empty favicon and Swagger UI's icons.
 */
public final class SecurityHeaders {
  private SecurityHeaders() {}

  /** The stylesheet Swagger UI (springdoc's webjar) writes into the page at start. */
  static final String SWAGGER_UI_STYLE = "'sha256-RL3ie0nH+Lzz2YNqQN83mnU0J1ot4QL7b99vMdIX99w='";

  public static final String CONTENT_SECURITY_POLICY =
      String.join(
          "; ",
          "default-src 'self'",
          "script-src 'self'",
          "style-src 'self' " + SWAGGER_UI_STYLE,
          "style-src-attr 'unsafe-inline'",
          "img-src 'self' data:",
          "font-src 'self'",
          "connect-src 'self'",
          "object-src 'none'",
          "base-uri 'self'",
          "form-action 'self'",
          "frame-ancestors 'none'");
  public static final String REFERRER_POLICY = "same-origin";

  /** For responses Spring Security's header writers never see. */
  public static void apply(HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    response.setHeader("Referrer-Policy", REFERRER_POLICY);
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Cache-Control", "no-store");
  }
}
