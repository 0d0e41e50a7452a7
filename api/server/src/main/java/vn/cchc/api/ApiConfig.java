package vn.cchc.api;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;
import vn.cchc.api.release.ReleaseResultCache;
import vn.cchc.api.release.ResponseBodyCache;
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
    Security security,
    Audit audit) {
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
    security = security == null ? new Security(null, null, null, null) : security;
    if (security.userStore() == null) {
      security =
          new Security(
              security.users(),
              warehouse.resolve(DEFAULT_USER_STORE),
              security.oidc(),
              security.signIn());
    }
    audit =
        new Audit(
            audit == null || audit.file() == null
                ? warehouse.resolve(Audit.DEFAULT_FILE)
                : audit.file());
  }

  /** The local user store under the warehouse unless {@code cchc.security.user-store} says. */
  public static final String DEFAULT_USER_STORE = "access/users.json";

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

  /**
   * Who may sign in: accounts declared in configuration ({@code cchc.security.users}), the local
   * user store that {@code ./cchc users} manages ({@code user-store}, default {@code
   * WAREHOUSE/access/users.json}), and the province's OpenID Connect provider ({@code oidc}).
   */
  public record Security(List<Account> users, Path userStore, Oidc oidc, SignIn signIn) {
    public Security {
      users = users == null ? List.of() : List.copyOf(users);
      oidc = oidc == null ? new Oidc(null, null, null, null, null, null, null, null, null) : oidc;
      signIn = signIn == null ? new SignIn(null, null, null) : signIn;
    }
  }

  /**
   * A user declared in configuration: name, bcrypt hash of the password, role (LEADER, ANALYST,
   * ADMIN or UNIT; VIEWER reads as LEADER) and, for UNIT, the unit codes (or code@date keys) it
   * answers for.
   */
  public record Account(String username, String passwordHash, String role, List<String> units) {
    public Account {
      units = units == null ? List.of() : List.copyOf(units);
    }
  }

  /**
   * The province's OpenID Connect provider; off unless {@code issuer-uri} is set. The dashboard
   * signs in through it (authorization code flow, client {@code client-id}/{@code client-secret});
   * the API also takes its access tokens as {@code Authorization: Bearer}, checked for the issuer,
   * an audience in {@code audiences} (default: the client id), the signature (the provider's JWK
   * set) and the time. {@code role-claim} (default {@code roles}, a dotted path such as {@code
   * realm_access.roles} reaches into Keycloak's nesting) holds the role names, mapped through
   * {@code roles} (provider value → LEADER/ANALYST/ADMIN/UNIT; without it a value that names a role
   * is that role); {@code units-claim} (default {@code cchc_units}) the unit codes of a UNIT user;
   * {@code username-claim} (default {@code preferred_username}) the name in the audit.
   */
  public record Oidc(
      String issuerUri,
      String clientId,
      String clientSecret,
      List<String> audiences,
      String roleClaim,
      String unitsClaim,
      String usernameClaim,
      Map<String, String> roles,
      String label) {
    public Oidc {
      audiences = audiences == null ? List.of() : List.copyOf(audiences);
      roleClaim = roleClaim == null || roleClaim.isBlank() ? "roles" : roleClaim.strip();
      unitsClaim = unitsClaim == null || unitsClaim.isBlank() ? "cchc_units" : unitsClaim.strip();
      usernameClaim =
          usernameClaim == null || usernameClaim.isBlank()
              ? "preferred_username"
              : usernameClaim.strip();
      roles = roles == null ? Map.of() : Map.copyOf(roles);
      label = label == null || label.isBlank() ? "Đăng nhập một lần (SSO) của tỉnh" : label;
    }

    public boolean enabled() {
      return issuerUri != null && !issuerUri.isBlank();
    }

    /** The audiences a token may carry: those configured, else the client id. */
    public List<String> acceptedAudiences() {
      return audiences.isEmpty() && clientId != null ? List.of(clientId) : audiences;
    }
  }

  /**
   * Password sign-in: after {@code max-failures} (default 5) wrong passwords in a row a user is
   * locked for {@code lock-for} (default 15 minutes); a password shorter than {@code
   * min-password-length} (default 10) is refused.
   */
  public record SignIn(Integer maxFailures, Duration lockFor, Integer minPasswordLength) {
    public SignIn {
      maxFailures = maxFailures == null ? 5 : maxFailures;
      lockFor = lockFor == null ? Duration.ofMinutes(15) : lockFor;
      minPasswordLength =
          minPasswordLength == null
              ? vn.cchc.api.security.PasswordPolicy.DEFAULT_MIN_LENGTH
              : minPasswordLength;
      if (maxFailures < 1 || minPasswordLength < 8 || lockFor.isNegative()) {
        throw new IllegalArgumentException(
            "Cannot use sign-in limits: max failures "
                + maxFailures
                + ", lock for "
                + lockFor
                + ", min password length "
                + minPasswordLength
                + " (need ≥ 1, ≥ 0 s, ≥ 8)");
      }
    }
  }

  /**
   * The audit of sign-ins, exports and SQL: JSON lines in {@code file} (default {@code
   * WAREHOUSE/audit/audit.jsonl}).
   */
  public record Audit(Path file) {
    public static final String DEFAULT_FILE = "audit/audit.jsonl";
  }
}
