package vn.cchc.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import vn.cchc.api.release.ReleaseResultCache;
import vn.cchc.api.release.ResponseBodyCache;
import vn.cchc.api.security.Role;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.query.catalog.CatalogConnections;
import vn.cchc.query.catalog.Sandbox;
import vn.cchc.query.sql.AdhocSql;

/**
 * The server's configuration under {@code cchc.*} (kebab-case keys; environment variables such as
 * {@code CCHC_WAREHOUSE} or {@code CCHC_SQL_MAXROWS} — Spring drops the dashes — override them).
 * Missing values take the named defaults. The defaults live here only: {@code application.yml} sets
 * nothing but what differs from them (the accounts).
 */
@ConfigurationProperties("cchc")
public record ApiConfig(
    Path warehouse,
    Duration queryTimeout,
    Duration reloadInterval,
    Sql sql,
    Duckdb duckdb,
    ResultCache resultCache,
    ResponseCache responseCache,
    Security security) {
  public static final Path DEFAULT_WAREHOUSE = Path.of(CommandLine.DEFAULT_WAREHOUSE);
  public static final Duration DEFAULT_RELOAD_INTERVAL = Duration.ofSeconds(1);

  public ApiConfig {
    warehouse = (warehouse == null ? DEFAULT_WAREHOUSE : warehouse).toAbsolutePath().normalize();
    queryTimeout = queryTimeout == null ? CatalogConnections.DEFAULT_QUERY_TIMEOUT : queryTimeout;
    reloadInterval = reloadInterval == null ? DEFAULT_RELOAD_INTERVAL : reloadInterval;
    sql = sql == null ? new Sql(null, null, null) : sql;
    duckdb = duckdb == null ? new Duckdb(null, null, null, null) : duckdb;
    resultCache = resultCache == null ? new ResultCache(null, null, null) : resultCache;
    responseCache = responseCache == null ? new ResponseCache(null, null) : responseCache;
    security = security == null ? new Security(List.of()) : security;
  }

  /**
   * Ad-hoc SQL: row cap, timeout and the audit file (default {@code
   * WAREHOUSE/audit/sql-audit.jsonl}).
   */
  public record Sql(Integer maxRows, Duration timeout, Path auditFile) {
    public Sql {
      maxRows = maxRows == null ? AdhocSql.DEFAULT_MAX_ROWS : maxRows;
      timeout = timeout == null ? AdhocSql.DEFAULT_TIMEOUT : timeout;
    }
  }

  /**
   * The sandbox's resource bounds: memory, threads, and the spill to disk of queries larger than
   * memory — where ({@code spill-directory}, default {@code WAREHOUSE/tmp/sql-spill}) and how much
   * ({@code max-spill-size}).
   */
  public record Duckdb(
      String memoryLimit, Integer threads, Path spillDirectory, String maxSpillSize) {
    public Duckdb {
      memoryLimit = memoryLimit == null ? Sandbox.DEFAULT_MEMORY_LIMIT : memoryLimit;
      threads = threads == null ? Sandbox.DEFAULT_THREADS : threads;
      maxSpillSize = maxSpillSize == null ? Sandbox.DEFAULT_MAX_SPILL_SIZE : maxSpillSize;
      new Sandbox(
          memoryLimit,
          threads,
          spillDirectory,
          maxSpillSize); // refuses a bad value at start-up, not at first query
    }

    public Sandbox sandbox() {
      return new Sandbox(memoryLimit, threads, spillDirectory, maxSpillSize);
    }
  }

  /**
   * The bounds of the in-memory result cache ({@link ReleaseResultCache}): entries, result cells
   * (rows × columns) in total and in one result; {@code max-entries: 0} turns it off.
   */
  public record ResultCache(Integer maxEntries, Long maxCells, Long maxEntryCells) {
    public ResultCache {
      maxEntries = maxEntries == null ? ReleaseResultCache.DEFAULT_MAX_ENTRIES : maxEntries;
      maxCells = maxCells == null ? ReleaseResultCache.DEFAULT_MAX_CELLS : maxCells;
      maxEntryCells =
          maxEntryCells == null ? ReleaseResultCache.DEFAULT_MAX_ENTRY_CELLS : maxEntryCells;
      requireNotNegative("max entries", maxEntries);
      requireNotNegative("max cells", maxCells);
      requireNotNegative("max entry cells", maxEntryCells);
    }

    private static void requireNotNegative(String what, long value) {
      if (value < 0) {
        throw new IllegalArgumentException("Cannot use result cache " + what + ": " + value);
      }
    }
  }

  /**
   * The bounds of the in-memory cache of finished answers ({@link ResponseBodyCache}): bytes in all
   * (default {@link ResponseBodyCache#DEFAULT_HEAP_SHARE 1/16} of the heap) and in one answer (body
   * and gzipped body together); {@code max-bytes: 0} turns it off. Sizes as {@code 64MB} or a
   * number of bytes.
   */
  public record ResponseCache(DataSize maxBytes, DataSize maxEntryBytes) {
    public ResponseCache {
      maxBytes = maxBytes == null ? ResponseBodyCache.defaultMaxBytes() : maxBytes;
      maxEntryBytes =
          maxEntryBytes == null ? ResponseBodyCache.DEFAULT_MAX_ENTRY_BYTES : maxEntryBytes;
      requireNotNegative("max bytes", maxBytes);
      requireNotNegative("max entry bytes", maxEntryBytes);
    }

    private static void requireNotNegative(String what, DataSize value) {
      if (value.isNegative()) {
        throw new IllegalArgumentException("Cannot use response cache " + what + ": " + value);
      }
    }
  }

  public record Security(List<Account> users) {
    public Security {
      users = users == null ? List.of() : List.copyOf(users);
    }
  }

  /** A user: name, bcrypt hash of the password, role. */
  public record Account(String username, String passwordHash, Role role) {}
}
