package vn.cchc.api.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpHeaders;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import vn.cchc.api.ServerTestBase;

/**
 * Issue #10: the API's answers carry a validator of the release; a client that holds it gets 304
 * without a query; errors, ad-hoc SQL and its audit stay {@code no-store}. The release swap is in
 * {@code ReleaseSwapTest}, which has a warehouse of its own.
 */
class ReleaseCachingTest extends ServerTestBase {
  static final String RANKING = "/api/v1/ranking?year=2024&bloc=SO";

  @Autowired ReleaseResultCache results;

  @Test
  void aSuccessfulAnswerCarriesTheReleaseValidatorAndIsPrivate() {
    String release =
        getJson("/api/v1/release").get("release_id").asText().replaceAll("[^A-Za-z0-9._~-]", "");
    Answer a = get(Caller.VIEWER, RANKING);
    assertThat(a.status()).isEqualTo(200);
    HttpHeaders h = a.raw().headers();
    assertThat(h.firstValue("ETag"))
        .hasValueSatisfying(
            t ->
                assertThat(t)
                    .matches("W/\"[A-Za-z0-9._~-]*\\.[A-Za-z0-9_-]{24}\"")
                    .contains(release));
    assertThat(h.allValues("Cache-Control")).containsExactly("private, no-cache");
    // Tomcat merges its accept-encoding into the field, lower-cased
    assertThat(h.firstValue("Vary").orElseThrow().toLowerCase(Locale.ROOT).split(","))
        .contains("accept", "cookie", "authorization");
    assertThat(h.firstValue("Pragma")).isEmpty();
    assertThat(h.firstValue("Expires")).isEmpty();
    assertThat(h.firstValue("Content-Security-Policy")).isPresent();

    Answer again = get(Caller.VIEWER, RANKING);
    assertThat(again.raw().headers().firstValue("ETag")).isEqualTo(h.firstValue("ETag"));
    assertThat(again.body()).isEqualTo(a.body());
    Answer reordered = get(Caller.VIEWER, "/api/v1/ranking?bloc=SO&year=2024");
    assertThat(reordered.raw().headers().firstValue("ETag")).isEqualTo(h.firstValue("ETag"));
    Answer other = get(Caller.VIEWER, "/api/v1/ranking?year=2023&bloc=SO");
    assertThat(other.raw().headers().firstValue("ETag"))
        .isPresent()
        .isNotEqualTo(h.firstValue("ETag"));
  }

  /** Tomcat does not compress an answer with a strong tag: the tag is weak. */
  @Test
  void aValidatedAnswerIsStillCompressed() {
    Answer gzip = request(Caller.VIEWER, "GET", RANKING, "Accept-Encoding", "gzip");
    assertThat(gzip.raw().headers().firstValue("ETag").orElseThrow()).startsWith("W/");
    assertThat(gzip.raw().headers().firstValue("Content-Encoding")).hasValue("gzip");
  }

  @Test
  void theCurrentTagGets304WithoutABodyAndWithoutAQuery() {
    String tag = etag(get(Caller.VIEWER, RANKING));
    ReleaseResultCache.Stats before = results.stats();
    for (String ifNoneMatch :
        new String[] {tag, tag.substring(2), "\"other\", " + tag, "\"other\""}) {
      Answer a = request(Caller.VIEWER, "GET", RANKING, "If-None-Match", ifNoneMatch);
      if (ifNoneMatch.equals("\"other\"")) {
        assertThat(a.status()).isEqualTo(200);
        assertThat(etag(a)).isEqualTo(tag);
        continue;
      }
      assertThat(a.status()).as(ifNoneMatch).isEqualTo(304);
      assertThat(a.body()).isEmpty();
      assertThat(a.raw().headers().firstValue("ETag")).hasValue(tag);
      assertThat(a.raw().headers().allValues("Cache-Control")).containsExactly("private, no-cache");
      assertThat(results.stats().misses()).isEqualTo(before.misses());
      assertThat(results.stats().hits()).as("no query ran").isEqualTo(before.hits());
    }

    Answer head = request(Caller.VIEWER, "HEAD", RANKING, "If-None-Match", tag);
    assertThat(head.status()).isEqualTo(304);
    assertThat(etag(request(Caller.VIEWER, "HEAD", RANKING))).isEqualTo(tag);

    Answer star = request(Caller.VIEWER, "GET", RANKING, "If-None-Match", "*");
    assertThat(star.status()).isEqualTo(304);
    assertThat(star.body()).isEmpty();
    Answer starOnNothing =
        request(Caller.VIEWER, "GET", "/api/v1/ranking?year=1999", "If-None-Match", "*");
    assertThat(starOnNothing.status()).isEqualTo(404);
  }

