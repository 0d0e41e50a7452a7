package vn.cchc.query.sql;

import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/**
 * An ad-hoc query the sandbox would not run (or stopped), with why, in words an analyst can act on.
 */
public final class SqlRefused extends CchcException {
  private static final long serialVersionUID = 1L;

  /** Why a query was refused; part of the problem details the API returns. */
  public enum Reason {
    NOT_READ_ONLY,
    MULTIPLE_STATEMENTS,
    FILE_ACCESS,
    /**
     * The query names the server's settings, database files, temporary files or logs ({@code
     * ServerInternals}).
     */
    SERVER_INTERNALS,
    CONFIGURATION_LOCKED,
    TIMEOUT,
    /**
     * The query needed more memory than {@code cchc.duckdb.memory-limit} and could not spill it.
     */
    MEMORY_LIMIT,
    /** The query's spill to disk reached {@code cchc.duckdb.max-spill-size}. */
    SPILL_LIMIT,
    INVALID_SQL
  }

  private final Reason reason;

  public SqlRefused(Reason reason, String message) {
    super(ErrorCode.INVALID_ARGUMENT, message);
    this.reason = reason;
  }

  public SqlRefused(Reason reason, String message, Throwable cause) {
    super(ErrorCode.INVALID_ARGUMENT, message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
