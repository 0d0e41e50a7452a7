package vn.cchc.query.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.duckdb.DuckDBConnection;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;

/**
 * The read-only connection to the warehouse's current catalog, following new releases.
 *
 * <p>One root connection per catalog file; every request works on a {@code duplicate()} of it,
 * under a lease. When the transform renames a new catalog over the old one (a new inode), the next
 * check opens the new file, makes it current and retires the old one, which closes only when its
 * last lease ends: requests in flight finish on the release they started on, new ones see the new
 * release, none fails.
 *
 * <p>The file is copied to a private scratch directory before it is opened, because the DuckDB
 * driver caches open databases by path: reopening the same path would hand back the old database.
 *
 * <p>Each opened catalog spills to its own folder {@code p<pid>-g<n>-<random>} under the sandbox's
 * spill directory (two DuckDB instances must not share one), removed when the catalog closes;
 * folders of processes that are gone are removed when the next one starts.
 */
public final class CatalogConnections implements QueryExecutor, AutoCloseable {
  public static final Duration DEFAULT_QUERY_TIMEOUT = Duration.ofSeconds(30);
  static final long CHECK_INTERVAL_NANOS = Duration.ofMillis(200).toNanos();

  private final WarehouseLayout layout;
  private final Sandbox sandbox;
  private final Path scratch;
  private final Path spillRoot;
  private final Duration queryTimeout;
  private final AtomicReference<Generation> current = new AtomicReference<>();
  private final AtomicLong nextCheck = new AtomicLong();
  private final AtomicInteger generations = new AtomicInteger();
  private volatile boolean closed;

  public CatalogConnections(Path warehouse, Sandbox sandbox, Duration queryTimeout) {
    this.layout = new WarehouseLayout(warehouse);
    this.sandbox = Objects.requireNonNull(sandbox);
    this.queryTimeout = queryTimeout;
    try {
      this.scratch = Files.createTempDirectory("cchc-catalog-");
    } catch (IOException e) {
      throw new CchcException(
          ErrorCode.IO_ERROR, "Không thể tạo thư mục tạm cho kho dữ liệu: " + e.getMessage(), e);
    }
    this.spillRoot = sandbox.spillRoot(layout.root());
    refresh();
  }

  public static CatalogConnections open(Path warehouse) {
    return new CatalogConnections(warehouse, Sandbox.defaults(), DEFAULT_QUERY_TIMEOUT);
  }

  public Path warehouse() {
    return layout.root();
  }

  /** Where the opened copies of catalog files live while leased. */
  Path scratchDir() {
    return scratch;
  }

  public Duration queryTimeout() {
    return queryTimeout;
  }

  public Sandbox sandbox() {
    return sandbox;
  }

  /** Where the open catalogs spill. */
  Path spillRoot() {
    return spillRoot;
  }

  /** The release the next lease will read, if a catalog was ever published. */
  public Optional<ReleaseRef> release() {
    maybeRefresh();
    Generation g = current.get();
    return g == null ? Optional.empty() : Optional.of(g.release);
  }

  /** A connection on the current release; close it when the request is done. */
  public Lease lease() {
    maybeRefresh();
    while (true) {
      Generation g = current.get();
      if (g == null) {
        throw new CchcException(
            ErrorCode.IO_ERROR,
            "Không thể đọc kho dữ liệu: chưa có bản phát hành nào trong "
                + layout.root()
                + " (hãy chạy ./cchc transform)");
      }
      if (g.retain()) {
        try {
          return new Lease(g, g.root.duplicate());
        } catch (SQLException e) {
          g.release();
          throw new CchcException(
              ErrorCode.IO_ERROR, "Không thể mở kết nối tới kho dữ liệu: " + e.getMessage(), e);
        }
      }
      // g was retired and closed between get() and retain(): the new generation is already current
    }
  }

  @Override
  public QueryResult query(String sql, List<?> params) {
    try (Lease lease = lease();
        PreparedStatement ps = lease.connection().prepareStatement(sql)) {
      ps.setQueryTimeout((int) Math.max(1, queryTimeout.toSeconds()));
      for (int i = 0; i < params.size(); i++) {
        ps.setObject(i + 1, params.get(i));
      }
      try (ResultSet rs = ps.executeQuery()) {
        return Rows.readAll(rs);
      }
    } catch (SQLException e) {
      throw new CchcException(
          ErrorCode.INTERNAL_ERROR, "Không thể truy vấn kho dữ liệu: " + e.getMessage(), e);
    }
  }

