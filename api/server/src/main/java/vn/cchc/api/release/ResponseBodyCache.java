package vn.cchc.api.release;

import jakarta.servlet.http.HttpServletRequest;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.zip.GZIPOutputStream;
import org.springframework.boot.web.server.Compression;
import org.springframework.util.unit.DataSize;
import vn.cchc.api.ApiConfig;

/**
 * Finished answers of the API, kept in memory under their {@link ReleaseCaching entity tag}: the
 * tag already names the release, the catalog this process opened and everything the answer depends
 * on (path, parameters, {@code Accept}, the caller's roles), so an identical request of the same
 * release gets the same bytes without the controller, Jackson or the compressor running again.
 *
 * <p>An entry holds the status (2xx), the {@code Content-Type}, the {@code Content-Language} and
 * the other headers the answer set itself (such as an export's {@code Content-Disposition}), the
 * body, and the body gzipped once when Tomcat would compress it ({@link Gzip}); it serves both
 * encodings. Bounded by {@link ApiConfig.ResponseCache}: {@code max-bytes} in all (bodies, gzipped
 * bodies and headers), least recently used evicted first; an entry over {@code max-entry-bytes} is
 * not kept; {@code max-bytes: 0} turns it off. An entry of another release than the one asked for
 * drops every entry: a release is served until the next one only.
 *
 * <p>A miss computes the answer once: the request that misses first holds the whole body (within
 * {@code max-entry-bytes}, and all bodies being held within {@code max-bytes}), keeps it, and only
 * then writes it to its client, so a client that goes away does not lose the entry; identical
 * requests that miss meanwhile wait for it (at most the query timeout) and replay it.
 *
 * <p>{@link ReleaseCaching} decides what is kept — only answers it validated, computed while the
 * release stayed the same — and runs after Spring Security, so what the chain refuses never reaches
 * this cache.
 */
public final class ResponseBodyCache {
  /** {@code max-bytes} when not set: this share of the heap ({@code -Xmx}). */
  public static final int DEFAULT_HEAP_SHARE = 16;

  /** A larger answer (body and gzipped body) is not kept: it streams as without the cache. */
  public static final DataSize DEFAULT_MAX_ENTRY_BYTES = DataSize.ofMegabytes(16);

  /** What an entry costs besides its bodies and headers: the key, the map entry, the arrays. */
  private static final int OVERHEAD_BYTES = 256;

  private final long maxBytes;
  private final long maxEntryBytes;
  private final Gzip gzip;
  private final Duration maxWait;

  private final Object lock = new Object();
  private final LinkedHashMap<String, Answer> entries = new LinkedHashMap<>(64, 0.75f, true);
  private ReleaseCaching.Served release; // the release of every entry; guarded by lock
  private long bytes; // guarded by lock

  private final Map<String, CompletableFuture<Void>> computing = new ConcurrentHashMap<>();
  private final AtomicLong held = new AtomicLong();
  private final AtomicLong hits = new AtomicLong();
  private final AtomicLong misses = new AtomicLong();
  private final AtomicLong stores = new AtomicLong();

  /** {@code maxWait}: how long an identical miss waits for the one computing the answer. */
  ResponseBodyCache(ApiConfig.ResponseCache bounds, Gzip gzip, Duration maxWait) {
    this.maxBytes = bounds.maxBytes().toBytes();
    this.maxEntryBytes = Math.min(bounds.maxEntryBytes().toBytes(), maxBytes);
    this.gzip = gzip;
    this.maxWait = maxWait;
  }

  /** {@code max-bytes} when none is configured. */
  public static DataSize defaultMaxBytes() {
    return DataSize.ofBytes(Runtime.getRuntime().maxMemory() / DEFAULT_HEAP_SHARE);
  }

  /**
   * A finished answer: what {@link ReleaseCaching} replays. {@code headers} are name and value
   * pairs in the order the answer set them; {@code gzip} is null when Tomcat would not compress.
   * Never changed once built.
   */
  static final class Answer {
    final int status;
    final String contentType;
    final Locale locale;
    final List<Map.Entry<String, String>> headers;
    private final byte[] identity;
    private final byte[] gzip;

    Answer(
        int status,
        String contentType,
        Locale locale,
        List<Map.Entry<String, String>> headers,
        byte[] identity,
        byte[] gzip) {
      this.status = status;
      this.contentType = contentType;
      this.locale = locale;
      this.headers = List.copyOf(headers);
      this.identity = identity;
      this.gzip = gzip;
    }

    /** Whether to send the gzipped body: the request takes gzip and there is one. */
    boolean gzipFor(HttpServletRequest request) {
      return gzip != null && Gzip.accepted(request.getHeaders("Accept-Encoding"));
    }

    boolean hasGzip() {
      return gzip != null;
    }

    /** The body in the encoding {@link #gzipFor} chose: to write, never to change. */
    byte[] body(boolean gzipped) {
      return gzipped ? gzip : identity;
    }

    long weight() {
      long w = OVERHEAD_BYTES + identity.length + (gzip == null ? 0 : gzip.length);
      w += contentType == null ? 0 : 2L * contentType.length();
      for (Map.Entry<String, String> h : headers) {
        w += 2L * (h.getKey().length() + h.getValue().length());
      }
      return w;
    }
  }

