package vn.cchc.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.cchc.model.warehouse.AtomicFiles;

/**
 * The sample release: the sample province ingested and transformed by the real {@code ./cchc
 * ingest} and {@code ./cchc transform} (the modules' jars, in child processes: Spark never shares a
 * JVM with the tests), once for every test that only needs a release to read — api/query,
 * api/report, api/server and the dashboards' Superset tests.
 *
 * <p>Cached across test JVMs and builds under {@code test-support/target/sample-warehouses/}: one
 * folder per build, {@code CURRENT} naming the one in use. A new one is built when the fingerprint
 * of what makes it (the sample files, the two jars and their libraries' names, {@link #AS_OF})
 * differs from the current one's; the previous build is kept, so that a test JVM still reading it
 * is not pulled from under. Read-only for its users: a test that publishes, ingests or prunes works
 * on a {@link #copy}.
 */
public final class SampleWarehouse {
  private SampleWarehouse() {}

  /** A fixed release date, so that "overdue" means the same thing on every run. */
  public static final String AS_OF = "2026-06-30";

  private static final List<String> MODULES = List.of("ingestion", "transforms");
  private static final String POINTER = "CURRENT";

  private static Path built;

  /**
   * The shared sample warehouse's root, built first when it is missing or stale (other test JVMs
   * wait for it).
   */
  public static synchronized Path get() {
    if (built != null) {
      return built;
    }
    Path builds = Repo.root().resolve("test-support/target/sample-warehouses");
    try {
      Files.createDirectories(builds);
      try (FileChannel lock =
              FileChannel.open(
                  builds.resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock held = lock.lock()) {
        built = currentOrNew(builds);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return built;
  }

  private static Path currentOrNew(Path builds) throws IOException {
    Path pointer = builds.resolve(POINTER);
    Path current =
        Files.isRegularFile(pointer) ? builds.resolve(Files.readString(pointer).strip()) : null;
    boolean usable = current != null && Files.isRegularFile(current.resolve("catalog.duckdb"));
    boolean jarsMissing =
        MODULES.stream().map(ModuleJars::jar).anyMatch(j -> !Files.isRegularFile(j));
    String fingerprint = fingerprint();
    if (usable && (jarsMissing || fingerprint.equals(readIfExists(fingerprintFile(current))))) {
      return current; // without the jars it cannot be rebuilt: what was built last is the best
      // there is
    }
    Path fresh = builds.resolve("w" + System.currentTimeMillis());
    build(fresh);
    Files.writeString(fingerprintFile(fresh), fingerprint, StandardCharsets.UTF_8);
    AtomicFiles.flipPointer(pointer, fresh.getFileName().toString());
    prune(builds, List.of(fresh, current == null ? fresh : current));
    return fresh;
  }

  /**
   * What the warehouse is made from, one line per input: how it is built, each sample file's and
   * each module jar's SHA-256 (the build is reproducible, so an unchanged module rebuilt gives the
   * same bytes), and the names of the libraries beside each jar (a changed dependency version
   * renames one). Kept beside each build, to diff when wondering why it was rebuilt.
   */
  static String fingerprint() throws IOException {
    Path root = Repo.root();
    List<String> lines =
        new ArrayList<>(
            List.of(
                "ingest " + root.relativize(Repo.sampleProvince()), "transform --as-of " + AS_OF));
    try (Stream<Path> files = Files.walk(Repo.sampleProvince())) {
      for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
        lines.add(root.relativize(f) + " " + FileHashes.sha256(f));
      }
    }
    for (String module : MODULES) {
      Path jar = ModuleJars.jar(module);
      lines.add(
          root.relativize(jar)
              + " "
              + (Files.isRegularFile(jar) ? FileHashes.sha256(jar) : "missing"));
      Path lib = jar.resolveSibling("lib");
      if (Files.isDirectory(lib)) {
        try (Stream<Path> libs = Files.list(lib)) {
          for (Path l : libs.sorted().toList()) {
            String name = l.getFileName().toString();
            lines.add(
                root.relativize(l) + (name.startsWith("cchc-") ? " " + FileHashes.sha256(l) : ""));
          }
        }
      }
    }
    return String.join("\n", lines) + "\n";
  }

  private static Path fingerprintFile(Path build) {
    return build.resolveSibling(build.getFileName() + ".fingerprint");
  }

  private static String readIfExists(Path file) throws IOException {
    return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static void build(Path dir) throws IOException {
    Path log = dir.resolveSibling(dir.getFileName() + ".log");
    Files.createDirectories(dir);
    ModuleJars.runOrFail(
        log,
        "ingestion",
        List.of(),
        "vn.cchc.ingestion.IngestCli",
        Repo.sampleProvince().toString(),
        "--warehouse",
        dir.toString());
    ModuleJars.runOrFail(
        log,
        "transforms",
        ModuleJars.sparkOptions(),
        "vn.cchc.transforms.TransformCli",
        "--warehouse",
        dir.toString(),
        "--as-of",
        AS_OF);
    if (!Files.isRegularFile(dir.resolve("catalog.duckdb"))) {
      throw new IllegalStateException("The sample warehouse has no catalog; see " + log);
    }
  }

  /**
   * Removes every build (with its log and fingerprint) but {@code keep}, and what a killed build
   * left.
   */
  private static void prune(Path builds, List<Path> keep) throws IOException {
    List<String> kept = new ArrayList<>(List.of(POINTER, ".lock"));
    for (Path k : keep) {
      kept.addAll(
          List.of(
              k.getFileName().toString(),
              k.getFileName() + ".log",
              k.getFileName() + ".fingerprint"));
    }
    try (Stream<Path> entries = Files.list(builds)) {
      for (Path p : entries.toList()) {
        if (!kept.contains(p.getFileName().toString())) {
          deleteTree(p);
        }
      }
    }
  }

  /**
   * Runs {@code ./cchc ingest ARGS} as the fixture does, in a child process with the ingestion jar;
   * its output is appended to {@code log}. Returns the exit code.
   */
  public static int ingest(Path log, String... args) {
    try {
      Files.createDirectories(log.getParent());
      return ModuleJars.run(log, "ingestion", List.of(), "vn.cchc.ingestion.IngestCli", args);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How {@link #read} turns the result of a test's own SQL into what the test compares. */
  @FunctionalInterface
  public interface ResultReader<T> {
    T read(ResultSet rs) throws SQLException;
  }

  /**
   * {@code sql} (with {@code ?} parameters) over the sample catalog, read with a DuckDB connection
   * of its own on a private read-only copy: independent of the query layer, what a test checks the
   * code under test against.
   */
  public static <T> T read(String sql, ResultReader<T> reader, Object... params) {
    return Catalogs.read(get().resolve("catalog.duckdb"), sql, reader, params);
  }

  /**
   * Every row of {@code sql} over the sample catalog, as JDBC returns the values (see {@link
   * #read}).
   */
  public static List<List<Object>> query(String sql, Object... params) {
    return read(sql, Catalogs::rows, params);
  }

  /**
   * The one value {@code sql} answers over the sample catalog (see {@link #query}); anything else
   * fails.
   */
  public static Object single(String sql, Object... params) {
    List<List<Object>> rows = query(sql, params);
    if (rows.size() != 1 || rows.get(0).size() != 1) {
      throw new AssertionError("Expected one value from " + sql + ", got " + rows);
    }
    return rows.get(0).get(0);
  }

  /**
   * A private copy of the sample warehouse at {@code target} (which should not exist yet), for
   * tests that publish, ingest or prune: every file but the scratch folder {@code tmp/}; the
   * catalog is self-contained, so the copy reads only itself.
   */
  public static Path copy(Path target) {
    Path source = get();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path rel = source.relativize(p);
        if (rel.startsWith("tmp") || rel.toString().equals("catalog.duckdb")) {
          continue;
        }
        Path to = target.resolve(rel.toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    publishCatalog(source.resolve("catalog.duckdb"), target, null);
    return target;
  }

  /**
   * Publishes into {@code warehouse} a copy of {@code fromCatalog}, and, unless {@code releaseId}
   * is null, with {@code release_info} saying that id: a release swap as the transform publishes
   * one, renamed over {@code warehouse/catalog.duckdb}.
   */
  public static void publishCatalog(Path fromCatalog, Path warehouse, String releaseId) {
    Catalogs.publish(fromCatalog, warehouse, releaseId);
  }

  /** Deletes {@code dir} and everything below it; nothing when it does not exist. */
  public static void deleteTree(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
