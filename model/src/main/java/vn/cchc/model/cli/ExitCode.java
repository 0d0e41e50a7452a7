package vn.cchc.model.cli;

import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorType;

/**
 * The exit codes of every {@code ./cchc} command, one meaning each. A command documents which of
 * them it returns; it declares no code of its own unless its README says why.
 */
public final class ExitCode {
  /** Done. */
  public static final int OK = 0;

  /** Failed: nothing was changed, or the previous state stays (the last release stays served). */
  public static final int FAILED = 1;

  /** The user must change something first: bad arguments, an unknown year, no release yet. */
  public static final int USAGE = 2;

  /** Done, with rejected rows or warnings the user should read (the work was committed). */
  public static final int PARTIAL = 3;

  private ExitCode() {}

  /**
   * {@link #USAGE} for an error the user can fix ({@link ErrorType#USER}), {@link #FAILED}
   * otherwise.
   */
  public static int of(CchcException e) {
    return e.type() == ErrorType.USER ? USAGE : FAILED;
  }
}
