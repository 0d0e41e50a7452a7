package vn.cchc.api.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.cchc.api.ServerTestBase;

/**
 * Issue #10: an identical GET of the same release is answered from {@link ResponseBodyCache} — the
 * same bytes and headers, without the controller (the result cache sees no query at all). Each test
 * sends an {@code Accept} of its own ({@link #fresh}): it is part of the tag and the API ignores
 * it, so the first request is a miss whatever ran before in this shared server.
 */
class CachedBodiesTest extends ServerTestBase {
  static final String RANKING = "/api/v1/ranking?year=2024&bloc=XA";
  static final String CSV = "/api/v1/findings?format=csv";

  /** What a browser and Spring Security write, the same on a cached answer. */
  static final List<String> SAME_HEADERS =
      List.of(
          "ETag",
          "Cache-Control",
          "Vary",
          "Content-Type",
          "Content-Encoding",
          "Content-Disposition",
          "Content-Language",
          "Content-Security-Policy",
          "X-Content-Type-Options",
          "X-Frame-Options",
          "Referrer-Policy",
          "Pragma",
          "Expires",
          "Set-Cookie");

  @Autowired ResponseBodyCache bodies;
  @Autowired ReleaseResultCache results;

  static String fresh() {
    return "application/json; test=" + UUID.randomUUID();
  }

  @Test
  void aSecondIdenticalGetGetsTheSameBytesAndHeadersWithoutTheController() {
    String accept = fresh();
    ResponseBodyCache.Stats before = bodies.stats();
    Answer first =
        request(Caller.VIEWER, "GET", RANKING, "Accept", accept, "Accept-Encoding", "gzip");
    assertThat(first.status()).isEqualTo(200);
    assertThat(header(first, "Content-Encoding")).hasValue("gzip");
    ResponseBodyCache.Stats stored = bodies.stats();
    assertThat(stored.misses()).isEqualTo(before.misses() + 1);
    assertThat(stored.stores()).isEqualTo(before.stores() + 1);

    ReleaseResultCache.Stats queries = results.stats();
    Answer gzip =
        request(Caller.VIEWER, "GET", RANKING, "Accept", accept, "Accept-Encoding", "gzip");
    Answer identity = request(Caller.VIEWER, "GET", RANKING, "Accept", accept);
    assertThat(results.stats()).as("no controller ran, so no query").isEqualTo(queries);
    assertThat(bodies.stats().hits()).isEqualTo(stored.hits() + 2);
    assertThat(bodies.stats().stores()).isEqualTo(stored.stores());

    byte[] json = gunzip(first.body());
    assertThat(json.length).isGreaterThan(10_000);
    assertThat(gunzip(gzip.body())).isEqualTo(json);
    assertThat(identity.body()).isEqualTo(json);
    assertSameHeaders(gzip, first);
    assertThat(header(gzip, "Content-Length")).hasValue(String.valueOf(gzip.body().length));
    assertThat(header(gzip, "Transfer-Encoding")).isEmpty();
    assertThat(header(identity, "Content-Encoding")).isEmpty();
    assertThat(header(identity, "Content-Length")).hasValue(String.valueOf(json.length));
    assertThat(header(identity, "ETag")).isEqualTo(header(first, "ETag"));
    // Tomcat names accept-encoding too, as on the first answer: the body could be compressed
    assertThat(identity.raw().headers().allValues("Vary"))
        .isEqualTo(first.raw().headers().allValues("Vary"));
  }

