package vn.cchc.api.release;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * An answer held whole for {@link ResponseBodyCache} before any of it leaves: the body up to a
 * limit, the names of the headers the answer set (their values are read from the response at the
 * end, as they finally stand) and its locale. The bytes held count against the cache's {@link
 * ResponseBodyCache#reserve budget}. A write that does not fit (the limit or the budget) is
 * refused, and the response then passes what is held and streams the rest; spoiled — not to be kept
 * — it holds nothing.
 */
final class BodyCapture {
  private static final int FIRST_SIZE = 8192;

  private final long limit;
  private final ResponseBodyCache budget;
  private byte[] bytes = new byte[0];
  private int count;
  private boolean spoiled;
  private final Map<String, String> headerNames = new LinkedHashMap<>();
  private Locale locale;

  BodyCapture(long limit, ResponseBodyCache budget) {
    this.limit = Math.min(limit, Integer.MAX_VALUE - 8);
    this.budget = budget;
  }

  /** False when the bytes do not fit: nothing of them is held. */
  boolean hold(byte[] b, int off, int len) {
    if (!room(len)) {
      return false;
    }
    System.arraycopy(b, off, bytes, count, len);
    count += len;
    return true;
  }

  boolean hold(int b) {
    if (!room(1)) {
      return false;
    }
    bytes[count++] = (byte) b;
    return true;
  }

  /** What is held: {@link #size} bytes of it, not to be changed. */
  byte[] held() {
    return bytes;
  }

  int size() {
    return count;
  }

  /** A header the answer set or added, by any of the response's setters. */
  void header(String name) {
    if (name != null) {
      headerNames.putIfAbsent(name.toLowerCase(Locale.ROOT), name);
    }
  }

  void locale(Locale l) {
    locale = l;
  }

  /** The body was discarded before it left ({@code resetBuffer}). */
  void resetBody() {
    count = 0;
  }

  /** The whole response was reset: body, headers and locale. */
  void reset() {
    count = 0;
    headerNames.clear();
    locale = null;
  }

  /** Not to be kept: the bytes go back to the budget. Also how every capture ends. */
  void spoil() {
    spoiled = true;
    budget.release(bytes.length);
    bytes = new byte[0];
    count = 0;
  }

  boolean spoiled() {
    return spoiled;
  }

  /** The body, exactly as long as it is. */
  byte[] body() {
    return count == bytes.length ? bytes : Arrays.copyOf(bytes, count);
  }

  /** As the answer first spelled them. */
  Collection<String> headerNames() {
    return headerNames.values();
  }

  Locale locale() {
    return locale;
  }

  private boolean room(int len) {
    if (spoiled) {
      return false;
    }
    long needed = (long) count + len;
    if (needed > limit) {
      return false;
    }
    if (needed > bytes.length) {
      int grown = (int) Math.min(Math.max(needed, Math.max(FIRST_SIZE, 2L * bytes.length)), limit);
      if (!budget.reserve(grown - bytes.length)) {
        return false;
      }
      bytes = Arrays.copyOf(bytes, grown);
    }
    return true;
  }
}
