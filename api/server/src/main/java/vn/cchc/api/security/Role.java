package vn.cchc.api.security;

/**
 * What a user may do: leaders view, analysts also query and export unit-level lists, admins also
 * audit.
 */
public enum Role {
  VIEWER,
  ANALYST,
  ADMIN
}