  @Test
  void aCsvExportIsReplayedWithItsFileName() {
    String accept = fresh();
    Answer first = request(Caller.ANALYST, "GET", CSV, "Accept", accept, "Accept-Encoding", "gzip");
    assertThat(first.status()).isEqualTo(200);
    assertThat(header(first, "Content-Disposition"))
        .hasValueSatisfying(d -> assertThat(d).startsWith("attachment").contains("findings.csv"));
    ReleaseResultCache.Stats queries = results.stats();
    ResponseBodyCache.Stats stored = bodies.stats();

    Answer again = request(Caller.ANALYST, "GET", CSV, "Accept", accept, "Accept-Encoding", "gzip");
    Answer identity = request(Caller.ANALYST, "GET", CSV, "Accept", accept);
    assertThat(results.stats()).isEqualTo(queries);
    assertThat(bodies.stats().hits()).isEqualTo(stored.hits() + 2);
    assertSameHeaders(again, first);
    assertThat(header(again, "Content-Type")).hasValue("text/csv;charset=UTF-8");
    assertThat(gunzip(again.body())).isEqualTo(gunzip(first.body()));
    assertThat(identity.body()).isEqualTo(gunzip(first.body()));
    assertThat(header(identity, "Content-Disposition"))
        .isEqualTo(header(first, "Content-Disposition"));

    // the security chain refuses a viewer before the cache is asked
    Answer viewer = request(Caller.VIEWER, "GET", CSV, "Accept", accept, "Accept-Encoding", "gzip");
    assertThat(viewer.status()).isEqualTo(403);
    assertThat(viewer.contentType()).startsWith("application/problem+json");
    assertThat(bodies.stats().hits()).isEqualTo(stored.hits() + 2);
    assertThat(bodies.stats().misses()).isEqualTo(stored.misses());
  }

  @Test
  void anotherRoleDoesNotShareAnEntry() {
    String accept = fresh();
    Answer viewer = request(Caller.VIEWER, "GET", RANKING, "Accept", accept);
    ResponseBodyCache.Stats stored = bodies.stats();
    ReleaseResultCache.Stats queries = results.stats();

    Answer analyst = request(Caller.ANALYST, "GET", RANKING, "Accept", accept);
    assertThat(analyst.status()).isEqualTo(200);
    assertThat(bodies.stats().hits()).isEqualTo(stored.hits());
    assertThat(bodies.stats().misses()).isEqualTo(stored.misses() + 1);
    assertThat(bodies.stats().stores()).isEqualTo(stored.stores() + 1);
    assertThat(results.stats()).as("the analyst's controller ran").isNotEqualTo(queries);
    assertThat(header(analyst, "ETag")).isPresent().isNotEqualTo(header(viewer, "ETag"));

    Answer viewerAgain = request(Caller.VIEWER, "GET", RANKING, "Accept", accept);
    assertThat(bodies.stats().hits()).isEqualTo(stored.hits() + 1);
    assertThat(header(viewerAgain, "ETag")).isEqualTo(header(viewer, "ETag"));
    assertThat(viewerAgain.body()).isEqualTo(viewer.body());
  }

  @Test
  void errorsAreNeverStored() {
    String accept = fresh();
    ResponseBodyCache.Stats before = bodies.stats();
    for (String path : List.of("/api/v1/ranking?year=1999", "/api/v1/ranking?bloc=khong-co")) {
      Answer first = request(Caller.VIEWER, "GET", path, "Accept", accept);
      Answer second = request(Caller.VIEWER, "GET", path, "Accept", accept);
      assertThat(first.status()).as(path).isIn(400, 404);
      assertThat(second.status()).isEqualTo(first.status());
      assertThat(second.contentType()).startsWith("application/problem+json");
      assertThat(header(second, "ETag")).isEmpty();
      assertThat(header(second, "Cache-Control"))
          .hasValueSatisfying(c -> assertThat(c).contains("no-store"));
    }
    assertThat(bodies.stats().stores()).isEqualTo(before.stores());
    assertThat(bodies.stats().hits()).isEqualTo(before.hits());
  }

