package vn.cchc.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.api.ServerTestBase;

/**
 * Issue 15, item 6: every response carries the Content-Security-Policy and Referrer-Policy, and the
 * session cookie is Secure exactly when the request came over HTTPS — here through a proxy saying
 * so in {@code X-Forwarded-Proto} — and HttpOnly and SameSite=Strict always. Issue #10: the API's
 * successful GETs are {@code private, no-cache} with an ETag, every other response {@code
 * no-store}.
 */
class SecurityHeadersTest extends ServerTestBase {
  @Test
  void everyKindOfResponseCarriesThePolicies() {
    List<Answer> answers =
        List.of(
            get(Caller.ANONYMOUS, "/api/v1/health"),
            get(Caller.ANONYMOUS, "/login.html"),
            get(Caller.ANONYMOUS, "/dashboard/assets/app.js"),
            get(Caller.ANONYMOUS, "/dashboard/overview.html"),
            get(Caller.ANONYMOUS, "/api/v1/ranking"),
            get(Caller.VIEWER, "/dashboard/overview.html"),
            get(Caller.VIEWER, "/api/v1/ranking?year=2024&bloc=SO"),
            get(Caller.VIEWER, "/api/v1/ranking?year=1999"),
            get(Caller.VIEWER, "/api/v1/sql/audit"),
            get(Caller.VIEWER, "/api/v1/khong-co"),
            get(Caller.ANALYST, "/api/v1/findings?format=csv"),
            get(Caller.ANONYMOUS, "/error"),
            get(Caller.ANONYMOUS, "/api/v1/%2e/health"));
    assertThat(answers)
        .extracting(Answer::status)
        .containsExactly(200, 200, 200, 302, 401, 200, 200, 404, 403, 404, 200, 404, 400);
    // issue #10: the API's successful GETs are validated per release, everything else no-store
    Set<Integer> validated = Set.of(6, 10);
    for (int i = 0; i < answers.size(); i++) {
      HttpHeaders h = answers.get(i).raw().headers();
      String uri = answers.get(i).raw().uri().toString();
      if (validated.contains(i)) {
        assertThat(h.allValues("Cache-Control")).as(uri).containsExactly("private, no-cache");
        assertThat(h.firstValue("ETag")).as(uri).isPresent();
      } else {
        assertThat(h.firstValue("Cache-Control"))
            .as(uri)
            .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
        assertThat(h.firstValue("ETag")).as(uri).isEmpty();
      }
    }
    for (Answer a : answers) {
      assertThat(a.raw().headers().firstValue("Content-Security-Policy"))
          .as(a.raw().uri().toString())
          .hasValue(SecurityHeaders.CONTENT_SECURITY_POLICY);
      assertThat(a.raw().headers().firstValue("Referrer-Policy"))
          .as(a.raw().uri().toString())
          .hasValue("same-origin");
    }
    assertThat(SecurityHeaders.CONTENT_SECURITY_POLICY)
        .contains("script-src 'self';", "style-src 'self' 'sha256-", "frame-ancestors 'none'")
        .doesNotContain("'unsafe-eval'", "script-src 'self' 'unsafe-inline'");
  }

  @Test
  void theSessionCookieIsSecureOverHttpsOnly() {
    String plain = sessionCookie(login(null));
    assertThat(plain)
        .startsWith("JSESSIONID=")
        .contains("HttpOnly", "SameSite=Strict")
        .doesNotContain("Secure");

    Answer proxied = login("https");
    String secure = sessionCookie(proxied);
    assertThat(secure).startsWith("JSESSIONID=").contains("Secure", "HttpOnly", "SameSite=Strict");
    assertThat(proxied.raw().headers().firstValue("Location"))
        .hasValueSatisfying(
            l -> assertThat(l).startsWith("https://").endsWith("/dashboard/overview.html"));

    assertThat(sessionCookie(login("http"))).doesNotContain("Secure");
  }

  private Answer login(String forwardedProto) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base() + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString("username=viewer&password=xem-demo"));
    if (forwardedProto != null) {
      b.header("X-Forwarded-Proto", forwardedProto);
    }
    Answer a = send(b.build());
    assertThat(a.status()).as(a.text()).isEqualTo(302);
    assertThat(a.raw().headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    return a;
  }

  private static String sessionCookie(Answer a) {
    return a.raw().headers().allValues("Set-Cookie").stream()
        .filter(c -> c.startsWith("JSESSIONID="))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no session cookie: " + a.raw().headers().map()));
  }
}