  /**
   * Answers served from the cache, lookups that found nothing, answers kept, what is kept now, and
   * the bytes of bodies being held by requests computing them.
   */
  public record Stats(long hits, long misses, long stores, int entries, long bytes, long held) {}

  boolean enabled() {
    return maxBytes > 0;
  }

  /**
   * The kept answer for {@code tag}; when there is none but an identical request is computing it,
   * that answer once it is kept. Null: compute it.
   */
  Answer find(ReleaseCaching.Served served, String tag) {
    Answer a = lookup(served, tag);
    CompletableFuture<Void> running = a == null ? computing.get(tag) : null;
    if (running != null) {
      try {
        running.get(maxWait.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (ExecutionException | TimeoutException e) {
        // compute it here
      }
      a = lookup(served, tag);
    }
    (a == null ? misses : hits).incrementAndGet();
    return a;
  }

  private Answer lookup(ReleaseCaching.Served served, String tag) {
    synchronized (lock) {
      if (served.equals(release)) {
        return entries.get(tag);
      }
      if (release != null) {
        clear();
      }
      return null;
    }
  }

  /**
   * A capture for the request that computes {@code tag}; null when the cache is off or an identical
   * request is already computing it (this one then streams its answer as before). End it with
   * {@link #endCapture}.
   */
  BodyCapture startCapture(String tag) {
    if (!enabled() || computing.putIfAbsent(tag, new CompletableFuture<>()) != null) {
      return null;
    }
    return new BodyCapture(maxEntryBytes, this);
  }

  /** Wakes the requests waiting for {@code tag}; done once the answer is kept, or not. */
  void endCapture(String tag) {
    CompletableFuture<Void> running = computing.remove(tag);
    if (running != null) {
      running.complete(null);
    }
  }

  /** Bytes a capture is about to hold: refused beyond {@code max-bytes} in all. */
  boolean reserve(long n) {
    if (held.addAndGet(n) <= maxBytes) {
      return true;
    }
    held.addAndGet(-n);
    return false;
  }

  void release(long n) {
    held.addAndGet(-n);
  }

  /** The answer, gzipped once when Tomcat would compress it. */
  Answer answer(
      int status,
      String contentType,
      Locale locale,
      List<Map.Entry<String, String>> headers,
      byte[] body) {
    byte[] zipped = gzip.compresses(contentType, body.length) ? gzip(body) : null;
    return new Answer(status, contentType, locale, headers, body, zipped);
  }

  /** Keeps the answer of {@code served} if it fits. */
  void store(ReleaseCaching.Served served, String tag, Answer a) {
    long weight = a.weight();
    if (weight > maxEntryBytes) {
      return;
    }
    synchronized (lock) {
      if (!served.equals(release)) {
        clear();
        release = served;
      }
      Answer old = entries.put(tag, a);
      bytes += weight - (old == null ? 0 : old.weight());
      Iterator<Answer> eldest = entries.values().iterator();
      while (bytes > maxBytes) {
        bytes -= eldest.next().weight();
        eldest.remove();
      }
      stores.incrementAndGet();
    }
  }

  public Stats stats() {
    synchronized (lock) {
      return new Stats(hits.get(), misses.get(), stores.get(), entries.size(), bytes, held.get());
    }
  }

  private void clear() {
    entries.clear();
    bytes = 0;
    release = null;
  }

  private static byte[] gzip(byte[] body) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(Math.max(64, body.length / 4));
    try (GZIPOutputStream z = new GZIPOutputStream(out, 8192)) {
      z.write(body);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot gzip an answer of " + body.length + " bytes", e);
    }
    return out.toByteArray();
  }

  /**
   * When Tomcat compresses an answer of known length ({@code server.compression}, Tomcat's {@code
   * CompressionConfig#useCompression}): compression on, a {@code Content-Type} starting with one of
   * the types, at least the minimum size, and a request whose {@code Accept-Encoding} names gzip
   * (Tomcat ignores its weight, so does this). A served gzip body carries {@code Content-Encoding:
   * gzip}, which Tomcat does not compress again; an identity body carries its length, so Tomcat
   * leaves one under the minimum alone. With user agents excluded from compression the cache keeps
   * no gzip body, and Tomcat decides each time.
   */
  record Gzip(boolean enabled, List<String> mimeTypes, long minBytes) {
    static Gzip of(Compression c) {
      boolean byAgent = c.getExcludedUserAgents() != null && c.getExcludedUserAgents().length > 0;
      return new Gzip(
          c.getEnabled() && !byAgent,
          c.getMimeTypes() == null ? List.of() : List.of(c.getMimeTypes()),
          c.getMinResponseSize().toBytes());
    }

    boolean compresses(String contentType, long length) {
      return enabled
          && length >= minBytes
          && contentType != null
          && mimeTypes.stream().anyMatch(contentType::startsWith);
    }

    /** Whether {@code Accept-Encoding} (every line of it) names gzip. */
    static boolean accepted(Enumeration<String> acceptEncoding) {
      if (acceptEncoding == null) {
        return false;
      }
      for (String header : Collections.list(acceptEncoding)) {
        for (String coding : header.split(",", -1)) {
          int semicolon = coding.indexOf(';');
          String name = (semicolon < 0 ? coding : coding.substring(0, semicolon)).strip();
          if (name.equalsIgnoreCase("gzip")) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
