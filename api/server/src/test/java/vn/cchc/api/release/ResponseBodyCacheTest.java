package vn.cchc.api.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.web.server.Compression;
import org.springframework.util.unit.DataSize;
import vn.cchc.api.ApiConfig;

/** The store itself; what the filter keeps and replays is in {@code ReleaseCachingTest}. */
class ResponseBodyCacheTest {
  static final ReleaseCaching.Served R1 = new ReleaseCaching.Served("r1", "catalog-1");
  static final ResponseBodyCache.Gzip JSON_FROM_2KB =
      new ResponseBodyCache.Gzip(true, List.of("application/json", "text/csv"), 2048);

  @Test
  void anAnswerIsKeptWithItsHeadersAndGzippedOnceWhenTomcatWouldCompress() throws IOException {
    ResponseBodyCache cache = cache(1_000_000, 100_000);
    byte[] body = json(5_000);
    cache.store(
        R1,
        "t",
        cache.answer(
            200,
            "application/json",
            Locale.forLanguageTag("vi"),
            List.of(Map.entry("Content-Disposition", "attachment")),
            body));

    assertThat(cache.stats().stores()).isEqualTo(1);
    ResponseBodyCache.Answer a = cache.find(R1, "t");
    assertThat(a.status).isEqualTo(200);
    assertThat(a.contentType).isEqualTo("application/json");
    assertThat(a.locale).isEqualTo(Locale.forLanguageTag("vi"));
    assertThat(a.headers).containsExactly(Map.entry("Content-Disposition", "attachment"));
    assertThat(a.body(false)).isEqualTo(body);
    assertThat(gunzip(a.body(true))).isEqualTo(body);
    assertThat(a.body(true).length).isLessThan(body.length / 4);
    assertThat(cache.stats()).isEqualTo(new ResponseBodyCache.Stats(1, 0, 1, 1, a.weight(), 0));
    assertThat(cache.find(R1, "other")).isNull();
    assertThat(cache.stats().misses()).isEqualTo(1);
  }

  @Test
  void gzipIsSentWhenAcceptEncodingNamesItAsTomcatReadsIt() {
    ResponseBodyCache cache = cache(1_000_000, 100_000);
    cache.store(R1, "t", cache.answer(200, "application/json", null, List.of(), json(5_000)));
    assertThat(cache.find(R1, "t").hasGzip()).isTrue();
    assertThat(accepts()).isFalse();
    assertThat(accepts("deflate, br")).isFalse();
    assertThat(accepts("gzip")).isTrue();
    assertThat(accepts("br;q=1.0, GZIP;q=0.5")).isTrue();
    assertThat(accepts("br", "deflate , gzip")).isTrue();
    assertThat(accepts("x-gzip")).isFalse();
    assertThat(ResponseBodyCache.Gzip.accepted(null)).isFalse();
  }

  @Test
  void noGzipBodyWhereTomcatWouldNotCompress() {
    ResponseBodyCache cache = cache(1_000_000, 100_000);
    cache.store(R1, "small", cache.answer(200, "application/json", null, List.of(), json(2047)));
    cache.store(
        R1, "xlsx", cache.answer(200, "application/vnd.ms-excel", null, List.of(), json(5_000)));
    cache.store(
        R1, "csv", cache.answer(200, "text/csv;charset=UTF-8", null, List.of(), json(2048)));
    assertThat(cache.find(R1, "small").hasGzip()).isFalse();
    assertThat(cache.find(R1, "xlsx").hasGzip()).isFalse();
    assertThat(cache.find(R1, "csv").hasGzip()).isTrue();

    ResponseBodyCache off =
        new ResponseBodyCache(
            bounds(1_000_000, 100_000),
            ResponseBodyCache.Gzip.of(compression()),
            Duration.ofSeconds(30));
    off.store(R1, "t", off.answer(200, "application/json", null, List.of(), json(5_000)));
    assertThat(off.find(R1, "t").hasGzip()).as("compression off").isFalse();

    Compression byAgent = compression();
    byAgent.setEnabled(true);
    byAgent.setExcludedUserAgents(new String[] {"MSIE 6"});
    assertThat(ResponseBodyCache.Gzip.of(byAgent).compresses("application/json", 5_000))
        .as("Tomcat decides per user agent")
        .isFalse();
    Compression on = compression();
    on.setEnabled(true);
    assertThat(ResponseBodyCache.Gzip.of(on))
        .isEqualTo(
            new ResponseBodyCache.Gzip(
                true, List.of(on.getMimeTypes()), DataSize.ofKilobytes(2).toBytes()));
  }

