package vn.cchc.api.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What a user may do. LEADER (lãnh đạo) reads everything; ANALYST adds ad-hoc SQL and unit-level
 * exports; ADMIN adds the audit; UNIT (cán bộ đơn vị) reads the province-wide published results and
 * the full detail of its own units only ({@link vn.cchc.api.access.UnitAccess}). The ordinal is the
 * order of privilege, lowest first.
 */
public enum Role {
  UNIT,
  LEADER,
  ANALYST,
  ADMIN;

  /** Spring Security's authority for the role. */
  public String authority() {
    return "ROLE_" + name();
  }

  /**
   * The role a name gives, case-insensitively; {@code VIEWER}, the leaders' role before UNIT was
   * added, still reads as LEADER so that older configuration keeps working.
   */
  public static Optional<Role> parse(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String name = raw.strip().toUpperCase(Locale.ROOT);
    if (name.equals("VIEWER")) {
      return Optional.of(LEADER);
    }
    for (Role r : values()) {
      if (r.name().equals(name)) {
        return Optional.of(r);
      }
    }
    return Optional.empty();
  }
}
