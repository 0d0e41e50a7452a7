package vn.cchc.model.unit;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * The key of a unit version, {@code code@valid_from} (ISO date), and the dates at which a code is
 * resolved. Marts, API paths and dashboards identify a unit by this key; users type and read the
 * official code.
 */
public final class UnitKey {
  public static final char SEPARATOR = '@';
  private static final DateTimeFormatter VI_DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private UnitKey() {}

  public static String of(String code, LocalDate validFrom) {
    return code + SEPARATOR + validFrom;
  }

  /** The code of a key, or the text itself when it is a bare code. */
  public static String codeOf(String keyOrCode) {
    int at = keyOrCode.lastIndexOf(SEPARATOR);
    return at < 0 ? keyOrCode : keyOrCode.substring(0, at);
  }

  /** The valid_from of a key; empty for a bare code or a malformed date. */
  public static Optional<LocalDate> validFromOf(String keyOrCode) {
    int at = keyOrCode.lastIndexOf(SEPARATOR);
    if (at < 0) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(keyOrCode.substring(at + 1)));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  /** The day a code of assessment year Y is resolved at: 31 December of Y. */
  public static LocalDate assessmentDay(int year) {
    return LocalDate.of(year, 12, 31);
  }

  /** A period in the form users read, e.g. {@code 01/07/2025 – nay} while it is open. */
  public static String periodVi(LocalDate validFrom, LocalDate validTo) {
    return VI_DAY.format(validFrom) + " – " + (validTo == null ? "nay" : VI_DAY.format(validTo));
  }
}
