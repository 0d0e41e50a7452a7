package vn.cchc.api.security;

import java.util.List;
import java.util.Optional;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who the caller is, read from its authorities: the role, and for a UNIT user the units it answers
 * for, each an authority {@code UNIT:<code or code@date>}. Being authorities, the units are part of
 * the caller's variant of every cached answer ({@code ReleaseCaching.callerVariant}): two UNIT
 * users share a cached answer only when they answer for the same units.
 */
public final class UnitScope {
  private UnitScope() {}

  public static final String AUTHORITY_PREFIX = "UNIT:";

  /** The highest role among the caller's authorities; empty for an anonymous caller. */
  public static Optional<Role> role(Authentication caller) {
    if (caller == null || !caller.isAuthenticated()) {
      return Optional.empty();
    }
    Role best = null;
    for (GrantedAuthority a : caller.getAuthorities()) {
      for (Role r : Role.values()) {
        if (r.authority().equals(a.getAuthority()) && (best == null || r.compareTo(best) > 0)) {
          best = r;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** Whether the caller is a UNIT user and nothing more. */
  public static boolean isUnitOnly(Authentication caller) {
    return role(caller).filter(r -> r == Role.UNIT).isPresent();
  }

  /** The unit references (codes or code@date keys) a UNIT user was given, in their order. */
  public static List<String> unitRefs(Authentication caller) {
    return caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .filter(a -> a.startsWith(AUTHORITY_PREFIX))
        .map(a -> a.substring(AUTHORITY_PREFIX.length()))
        .toList();
  }
}
