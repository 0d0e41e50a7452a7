package vn.cchc.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The sample province ingested and transformed once per build for every test that reads a release, by the real ingestion
 * and transform commands in child processes (Spark and Spring never share a JVM). Cached under
 * {@code test-support/target/sample-warehouse}, rebuilt when the sample data or those jars are newer.
 */
public final class SampleWarehouse {
  private SampleWarehouse() {}

  /** A fixed release date, so that "overdue" means the same thing on every run. */
  public static final String AS_OF = "2026-06-30";
  static final long BUILD_TIMEOUT_MINUTES = 15;

  private static Path built;

  public static synchronized Path get() {
    if (built != null) {
      return built;
    }
    Path dir = Repo.root().resolve("test-support/target/sample-warehouse");
    // two test JVMs (two test runs at once) must not build it over each other: the second waits, then reuses it
    try (FileChannel lock = FileChannel.open(dir.resolveSibling("sample-warehouse.lock"), StandardOpenOption.CREATE,
        StandardOpenOption.WRITE); FileLock held = lock.lock()) {
      if (stale(dir.resolve("catalog.duckdb"))) {
        build(dir);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    built = dir;
    return dir;
  }

  /** Missing, or older than the sample data or the ingestion and transform jars that made it. */
  static boolean stale(Path catalog) {
    if (!Files.isRegularFile(catalog)) {
      return true;
    }
    Path root = Repo.root();
    List<Path> inputs = new ArrayList<>(List.of(root.resolve("ingestion/target/cchc-ingestion.jar"),
        root.resolve("transforms/target/cchc-transforms.jar")));
    try (Stream<Path> files = Files.walk(Repo.sampleProvince())) {
      files.filter(Files::isRegularFile).forEach(inputs::add);
      long built = Files.getLastModifiedTime(catalog).toMillis();
      for (Path p : inputs) {
        if (Files.isRegularFile(p) && Files.getLastModifiedTime(p).toMillis() > built) {
          return true;
        }
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void build(Path dir) {
    Path root = Repo.root();
    deleteTree(dir);
    Path log = dir.resolveSibling("sample-warehouse.log");
    try {
      Files.createDirectories(dir);
      run(log, classpath(root, "ingestion"), List.of(), "vn.cchc.ingestion.IngestCli",
          Repo.sampleProvince().toString(), "--warehouse", dir.toString());
      run(log, classpath(root, "transforms"), sparkOptions(), "vn.cchc.transforms.TransformCli",
          "--warehouse", dir.toString(), "--as-of", AS_OF);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!Files.isRegularFile(dir.resolve("catalog.duckdb"))) {
      throw new IllegalStateException("The sample warehouse has no catalog; see " + log);
    }
  }

  private static String classpath(Path root, String module) {
    Path jar = root.resolve(module).resolve("target").resolve("cchc-" + module + ".jar");
    if (!Files.isRegularFile(jar)) {
      throw new IllegalStateException("Build the " + module + " module first (mvn -pl " + module + " install): " + jar);
    }
    return jar + File.pathSeparator + root.resolve(module).resolve("target").resolve("lib") + File.separator + "*";
  }

  /** Spark's JVM flags, as this test JVM got them from the parent POM's argLine. */
  private static List<String> sparkOptions() {
    List<String> out = new ArrayList<>();
    for (String a : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
      if (a.startsWith("--add-opens") || a.startsWith("--add-modules") || a.startsWith("-XX:+IgnoreUnrecognizedVMOptions")
          || a.startsWith("-Dio.netty")) {
        out.add(a);
      }
    }
    return out;
  }

  /**
   * Runs {@code ./cchc ingest ARGS} as this suite does, in a child process with the ingestion jar; its output is
   * appended to {@code log}. Returns the exit code.
   */
  public static int ingest(Path log, String... args) {
    try {
      Files.createDirectories(log.getParent());
      return runChild(log, classpath(Repo.root(), "ingestion"), List.of(), "vn.cchc.ingestion.IngestCli", args);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void run(Path log, String classpath, List<String> jvm, String main, String... args) throws IOException {
    int exit = runChild(log, classpath, jvm, main, args);
    if (exit != 0) {
      throw new IllegalStateException(main + " failed with exit code " + exit + "; see " + log);
    }
  }

  private static int runChild(Path log, String classpath, List<String> jvm, String main, String... args) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(Repo.java(), "-Xmx2g", "-Djava.awt.headless=true", "-Dfile.encoding=UTF-8"));
    cmd.addAll(jvm);
    cmd.addAll(List.of("-cp", classpath, main));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
    Process p = pb.start();
    try {
      if (!p.waitFor(BUILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IllegalStateException(main + " did not finish in " + BUILD_TIMEOUT_MINUTES + " min; see " + log);
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
    return p.exitValue();
  }

  /**
   * A private copy of the sample warehouse at {@code target}, with its catalog rewritten to point at the
   * copy, for tests that publish releases into it.
   */
  public static Path copy(Path target) {
    Path source = get();
    try (Stream<Path> files = Files.walk(source)) {
      for (Path p : (Iterable<Path>) files::iterator) {
        Path to = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else if (!p.getFileName().toString().equals("catalog.duckdb")) {
          Files.copy(p, to, StandardCopyOption.REPLACE_EXISTING);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    publishCatalog(source.resolve("catalog.duckdb"), source, target, null);
    return target;
  }

  /**
   * Builds a catalog for {@code warehouse} from the views of {@code fromCatalog} (paths moved from
   * {@code fromRoot}), optionally with another release id, and renames it over the current one — what the
   * transform does when it publishes.
   */
  public static void publishCatalog(Path fromCatalog, Path fromRoot, Path warehouse, String releaseId) {
    List<String> views = new ArrayList<>();
    Path readCopy = warehouse.resolve("tmp").resolve("read-" + System.nanoTime() + ".duckdb");
    try {
      Files.createDirectories(readCopy.getParent());
      Files.copy(fromCatalog, readCopy);
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + readCopy);
           Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT view_name, sql FROM duckdb_views() WHERE NOT internal")) {
        while (rs.next()) {
          String sql = rs.getString(2).replace(fromRoot.toAbsolutePath().toString(), warehouse.toAbsolutePath().toString());
          if (releaseId != null && rs.getString(1).equals("release_info")) {
            sql = sql.replaceFirst("'r[0-9A-Za-z_-]+'", "'" + releaseId + "'");
          }
          views.add(sql);
        }
      }
      Path tmp = warehouse.resolve("tmp").resolve("catalog-" + System.nanoTime() + ".duckdb");
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + tmp); Statement st = c.createStatement()) {
        for (String v : views) {
          st.execute(v);
        }
        st.execute("CHECKPOINT");
      }
      Files.move(tmp, warehouse.resolve("catalog.duckdb"), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      Files.deleteIfExists(readCopy);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot publish a catalog into " + warehouse + ": " + e.getMessage(), e);
    }
  }

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