  @Test
  void headIsAnsweredFromTheCacheWithoutABody() {
    String accept = fresh();
    ResponseBodyCache.Stats before = bodies.stats();
    Answer headFirst = request(Caller.VIEWER, "HEAD", RANKING, "Accept", accept);
    assertThat(headFirst.status()).isEqualTo(200);
    assertThat(bodies.stats().stores()).as("a HEAD has no body to keep").isEqualTo(before.stores());

    Answer identity = request(Caller.VIEWER, "GET", RANKING, "Accept", accept);
    Answer gzip =
        request(Caller.VIEWER, "GET", RANKING, "Accept", accept, "Accept-Encoding", "gzip");
    ResponseBodyCache.Stats stored = bodies.stats();
    ReleaseResultCache.Stats queries = results.stats();
    Answer head = request(Caller.VIEWER, "HEAD", RANKING, "Accept", accept);
    Answer headGzip =
        request(Caller.VIEWER, "HEAD", RANKING, "Accept", accept, "Accept-Encoding", "gzip");
    assertThat(results.stats()).isEqualTo(queries);
    assertThat(bodies.stats().hits()).isEqualTo(stored.hits() + 2);

    assertThat(head.status()).isEqualTo(200);
    assertThat(head.body()).isEmpty();
    assertThat(header(head, "Content-Length")).hasValue(String.valueOf(identity.body().length));
    assertThat(header(head, "ETag")).isEqualTo(header(identity, "ETag"));
    assertThat(header(head, "Content-Type")).isEqualTo(header(identity, "Content-Type"));
    assertThat(headGzip.body()).isEmpty();
    assertThat(header(headGzip, "Content-Encoding")).hasValue("gzip");
    assertThat(header(headGzip, "Content-Length")).hasValue(String.valueOf(gzip.body().length));
  }

  /** One request computes and keeps the answer; the others wait for it or compute their own. */
  @Test
  void identicalMissesAtOnceKeepOneAnswer() throws Exception {
    String accept = fresh();
    ResponseBodyCache.Stats before = bodies.stats();
    int clients = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    try {
      List<Future<Answer>> answers = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return request(
                      Caller.VIEWER, "GET", RANKING, "Accept", accept, "Accept-Encoding", "gzip");
                }));
      }
      start.countDown();
      byte[] json = null;
      for (Future<Answer> f : answers) {
        Answer a = f.get(60, TimeUnit.SECONDS);
        assertThat(a.status()).isEqualTo(200);
        byte[] body = gunzip(a.body());
        if (json == null) {
          json = body;
        }
        assertThat(body).isEqualTo(json);
      }
    } finally {
      pool.shutdownNow();
    }
    ResponseBodyCache.Stats after = bodies.stats();
    assertThat(after.stores()).isEqualTo(before.stores() + 1);
    assertThat(after.hits() + after.misses()).isEqualTo(before.hits() + before.misses() + clients);
    assertThat(after.held()).as("nothing held once they are answered").isZero();
  }

  @Test
  void a304StaysA304() {
    String accept = fresh();
    Answer first = request(Caller.VIEWER, "GET", RANKING, "Accept", accept);
    ResponseBodyCache.Stats stored = bodies.stats();
    Answer revalidated =
        request(
            Caller.VIEWER,
            "GET",
            RANKING,
            "Accept",
            accept,
            "If-None-Match",
            header(first, "ETag").orElseThrow());
    assertThat(revalidated.status()).isEqualTo(304);
    assertThat(revalidated.body()).isEmpty();
    assertThat(bodies.stats()).as("answered before the cache is asked").isEqualTo(stored);
  }

  static void assertSameHeaders(Answer replayed, Answer original) {
    for (String h : SAME_HEADERS) {
      assertThat(replayed.raw().headers().allValues(h))
          .as(h)
          .isEqualTo(original.raw().headers().allValues(h));
    }
  }

  static Optional<String> header(Answer a, String name) {
    return a.raw().headers().firstValue(name);
  }

  static byte[] gunzip(byte[] gzip) {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Not gzip: " + gzip.length + " bytes", e);
    }
  }
}