  @Test
  void theLeastRecentlyUsedGoesFirstWhenTheBytesRunOut() {
    ResponseBodyCache cache = cache(3 * weight(1_000), 100_000);
    cache.store(R1, "a", cache.answer(200, "text/plain", null, List.of(), new byte[1_000]));
    cache.store(R1, "b", cache.answer(200, "text/plain", null, List.of(), new byte[1_000]));
    cache.store(R1, "c", cache.answer(200, "text/plain", null, List.of(), new byte[1_000]));
    assertThat(cache.find(R1, "a")).isNotNull(); // b is now the eldest
    cache.store(R1, "d", cache.answer(200, "text/plain", null, List.of(), new byte[1_000]));
    assertThat(cache.find(R1, "b")).isNull();
    assertThat(cache.find(R1, "a")).isNotNull();
    assertThat(cache.find(R1, "c")).isNotNull();
    assertThat(cache.find(R1, "d")).isNotNull();
    assertThat(cache.stats().entries()).isEqualTo(3);
    assertThat(cache.stats().bytes()).isEqualTo(3 * weight(1_000));
  }

  @Test
  void anAnswerOverTheEntryLimitIsNotKept() {
    ResponseBodyCache cache = cache(1_000_000, weight(1_000));
    cache.store(R1, "fits", cache.answer(200, "text/plain", null, List.of(), new byte[1_000]));
    cache.store(R1, "over", cache.answer(200, "text/plain", null, List.of(), new byte[1_001]));
    assertThat(cache.find(R1, "fits")).isNotNull();
    assertThat(cache.find(R1, "over")).isNull();
    assertThat(cache.stats().stores()).isEqualTo(1);
    ResponseBodyCache small = cache(weight(1_000), 100_000);
    small.store(R1, "over", small.answer(200, "text/plain", null, List.of(), new byte[1_001]));
    assertThat(small.find(R1, "over")).as("never over max-bytes").isNull();
  }

  @Test
  void anotherReleaseOrCatalogDropsEveryEntry() {
    ResponseBodyCache cache = cache(1_000_000, 100_000);
    cache.store(R1, "t", cache.answer(200, "text/plain", null, List.of(), new byte[10]));
    ReleaseCaching.Served reopened = new ReleaseCaching.Served("r1", "catalog-2");
    assertThat(cache.find(reopened, "t")).isNull();
    assertThat(cache.stats().entries()).isZero();
    assertThat(cache.stats().bytes()).isZero();

    cache.store(R1, "t", cache.answer(200, "text/plain", null, List.of(), new byte[10]));
    ReleaseCaching.Served r2 = new ReleaseCaching.Served("r2", "catalog-3");
    cache.store(r2, "u", cache.answer(200, "text/plain", null, List.of(), new byte[10]));
    assertThat(cache.stats().entries()).isEqualTo(1);
    assertThat(cache.find(r2, "u")).isNotNull();
    assertThat(cache.find(R1, "t")).isNull();
  }

  @Test
  void zeroBytesTurnsItOffAndOneRequestComputesATagAtATime() {
    assertThat(cache(0, 100_000).enabled()).isFalse();
    assertThat(cache(0, 100_000).startCapture("t")).isNull();
    ResponseBodyCache cache = cache(1_000_000, 100_000);
    BodyCapture first = cache.startCapture("t");
    assertThat(first).isNotNull();
    assertThat(cache.startCapture("t")).isNull();
    assertThat(cache.startCapture("u")).isNotNull();
    cache.endCapture("t");
    assertThat(cache.startCapture("t")).isNotNull();
  }

  @Test
  void anIdenticalMissWaitsForTheAnswerBeingComputed() throws Exception {
    ResponseBodyCache cache = cache(1_000_000, 100_000);
    assertThat(cache.startCapture("t")).isNotNull();
    CompletableFuture<ResponseBodyCache.Answer> waiting =
        CompletableFuture.supplyAsync(() -> cache.find(R1, "t"));
    Thread.sleep(200);
    assertThat(waiting).isNotDone();
    ResponseBodyCache.Answer a = cache.answer(200, "text/plain", null, List.of(), new byte[10]);
    cache.store(R1, "t", a);
    cache.endCapture("t");
    assertThat(waiting.get(10, TimeUnit.SECONDS)).isSameAs(a);
    assertThat(cache.stats().hits()).isEqualTo(1);

    // the computing request kept nothing (an error): the waiter computes it itself
    assertThat(cache.startCapture("u")).isNotNull();
    CompletableFuture<ResponseBodyCache.Answer> nothing =
        CompletableFuture.supplyAsync(() -> cache.find(R1, "u"));
    Thread.sleep(200);
    cache.endCapture("u");
    assertThat(nothing.get(10, TimeUnit.SECONDS)).isNull();
    assertThat(cache.stats().misses()).isEqualTo(1);
  }