  /**
   * Another {@code Accept} is another tag, so another body (the API ignores the header): its
   * controller runs, on cached results.
   */
  @Test
  void theSameQueriesForAnotherAnswerReadTheResultCache() {
    String path = "/api/v1/heatmap?year=2024&bloc=XA";
    assertThat(request(Caller.VIEWER, "GET", path, "Accept", CachedBodiesTest.fresh()).status())
        .isEqualTo(200);
    ReleaseResultCache.Stats before = results.stats();
    assertThat(request(Caller.VIEWER, "GET", path, "Accept", CachedBodiesTest.fresh()).status())
        .isEqualTo(200);
    ReleaseResultCache.Stats after = results.stats();
    assertThat(after.misses()).isEqualTo(before.misses());
    assertThat(after.hits()).isGreaterThan(before.hits());
  }

  @Test
  void anotherRoleGetsAnotherTag() {
    String viewer = etag(get(Caller.VIEWER, RANKING));
    String analyst = etag(get(Caller.ANALYST, RANKING));
    assertThat(analyst).isNotEqualTo(viewer);
    assertThat(request(Caller.ANALYST, "GET", RANKING, "If-None-Match", viewer).status())
        .isEqualTo(200);
    assertThat(request(Caller.ANALYST, "GET", RANKING, "If-None-Match", analyst).status())
        .isEqualTo(304);
  }

  @Test
  void exportsAreValidatedLikeJson() {
    Answer csv = get(Caller.ANALYST, "/api/v1/findings?format=csv");
    assertThat(csv.status()).isEqualTo(200);
    String tag = etag(csv);
    assertThat(tag).isNotEqualTo(etag(get(Caller.ANALYST, "/api/v1/findings")));
    Answer again =
        request(Caller.ANALYST, "GET", "/api/v1/findings?format=csv", "If-None-Match", tag);
    assertThat(again.status()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    Answer refused = get(Caller.VIEWER, "/api/v1/findings?format=csv");
    assertThat(refused.status()).isEqualTo(403);
    assertNotStored(refused);
  }

  @Test
  void errorsGetNoTagAndStayNoStore() {
    Answer missing = get(Caller.VIEWER, "/api/v1/ranking?year=1999");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.contentType()).startsWith("application/problem+json");
    assertNotStored(missing);
    Answer bad = get(Caller.VIEWER, "/api/v1/ranking?bloc=khong-co");
    assertThat(bad.status()).isEqualTo(400);
    assertNotStored(bad);
    assertNotStored(get(Caller.VIEWER, "/api/v1/khong-co"));
    assertNotStored(get(Caller.ANONYMOUS, RANKING));
  }

  @Test
  void adHocSqlItsAuditAndTheHealthCheckAreNeverValidated() {
    Answer sql = postSql(Caller.ANALYST, "SELECT 1 AS n", "");
    assertThat(sql.status()).isEqualTo(200);
    assertNotStored(sql);
    Answer csv = postSql(Caller.ANALYST, "SELECT 1 AS n", "?format=csv");
    assertThat(csv.status()).isEqualTo(200);
    assertNotStored(csv);
    Answer audit = get(Caller.ADMIN, "/api/v1/sql/audit?limit=1");
    assertThat(audit.status()).isEqualTo(200);
    assertNotStored(audit);
    Answer health = get(Caller.ANONYMOUS, "/api/v1/health");
    assertThat(health.status()).isEqualTo(200);
    assertNotStored(health);
    Answer page = get(Caller.VIEWER, "/dashboard/overview.html");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.raw().headers().firstValue("Cache-Control"))
        .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
  }

  @Test
  void theCallerPartIsTheSortedRoles() {
    var analyst =
        new UsernamePasswordAuthenticationToken(
            "a", null, AuthorityUtils.createAuthorityList("ROLE_VIEWER", "ROLE_ANALYST"));
    assertThat(ReleaseCaching.callerVariant(analyst)).isEqualTo("ROLE_ANALYST,ROLE_VIEWER");
    assertThat(ReleaseCaching.callerVariant(null)).isEqualTo("anonymous");
  }

  private static void assertNotStored(Answer a) {
    String what = a.raw().request().method() + " " + a.raw().uri() + " → " + a.status();
    assertThat(a.raw().headers().firstValue("ETag")).as(what).isEmpty();
    assertThat(a.raw().headers().firstValue("Cache-Control"))
        .as(what)
        .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
  }

  static String etag(Answer a) {
    assertThat(a.status()).as(a.text()).isEqualTo(200);
    return a.raw()
        .headers()
        .firstValue("ETag")
        .orElseThrow(() -> new AssertionError("no ETag: " + a.raw().headers().map()));
  }
}
