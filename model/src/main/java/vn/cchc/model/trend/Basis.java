package vn.cchc.model.trend;

import java.util.Locale;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.schema.Codes;

/**
 * How a year-over-year comparison treats units (column {@code basis} of the marts {@code
 * index_trends} and {@code trend_summaries}): as they were, or restated onto today's units.
 */
public enum Basis {
  /**
   * Units as they were at each assessment: a unit version is compared with its own previous year.
   */
  AS_WAS,
  /** History restated onto today's units through the lineage shares. */
  AS_IS;

  /**
   * The basis a user typed; the first, AS_WAS, when none is given (the dashboard's default too).
   */
  public static Basis parse(String raw) {
    if (raw == null || raw.isBlank()) {
      return AS_WAS;
    }
    try {
      return valueOf(raw.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Không thể hiểu cách so sánh (basis): "
              + raw
              + " (chỉ nhận "
              + Codes.of(Basis.class).listVi()
              + ")");
    }
  }
}
