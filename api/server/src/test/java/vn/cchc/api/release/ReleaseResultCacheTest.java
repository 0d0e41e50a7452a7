package vn.cchc.api.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.cchc.api.ApiConfig;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;

class ReleaseResultCacheTest {
  private final Counting warehouse = new Counting();
  private ExecutorService pool;

  @AfterEach
  void stopPool() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  @Test
  void theSecondIdenticalQueryIsAHitAndOtherParametersAMiss() {
    ReleaseResultCache cache = cache(10, 1_000, 1_000);
    QueryResult first = cache.query("SELECT ? AS n", 1);
    QueryResult second = cache.query("SELECT ? AS n", 1);
    assertThat(second).isEqualTo(first);
    assertThat(warehouse.runs.get()).isEqualTo(1);

    cache.query("SELECT ? AS n", 2);
    cache.query("SELECT ? AS n", 1L); // another type binds differently: another key
    cache.query("SELECT ? AS m", 1);
    assertThat(warehouse.runs.get()).isEqualTo(4);
    assertThat(cache.stats()).isEqualTo(new ReleaseResultCache.Stats(1, 4, 4, 8));
  }

  @Test
  void aNewReleaseKeyDropsTheEntriesOfTheOldOne() {
    ReleaseResultCache cache = cache(10, 1_000, 1_000);
    cache.query("SELECT ? AS n", 1);
    cache.query("SELECT ? AS n", 2);
    warehouse.release = "r2";
    QueryResult fresh = cache.query("SELECT ? AS n", 1);
    assertThat(fresh.rows()).containsExactly(List.of("r2", 1));
    assertThat(warehouse.runs.get()).isEqualTo(3);
    assertThat(cache.stats().entries()).isEqualTo(1);

    warehouse.release = "r1"; // an executor never goes back; if it did, nothing old is left
    cache.query("SELECT ? AS n", 2);
    assertThat(warehouse.runs.get()).isEqualTo(4);
  }

  @Test
  void aResultReadWhileTheReleaseChangedIsNotKept() {
    ReleaseResultCache cache = cache(10, 1_000, 1_000);
    warehouse.swapDuringNextQuery = "r2";
    cache.query("SELECT ? AS n", 1);
    assertThat(cache.stats().entries()).isZero();
    cache.query("SELECT ? AS n", 1);
    cache.query("SELECT ? AS n", 1);
    assertThat(warehouse.runs.get()).isEqualTo(2);
  }

  @Test
  void theLeastRecentlyUsedGoesFirstWhenEntriesRunOut() {
    ReleaseResultCache cache = cache(2, 1_000, 1_000);
    cache.query("SELECT ? AS n", 1);
    cache.query("SELECT ? AS n", 2);
    cache.query("SELECT ? AS n", 1); // 1 is now the most recently used
    cache.query("SELECT ? AS n", 3); // evicts 2
    assertThat(warehouse.runs.get()).isEqualTo(3);
    cache.query("SELECT ? AS n", 1);
    cache.query("SELECT ? AS n", 3);
    assertThat(warehouse.runs.get()).isEqualTo(3);
    cache.query("SELECT ? AS n", 2);
    assertThat(warehouse.runs.get()).isEqualTo(4);
  }

  @Test
  void theLeastRecentlyUsedGoesFirstWhenCellsRunOut() {
    ReleaseResultCache cache = cache(100, 10, 10);
    cache.query("rows 2", 1); // 2 rows × 2 columns = 4 cells
    cache.query("rows 2", 2); // 8 cells
    cache.query("rows 2", 1);
    cache.query("rows 2", 3); // 12 cells > 10: evicts (2), the least recently used
    assertThat(cache.stats().cells()).isEqualTo(8);
    assertThat(cache.stats().entries()).isEqualTo(2);
    cache.query("rows 2", 1);
    cache.query("rows 2", 3);
    assertThat(warehouse.runs.get()).isEqualTo(3);
    cache.query("rows 2", 2);
    assertThat(warehouse.runs.get()).isEqualTo(4);
  }

  @Test
  void truncatedAndOversizedResultsAreNotKept() {
    ReleaseResultCache cache = cache(100, 1_000, 6);
    cache.query("truncated", 1);
    cache.query("truncated", 1);
    cache.query("rows 4", 1); // 8 cells, over the per-entry cap of 6
    cache.query("rows 4", 1);
    cache.query("rows 3", 1); // 6 cells: kept
    cache.query("rows 3", 1);
    assertThat(warehouse.runs.get()).isEqualTo(5);
    assertThat(cache.stats().entries()).isEqualTo(1);
  }

  @Test
  void nothingIsCachedWithoutAReleaseKeyOrWithEntriesOff() {
    warehouse.release = null;
    ReleaseResultCache cache = cache(10, 1_000, 1_000);
    cache.query("SELECT ? AS n", 1);
    cache.query("SELECT ? AS n", 1);
    assertThat(warehouse.runs.get()).isEqualTo(2);

    warehouse.release = "r1";
    ReleaseResultCache off = cache(0, 1_000, 1_000);
    off.query("SELECT ? AS n", 1);
    off.query("SELECT ? AS n", 1);
    assertThat(warehouse.runs.get()).isEqualTo(4);
  }

