package vn.cchc.api.release;

import java.util.Enumeration;

/**
 * {@code If-None-Match} as RFC 9110 §13.1.2 reads it: {@code *}, or a list of entity tags (in one
 * or several header lines) compared weakly — {@code W/"x"} and {@code "x"} match. A malformed
 * element matches nothing; the elements after it are still read.
 */
final class EntityTags {
  private EntityTags() {}

  /** What an {@code If-None-Match} says about a tag. */
  enum Match {
    /** No header, or no element equal to the tag. */
    NONE,
    /** {@code *}: any current representation. */
    ANY,
    /** An element equal to the tag by weak comparison. */
    TAG
  }

  static Match ifNoneMatch(Enumeration<String> headers, String tag) {
    if (headers == null) {
      return Match.NONE;
    }
    String opaque = opaque(tag);
    Match found = Match.NONE;
    while (headers.hasMoreElements()) {
      String value = headers.nextElement();
      if (value.strip().equals("*")) {
        found = Match.ANY;
        continue;
      }
      if (opaque != null && contains(value, opaque)) {
        return Match.TAG;
      }
    }
    return found;
  }

  /** The quoted part of a tag, quotes included; null when it is not a tag. */
  static String opaque(String tag) {
    String t = tag.strip();
    if (t.startsWith("W/")) {
      t = t.substring(2);
    }
    return t.length() >= 2 && t.charAt(0) == '"' && t.indexOf('"', 1) == t.length() - 1 ? t : null;
  }

  /** Scans {@code 1#entity-tag}; a comma may sit inside the quotes, so no split on commas. */
  private static boolean contains(String list, String opaque) {
    int i = 0;
    int n = list.length();
    while (i < n) {
      char c = list.charAt(i);
      if (c == ' ' || c == '\t' || c == ',') {
        i++;
        continue;
      }
      int start = i;
      if (list.startsWith("W/", i)) {
        i += 2;
      }
      if (i < n && list.charAt(i) == '"') {
        int close = list.indexOf('"', i + 1);
        if (close < 0) {
          return false;
        }
        if (list.substring(i, close + 1).equals(opaque)) {
          return true;
        }
        i = close + 1;
      } else {
        int comma = list.indexOf(',', start);
        i = comma < 0 ? n : comma + 1; // not a tag: skip to the next element
      }
    }
    return false;
  }
}
