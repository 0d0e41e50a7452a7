package vn.cchc.api.release;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import vn.cchc.api.ApiConfig;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;

/**
 * The query layer's results, kept in memory for the release they were read from: a release never
 * changes, so one SQL text with the same parameters answers the same rows until the next release.
 *
 * <p>An entry is keyed by {@link QueryExecutor#releaseKey()}, the SQL text and the parameters, and
 * kept only when the release key was the same before and after the query ran (a swap in between
 * leaves it out). When {@code releaseKey()} is null, or a parameter is not a plain value (number,
 * text, date, boolean), nothing is cached. Bounded by {@link ApiConfig.ResultCache}: at most {@code
 * max-entries} results and {@code max-cells} cells (rows × columns, an empty result counts one) in
 * all, least recently used evicted first; a truncated result, or one of more than {@code
 * max-entry-cells} cells, is not kept. Storing a result of another release drops every entry of the
 * previous one. Concurrent identical misses run the query once and share its result (or its error).
 * Cached rows are read-only.
 *
 * <p>The ad-hoc SQL endpoint does not come here: it works on its own leases of the catalog.
 */
public final class ReleaseResultCache implements QueryExecutor {
  public static final int DEFAULT_MAX_ENTRIES = 2_000;
  public static final long DEFAULT_MAX_CELLS = 1_000_000;
  public static final long DEFAULT_MAX_ENTRY_CELLS = 100_000;

  /** Values compared by value and never changed after the call: safe in a key. */
  private static final Set<Class<?>> PLAIN_PARAMETERS =
      Set.of(
          String.class,
          Integer.class,
          Long.class,
          Short.class,
          Byte.class,
          Double.class,
          Float.class,
          Boolean.class,
          Character.class,
          BigDecimal.class,
          BigInteger.class,
          LocalDate.class,
          LocalDateTime.class,
          LocalTime.class,
          Instant.class);

  private final QueryExecutor delegate;
  private final int maxEntries;
  private final long maxCells;
  private final long maxEntryCells;

  private final Object lock = new Object();
  private final LinkedHashMap<Key, Kept> entries = new LinkedHashMap<>(64, 0.75f, true);
  private Object release; // the release of every entry; guarded by lock
  private long cells; // guarded by lock

  private final Map<Key, CompletableFuture<QueryResult>> running = new ConcurrentHashMap<>();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();

  public ReleaseResultCache(QueryExecutor delegate, ApiConfig.ResultCache bounds) {
    this.delegate = delegate;
    this.maxEntries = bounds.maxEntries();
    this.maxCells = bounds.maxCells();
    this.maxEntryCells = Math.min(bounds.maxEntryCells(), bounds.maxCells());
  }

  /** Hits (shared misses included), queries run, and what is held now. */
  public record Stats(long hits, long misses, int entries, long cells) {}

  @Override
  public QueryResult query(String sql, List<?> params) {
    Object key = delegate.releaseKey();
    if (key == null || maxEntries == 0 || !params.stream().allMatch(ReleaseResultCache::plain)) {
      return delegate.query(sql, params);
    }
    Key k = new Key(key, sql, Collections.unmodifiableList(new ArrayList<>(params)));
    QueryResult cached = lookup(k);
    if (cached != null) {
      hits.incrementAndGet();
      return cached;
    }
    CompletableFuture<QueryResult> mine = new CompletableFuture<>();
    CompletableFuture<QueryResult> other = running.putIfAbsent(k, mine);
    if (other != null) {
      hits.incrementAndGet();
      return await(other);
    }
    try {
      QueryResult result = lookup(k); // stored by a run that ended after our first look
      if (result == null) {
        misses.incrementAndGet();
        result = delegate.query(sql, params);
        if (key.equals(delegate.releaseKey())) {
          result = store(k, result);
        }
      }
      mine.complete(result);
      return result;
    } catch (RuntimeException | Error e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      running.remove(k, mine);
    }
  }

  @Override
  public Object releaseKey() {
    return delegate.releaseKey();
  }

  public Stats stats() {
    synchronized (lock) {
      return new Stats(hits.get(), misses.get(), entries.size(), cells);
    }
  }

  private QueryResult lookup(Key k) {
    synchronized (lock) {
      if (!k.release.equals(release)) {
        return null;
      }
      Kept e = entries.get(k);
      return e == null ? null : e.result;
    }
  }

  /** Keeps the result if it fits; returns what the caller should hand out (read-only rows). */
  private QueryResult store(Key k, QueryResult result) {
    long weight = Math.max(1, (long) result.size() * result.columns().size());
    if (result.truncated() || weight > maxEntryCells) {
      return result;
    }
    List<List<Object>> rows = new ArrayList<>(result.size());
    for (List<Object> row : result.rows()) {
      rows.add(Collections.unmodifiableList(new ArrayList<>(row)));
    }
    QueryResult kept = new QueryResult(result.columns(), rows, false);
    synchronized (lock) {
      if (!k.release.equals(release)) {
        entries.clear();
        cells = 0;
        release = k.release;
      }
      Kept old = entries.put(k, new Kept(kept, weight));
      cells += weight - (old == null ? 0 : old.weight);
      Iterator<Kept> eldest = entries.values().iterator();
      while (entries.size() > maxEntries || cells > maxCells) {
        cells -= eldest.next().weight;
        eldest.remove();
      }
    }
    return kept;
  }

  private static QueryResult await(CompletableFuture<QueryResult> run) {
    try {
      return run.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error err) {
        throw err;
      }
      throw e;
    }
  }

  private static boolean plain(Object p) {
    return p == null || PLAIN_PARAMETERS.contains(p.getClass());
  }

  private record Key(Object release, String sql, List<Object> params) {}

  private record Kept(QueryResult result, long weight) {}
}
