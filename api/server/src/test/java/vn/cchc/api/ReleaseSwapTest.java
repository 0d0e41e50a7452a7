package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.api.release.ResponseBodyCache;
import vn.cchc.testsupport.Repo;
import vn.cchc.testsupport.SampleWarehouse;

/** New releases are published while clients send requests in a loop: not one request fails. */
@SpringBootTest(
    classes = ApiServer.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class ReleaseSwapTest extends HttpTestBase {
  static final int CLIENTS = 4;
  static final int SWAPS = 5;
  static final long WAIT_FOR_SWITCH_MILLIS = 20_000;

  private static Path warehouse;

  @Autowired ResponseBodyCache bodies;

  @DynamicPropertySource
  static void ownWarehouse(DynamicPropertyRegistry r) {
    r.add("cchc.warehouse", () -> privateWarehouse().toString());
    r.add("cchc.reload-interval", () -> "200ms");
    r.add("cchc.sql.audit-file", () -> auditFile().toString());
  }

  static synchronized Path privateWarehouse() {
    if (warehouse == null) {
      Path dir = Repo.root().resolve("api/target/swap-warehouse");
      SampleWarehouse.deleteTree(dir);
      warehouse = SampleWarehouse.copy(dir);
    }
    return warehouse;
  }

  /** Issue #10: a validator names its release; after a swap it no longer matches. */
  @Test
  void aTagOfTheOldReleaseGetsTheNewAnswer() throws Exception {
    String path = "/api/v1/ranking?year=2024&bloc=SO";
    Answer old = get(Caller.VIEWER, path);
    String tag = old.raw().headers().firstValue("ETag").orElseThrow();
    ResponseBodyCache.Stats kept = bodies.stats();
    assertThat(get(Caller.VIEWER, path).body()).isEqualTo(old.body());
    assertThat(bodies.stats().hits()).as("served from the cache").isEqualTo(kept.hits() + 1);
    assertThat(request(Caller.VIEWER, "GET", path, "If-None-Match", tag).status()).isEqualTo(304);

    String id = "r-etag-" + System.nanoTime();
    SampleWarehouse.publishCatalog(warehouse.resolve("catalog.duckdb"), warehouse, id);
    long deadline = System.currentTimeMillis() + WAIT_FOR_SWITCH_MILLIS;
    while (!get(Caller.VIEWER, "/api/v1/release").json().get("release_id").asText().equals(id)
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertThat(get(Caller.VIEWER, "/api/v1/release").json().get("release_id").asText())
        .isEqualTo(id);
    ResponseBodyCache.Stats swapped = bodies.stats();
    Answer fresh = request(Caller.VIEWER, "GET", path, "If-None-Match", tag);
    assertThat(fresh.status()).isEqualTo(200);
    assertThat(fresh.body()).isEqualTo(old.body()); // the same data relabelled
    assertThat(fresh.raw().headers().firstValue("ETag"))
        .hasValueSatisfying(t -> assertThat(t).isNotEqualTo(tag).contains(id));
    assertThat(bodies.stats().hits()).as("not the old release's body").isEqualTo(swapped.hits());
    assertThat(bodies.stats().misses()).isEqualTo(swapped.misses() + 1);
    // what is kept now: /release and this ranking of the new release, nothing of the old one
    assertThat(bodies.stats().entries()).isEqualTo(2);
    Answer again = get(Caller.VIEWER, path);
    assertThat(bodies.stats().hits()).isEqualTo(swapped.hits() + 1);
    assertThat(again.raw().headers().firstValue("ETag"))
        .isEqualTo(fresh.raw().headers().firstValue("ETag"));
  }

  @Test
  void swappingTheReleaseUnderLoadFailsNoRequest() throws Exception {
    AtomicBoolean running = new AtomicBoolean(true);
    AtomicInteger requests = new AtomicInteger();
    List<String> failures = new CopyOnWriteArrayList<>();
    Set<String> seen = ConcurrentHashMap.newKeySet();
    ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
    List<String> paths =
        List.of(
            "/api/v1/ranking?year=2024&bloc=SO",
            "/api/v1/release",
            "/api/v1/units/89-SNV@2015-01-01/profile",
            "/api/v1/heatmap?year=2024&bloc=XA");
    for (int i = 0; i < CLIENTS; i++) {
      String path = paths.get(i % paths.size());
      clients.submit(
          () -> {
            while (running.get()) {
              Answer a = get(Caller.VIEWER, path);
              requests.incrementAndGet();
              if (a.status() != 200) {
                failures.add(path + " → " + a.status() + " " + a.text());
              } else if (path.equals("/api/v1/release")) {
                seen.add(a.json().get("release_id").asText());
              }
            }
          });
    }
    try {
      for (int i = 1; i <= SWAPS; i++) {
        String id = "r-swap-" + i;
        SampleWarehouse.publishCatalog(warehouse.resolve("catalog.duckdb"), warehouse, id);
        long deadline = System.currentTimeMillis() + WAIT_FOR_SWITCH_MILLIS;
        while (!seen.contains(id) && System.currentTimeMillis() < deadline) {
          Thread.sleep(50);
        }
        assertThat(seen).as("release %s was never served", id).contains(id);
      }
    } finally {
      running.set(false);
      clients.shutdown();
      assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    }
    assertThat(failures).isEmpty();
    assertThat(requests.get()).isGreaterThan(SWAPS * CLIENTS);
    assertThat(get(Caller.VIEWER, "/api/v1/release").json().get("release_id").asText())
        .isEqualTo("r-swap-" + SWAPS);
  }
}
