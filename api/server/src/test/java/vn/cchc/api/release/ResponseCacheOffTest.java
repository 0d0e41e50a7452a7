package vn.cchc.api.release;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.cchc.api.release.CachedBodiesTest.gunzip;
import static vn.cchc.api.release.CachedBodiesTest.header;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;
import vn.cchc.api.ServerTestBase;

/**
 * {@code cchc.response-cache.max-bytes: 0}: every answer runs its controller, as before #10's
 * cache.
 */
@TestPropertySource(properties = "cchc.response-cache.max-bytes=0")
class ResponseCacheOffTest extends ServerTestBase {
  @Autowired ResponseBodyCache bodies;
  @Autowired ReleaseResultCache results;

  @Test
  void everyIdenticalGetRunsItsControllerAndIsStillValidatedAndCompressed() {
    String accept = CachedBodiesTest.fresh();
    String path = CachedBodiesTest.RANKING;
    Answer first = request(Caller.VIEWER, "GET", path, "Accept", accept, "Accept-Encoding", "gzip");
    ReleaseResultCache.Stats queries = results.stats();
    Answer second =
        request(Caller.VIEWER, "GET", path, "Accept", accept, "Accept-Encoding", "gzip");
    assertThat(second.status()).isEqualTo(200);
    assertThat(results.stats().hits()).as("the controller ran again").isGreaterThan(queries.hits());
    assertThat(bodies.enabled()).isFalse();
    assertThat(bodies.stats()).isEqualTo(new ResponseBodyCache.Stats(0, 0, 0, 0, 0, 0));
    assertThat(header(second, "ETag")).isPresent().isEqualTo(header(first, "ETag"));
    assertThat(header(second, "Content-Encoding")).hasValue("gzip");
    assertThat(header(second, "Transfer-Encoding")).as("Tomcat's own gzip").hasValue("chunked");
    assertThat(gunzip(second.body())).isEqualTo(gunzip(first.body()));
  }
}
