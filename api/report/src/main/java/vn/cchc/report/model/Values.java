package vn.cchc.report.model;

import java.math.BigDecimal;

/**
 * The query layer's plain values (Integer, Long, Double, BigDecimal) as the numbers the report
 * needs.
 */
final class Values {
  private Values() {}

  static int integer(Object v) {
    return v == null ? 0 : ((Number) v).intValue();
  }

  static Integer integerOrNull(Object v) {
    return v == null ? null : ((Number) v).intValue();
  }

  static double decimal(Object v) {
    return v == null ? 0 : number(v);
  }

  static Double decimalOrNull(Object v) {
    return v == null ? null : number(v);
  }

  private static double number(Object v) {
    return v instanceof BigDecimal b ? b.doubleValue() : ((Number) v).doubleValue();
  }

  /**
   * Compares methodology codes part by part, numerically where both parts are numbers (3.2 before
   * 3.10).
   */
  static int compareCodes(String a, String b) {
    String[] pa = a.split("\\.");
    String[] pb = b.split("\\.");
    for (int i = 0; i < Math.min(pa.length, pb.length); i++) {
      int c;
      if (pa[i].matches("\\d+") && pb[i].matches("\\d+")) {
        c = Long.compare(Long.parseLong(pa[i]), Long.parseLong(pb[i]));
      } else if (pa[i].matches("\\d+") != pb[i].matches("\\d+")) {
        c = pa[i].matches("\\d+") ? -1 : 1;
      } else {
        c = pa[i].compareTo(pb[i]);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(pa.length, pb.length);
  }
}