  @Override
  public Object releaseKey() {
    maybeRefresh();
    Generation g = current.get();
    return g == null ? null : g.copy.toString();
  }

  /**
   * Opens the catalog file if it changed since the last check; true when a new release became
   * current.
   */
  public synchronized boolean refresh() {
    if (closed) {
      return false;
    }
    Path file = layout.catalogFile();
    Optional<FileIdentity> identity = FileIdentity.of(file);
    Generation old = current.get();
    if (identity.isEmpty() || (old != null && old.identity.equals(identity.get()))) {
      return false;
    }
    Generation fresh = open(file, identity.get());
    current.set(fresh);
    if (old != null) {
      old.release();
    }
    return true;
  }

  private void maybeRefresh() {
    long now = System.nanoTime();
    long due = nextCheck.get();
    if (now - due >= 0 && nextCheck.compareAndSet(due, now + CHECK_INTERVAL_NANOS)) {
      refresh();
    }
  }

  private Generation open(Path file, FileIdentity identity) {
    int n = generations.incrementAndGet();
    Path copy = scratch.resolve("catalog-" + n + ".duckdb");
    Path spill =
        spillRoot.resolve(
            SPILL_PREFIX + ProcessHandle.current().pid() + "-g" + n + "-" + unguessablePart());
    prepareSpillRoot();
    try {
      Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
      Properties props = new Properties();
      props.setProperty("duckdb.read_only", "true");
      DuckDBConnection root =
          (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + copy, props);
      try {
        sandbox.apply(root, readableDirectories(root), spill);
        ReleaseRef release = ReleaseRef.read(root);
        return new Generation(root, copy, spill, identity, release);
      } catch (SQLException | RuntimeException e) {
        root.close();
        throw e;
      }
    } catch (SQLException | IOException e) {
      deleteQuietly(copy);
      deleteTreeQuietly(spill);
      throw new CchcException(
          ErrorCode.IO_ERROR,
          "Không thể mở danh mục kho dữ liệu " + file + ": " + e.getMessage(),
          e);
    }
  }

  /**
   * What the catalog's views read, and nothing else of the warehouse: nothing for the
   * self-contained catalog the transform writes (tables only); for a catalog an older version wrote
   * with views, for a view over {@code releases/R/...} the release folder {@code releases/R}, for a
   * {@code raw_} view over {@code ingest/snapshots/S/...} the snapshot folder {@code
   * ingest/snapshots/S}; a view over files elsewhere gets its own folder. Taken from the views' own
   * {@code read_parquet} paths, so that it holds whatever the catalog's {@code release_info} says.
   */
  List<Path> readableDirectories(Connection c) throws SQLException {
    Set<Path> dirs = new TreeSet<>();
    try (Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT sql FROM duckdb_views() WHERE NOT internal")) {
      while (rs.next()) {
        Matcher m = READ_PARQUET.matcher(String.valueOf(rs.getString(1)));
        while (m.find()) {
          dirs.add(readableRoot(m.group(1).replace("''", "'")));
        }
      }
    }
    return List.copyOf(dirs);
  }

  private static final Pattern READ_PARQUET =
      Pattern.compile("read_parquet\\(\\s*'((?:[^']|'')*)'", Pattern.CASE_INSENSITIVE);

  private Path readableRoot(String glob) {
    int wildcard = -1;
    for (char w : new char[] {'*', '?', '[', '{'}) {
      int i = glob.indexOf(w);
      if (i >= 0 && (wildcard < 0 || i < wildcard)) {
        wildcard = i;
      }
    }
    Path fixed =
        wildcard < 0
            ? Path.of(glob).toAbsolutePath().normalize().getParent()
            : Path.of(glob.substring(0, glob.lastIndexOf('/', wildcard) + 1))
                .toAbsolutePath()
                .normalize();
    for (Path base : List.of(layout.releasesDir(), layout.snapshotsDir())) {
      if (fixed.startsWith(base) && fixed.getNameCount() > base.getNameCount()) {
        return base.resolve(fixed.getName(base.getNameCount()));
      }
    }
    return fixed;
  }

  private static final SecureRandom RANDOM = new SecureRandom();