  @Test
  void aWaitEndsAfterTheLongestAQueryRuns() {
    ResponseBodyCache cache =
        new ResponseBodyCache(bounds(1_000_000, 100_000), JSON_FROM_2KB, Duration.ofMillis(300));
    assertThat(cache.startCapture("t")).isNotNull();
    long start = System.nanoTime();
    assertThat(cache.find(R1, "t")).isNull();
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void theDefaultIsAShareOfTheHeap() {
    assertThat(ResponseBodyCache.defaultMaxBytes().toBytes())
        .isEqualTo(Runtime.getRuntime().maxMemory() / ResponseBodyCache.DEFAULT_HEAP_SHARE)
        .isPositive();
  }

  @Test
  void aCaptureHoldsTheBodyUpToItsLimitAndForgetsAResetBody() {
    ResponseBodyCache cache = cache(1_000_000, 10_000);
    BodyCapture c = cache.startCapture("t");
    assertThat(c.hold('[')).isTrue();
    assertThat(c.hold(json(9_000), 0, 9_000)).isTrue();
    c.header("Content-Disposition");
    c.header("content-disposition");
    c.header("X-Other");
    assertThat(c.body()).hasSize(9_001);
    assertThat(c.headerNames()).containsExactly("Content-Disposition", "X-Other");
    c.resetBody();
    assertThat(c.body()).isEmpty();
    assertThat(c.hold(json(10_000), 0, 10_000)).isTrue();
    assertThat(c.hold('x')).as("over the limit").isFalse();
    assertThat(c.size()).as("what was held stays, to be passed on").isEqualTo(10_000);
    assertThat(cache.stats().held()).isEqualTo(10_000);
    c.spoil();
    assertThat(c.spoiled()).isTrue();
    assertThat(c.body()).isEmpty();
    assertThat(cache.stats().held()).isZero();
    c.reset();
    assertThat(c.headerNames()).isEmpty();
  }

  @Test
  void allCapturesTogetherHoldAtMostMaxBytes() {
    ResponseBodyCache cache = cache(20_000, 20_000);
    BodyCapture a = cache.startCapture("a");
    BodyCapture b = cache.startCapture("b");
    assertThat(a.hold(new byte[12_000], 0, 12_000)).isTrue();
    assertThat(b.hold(new byte[9_000], 0, 9_000)).as("20 000 bytes held in all at most").isFalse();
    assertThat(b.size()).isZero();
    a.spoil();
    assertThat(b.hold(new byte[9_000], 0, 9_000)).isTrue();
    b.spoil();
    assertThat(cache.stats().held()).isZero();
  }

  private static long weight(int bodyBytes) {
    return new ResponseBodyCache.Answer(
            200, "text/plain", null, List.of(), new byte[bodyBytes], null)
        .weight();
  }

  private static ResponseBodyCache cache(long maxBytes, long maxEntryBytes) {
    return new ResponseBodyCache(
        bounds(maxBytes, maxEntryBytes), JSON_FROM_2KB, Duration.ofSeconds(30));
  }

  private static ApiConfig.ResponseCache bounds(long maxBytes, long maxEntryBytes) {
    return new ApiConfig.ResponseCache(DataSize.ofBytes(maxBytes), DataSize.ofBytes(maxEntryBytes));
  }

  /** Spring Boot's defaults: off, 2KB, its list of types. */
  private static Compression compression() {
    return new Compression();
  }

  private static boolean accepts(String... acceptEncoding) {
    return ResponseBodyCache.Gzip.accepted(Collections.enumeration(List.of(acceptEncoding)));
  }

  /** A JSON-like text of {@code n} bytes that compresses as JSON does. */
  private static byte[] json(int n) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; b.length() < n; i++) {
      b.append("{\"unit_code\":\"").append(30_000 + i).append("\",\"index_pct\":").append(i % 97);
      b.append("},");
    }
    return b.substring(0, n).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gunzip(byte[] gzip) throws IOException {
    try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
      return in.readAllBytes();
    }
  }
}