  @Test
  void aParameterThatIsNotAPlainValueBypassesTheCache() {
    ReleaseResultCache cache = cache(10, 1_000, 1_000);
    List<Object> mutable = new ArrayList<>(List.of(1));
    cache.query("SELECT ? AS n", List.of(mutable));
    cache.query("SELECT ? AS n", List.of(mutable));
    assertThat(warehouse.runs.get()).isEqualTo(2);
    cache.query("SELECT ? AS n", Collections.singletonList(null));
    cache.query("SELECT ? AS n", Collections.singletonList(null));
    assertThat(warehouse.runs.get()).isEqualTo(3);
  }

  @Test
  void cachedRowsAreReadOnly() {
    ReleaseResultCache cache = cache(10, 1_000, 1_000);
    QueryResult r = cache.query("SELECT ? AS n", 1);
    assertThatThrownBy(() -> r.rows().get(0).set(1, 99))
        .isInstanceOf(UnsupportedOperationException.class)
        .hasMessage(null);
    assertThat(cache.query("SELECT ? AS n", 1).rows()).containsExactly(List.of("r1", 1));
  }

  @Test
  void concurrentIdenticalMissesRunTheQueryOnce() throws Exception {
    ReleaseResultCache cache = cache(10, 1_000, 1_000);
    warehouse.gate = new CountDownLatch(1);
    pool = Executors.newFixedThreadPool(4);
    List<Future<QueryResult>> answers = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      answers.add(pool.submit(() -> cache.query("SELECT ? AS n", 7)));
    }
    assertThat(warehouse.started.await(10, TimeUnit.SECONDS)).isTrue();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (cache.stats().hits() < 3 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    warehouse.gate.countDown();
    for (Future<QueryResult> a : answers) {
      assertThat(a.get(10, TimeUnit.SECONDS).rows()).containsExactly(List.of("r1", 7));
    }
    assertThat(warehouse.runs.get()).isEqualTo(1);
    assertThat(cache.stats().hits()).isEqualTo(3);
  }

  @Test
  void anErrorIsNotKept() {
    ReleaseResultCache cache = cache(10, 1_000, 1_000);
    assertThatThrownBy(() -> cache.query("fail", 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot run fail: asked to");
    assertThatThrownBy(() -> cache.query("fail", 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot run fail: asked to");
    assertThat(warehouse.runs.get()).isEqualTo(2);
    assertThat(cache.stats().entries()).isZero();
  }

  private ReleaseResultCache cache(int maxEntries, long maxCells, long maxEntryCells) {
    return new ReleaseResultCache(
        warehouse, new ApiConfig.ResultCache(maxEntries, maxCells, maxEntryCells));
  }

  /**
   * A warehouse that counts its queries. {@code SELECT ? AS …} answers one row (release,
   * parameter); {@code rows N} N rows of two columns; {@code truncated} two rows cut by a cap;
   * {@code fail} throws.
   */
  static final class Counting implements QueryExecutor {
    final AtomicInteger runs = new AtomicInteger();
    final CountDownLatch started = new CountDownLatch(1);
    volatile Object release = "r1";
    volatile String swapDuringNextQuery;
    volatile CountDownLatch gate;

    @Override
    public QueryResult query(String sql, List<?> params) {
      runs.incrementAndGet();
      started.countDown();
      awaitGate();
      Object read = release;
      if (swapDuringNextQuery != null) {
        release = swapDuringNextQuery;
        swapDuringNextQuery = null;
      }
      Object p = params.isEmpty() ? null : params.get(0);
      if (sql.equals("fail")) {
        throw new IllegalStateException("Cannot run fail: asked to");
      }
      if (sql.equals("truncated")) {
        return new QueryResult(List.of("a", "b"), List.of(List.of(1, 2), List.of(3, 4)), true);
      }
      if (sql.startsWith("rows ")) {
        List<List<Object>> rows = new ArrayList<>();
        for (int i = 0; i < Integer.parseInt(sql.substring(5)); i++) {
          rows.add(new ArrayList<>(List.of(i, String.valueOf(p))));
        }
        return new QueryResult(List.of("i", "p"), rows, false);
      }
      List<Object> row = new ArrayList<>();
      row.add(read);
      row.add(p);
      return new QueryResult(List.of("release", "n"), List.of(row), false);
    }

    private void awaitGate() {
      CountDownLatch g = gate;
      if (g == null) {
        return;
      }
      try {
        if (!g.await(10, TimeUnit.SECONDS)) {
          throw new IllegalStateException("Cannot run the query: the gate stayed shut");
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Cannot run the query: interrupted", e);
      }
    }

    @Override
    public Object releaseKey() {
      return release;
    }
  }
}