  /** 128 random bits in hex: the part of a spill folder's name a query cannot guess. */
  static String unguessablePart() {
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public synchronized void close() {
    closed = true;
    Generation g = current.getAndSet(null);
    if (g != null) {
      g.release();
    }
    try {
      Files.deleteIfExists(scratch);
    } catch (IOException ignored) {
      // still leased copies keep the directory until their last lease ends; the OS cleans temp
    }
  }

  static void deleteQuietly(Path p) {
    try {
      Files.deleteIfExists(p);
      Files.deleteIfExists(p.resolveSibling(p.getFileName() + ".wal"));
    } catch (IOException ignored) {
      // a leftover copy in the temp directory is harmless
    }
  }

  /**
   * Created only once there is a catalog to open, so that a mistyped warehouse path creates
   * nothing.
   */
  private void prepareSpillRoot() {
    try {
      Files.createDirectories(spillRoot);
      removeSpillOfEndedProcesses(spillRoot);
    } catch (IOException e) {
      throw new CchcException(
          ErrorCode.IO_ERROR,
          "Không thể tạo thư mục dữ liệu tạm cho truy vấn "
              + spillRoot
              + " (cchc.duckdb.spill-directory): "
              + e.getMessage(),
          e);
    }
  }

  static final String SPILL_PREFIX = "p";
  private static final Pattern SPILL_FOLDER =
      Pattern.compile(SPILL_PREFIX + "(\\d+)-g\\d+(-[0-9a-f]+)?");

  /**
   * Spill folders ({@code p<pid>-g<n>-<random>}) of processes that no longer run: a killed server
   * leaves them behind.
   */
  static void removeSpillOfEndedProcesses(Path root) throws IOException {
    long self = ProcessHandle.current().pid();
    try (Stream<Path> list = Files.list(root)) {
      for (Path p : list.toList()) {
        Matcher m = SPILL_FOLDER.matcher(p.getFileName().toString());
        if (m.matches()) {
          long pid = Long.parseLong(m.group(1));
          if (pid != self && !ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
            deleteTreeQuietly(p);
          }
        }
      }
    }
  }

  static void deleteTreeQuietly(Path root) {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException ignored) {
      // a leftover spill folder is removed by the next start
    }
  }

  /** What the catalog's {@code release_info} view says. */
  public record ReleaseRef(String releaseId, String snapshotId, LocalDate asOfDate) {
    static ReleaseRef read(Connection c) throws SQLException {
      try (PreparedStatement ps =
              c.prepareStatement("SELECT release_id, snapshot_id, as_of_date FROM release_info");
          ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new SQLException("release_info is empty");
        }
        return new ReleaseRef(rs.getString(1), rs.getString(2), rs.getObject(3, LocalDate.class));
      }
    }
  }

  /** The file as it was when opened: a rename over it changes the inode. */
  record FileIdentity(Object fileKey, long modifiedMillis, long size) {
    static Optional<FileIdentity> of(Path file) {
      try {
        BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
        return Optional.of(
            new FileIdentity(a.fileKey(), a.lastModifiedTime().toMillis(), a.size()));
      } catch (IOException e) {
        return Optional.empty();
      }
    }
  }

  /** One opened catalog. The reference held by "being current" counts as one lease. */
  static final class Generation {
    final DuckDBConnection root;
    final Path copy;
    final Path spill;
    final FileIdentity identity;
    final ReleaseRef release;
    private final AtomicInteger refs = new AtomicInteger(1);

    Generation(
        DuckDBConnection root, Path copy, Path spill, FileIdentity identity, ReleaseRef release) {
      this.root = root;
      this.copy = copy;
      this.spill = spill;
      this.identity = identity;
      this.release = release;
    }

    boolean retain() {
      while (true) {
        int n = refs.get();
        if (n == 0) {
          return false;
        }
        if (refs.compareAndSet(n, n + 1)) {
          return true;
        }
      }
    }

    void release() {
      if (refs.decrementAndGet() == 0) {
        try {
          root.close();
        } catch (SQLException ignored) {
          // closing a read-only database cannot lose anything
        }
        deleteQuietly(copy);
        deleteTreeQuietly(spill);
      }
    }
  }

  /** A duplicated connection on one generation. */
  public static final class Lease implements AutoCloseable {
    private final Generation generation;
    private final Connection connection;

    Lease(Generation generation, Connection connection) {
      this.generation = generation;
      this.connection = connection;
    }

    public Connection connection() {
      return connection;
    }

    public ReleaseRef release() {
      return generation.release;
    }

    @Override
    public void close() {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // the duplicate holds no state worth reporting
      } finally {
        generation.release();
      }
    }
  }
}
