package vn.cchc.model.error;

/**
 * Who has to act on an error: the user (bad input), us (a bug), or someone outside (a service, the
 * disk).
 */
public enum ErrorType {
  USER,
  INTERNAL,
  EXTERNAL
}
