package vn.cchc.query.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The DuckDB settings every catalog connection runs under, API and ad-hoc SQL alike
 * (shared/stack.md): no file readable (the catalog is self-contained: its marts and {@code raw_}
 * tables are DuckDB tables; a catalog an older version wrote with views over Parquet gets exactly
 * the folders those views read — never the warehouse's audit, rejects, other releases or scratch),
 * no extension loading, bounded memory and threads, a bounded spill to disk in a directory the
 * operator chose, and the configuration locked so that a query cannot undo any of it. Settings
 * belong to the database instance, so every {@code duplicate()} of the connection inherits them.
 *
 * <p>DuckDB itself adds the spill folder to the readable directories (it must read back what it
 * spilled); that folder's name ends in a random part, and the settings and functions that would
 * tell it are refused to analysts ({@code vn.cchc.query.sql.ServerInternals}), so a query cannot
 * name it.
 *
 * @param spillDirectory where queries larger than {@code memoryLimit} spill; {@code null} means
 *     {@code WAREHOUSE/tmp/sql-spill} ({@link #DEFAULT_SPILL_DIRECTORY})
 * @param maxSpillSize how much one open catalog may write there; a query that needs more is refused
 */
public record Sandbox(String memoryLimit, int threads, Path spillDirectory, String maxSpillSize) {
  public static final String DEFAULT_MEMORY_LIMIT = "1GB";
  public static final int DEFAULT_THREADS = 2;
  public static final String DEFAULT_MAX_SPILL_SIZE = "1GB";

  /** Resolved against the warehouse. */
  public static final Path DEFAULT_SPILL_DIRECTORY = Path.of("tmp", "sql-spill");

  private static final String SIZE = "\\d+(\\.\\d+)?\\s*(KB|MB|GB|KiB|MiB|GiB)";
  private static final String SIZE_GROUPS = "(\\d+(?:\\.\\d+)?)\\s*(KB|MB|GB|KiB|MiB|GiB)";

  public static Sandbox defaults() {
    return new Sandbox(DEFAULT_MEMORY_LIMIT, DEFAULT_THREADS);
  }

  public Sandbox(String memoryLimit, int threads) {
    this(memoryLimit, threads, null, DEFAULT_MAX_SPILL_SIZE);
  }

  public Sandbox {
    if (!memoryLimit.matches(SIZE)) {
      throw new IllegalArgumentException("Cannot use memory limit: " + memoryLimit);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("Cannot use threads: " + threads);
    }
    if (!maxSpillSize.matches(SIZE)) {
      throw new IllegalArgumentException("Cannot use max spill size: " + maxSpillSize);
    }
    spillDirectory = spillDirectory == null ? null : spillDirectory.toAbsolutePath().normalize();
  }

  /** The directory under which each open catalog gets its own spill folder. */
  public Path spillRoot(Path warehouse) {
    return spillDirectory != null
        ? spillDirectory
        : warehouse.toAbsolutePath().normalize().resolve(DEFAULT_SPILL_DIRECTORY);
  }

  /**
   * {@link #memoryLimit} in bytes, as DuckDB reads it (KB, MB, GB are powers of 1000; KiB, MiB, GiB
   * of 1024).
   */
  public long memoryLimitBytes() {
    return bytes(memoryLimit);
  }

  static long bytes(String size) {
    Matcher m = Pattern.compile(SIZE_GROUPS).matcher(size);
    if (!m.matches()) {
      throw new IllegalArgumentException("Cannot read size: " + size);
    }
    double unit =
        switch (m.group(2)) {
          case "KB" -> 1e3;
          case "MB" -> 1e6;
          case "GB" -> 1e9;
          case "KiB" -> 1024d;
          case "MiB" -> 1024d * 1024;
          default -> 1024d * 1024 * 1024;
        };
    return (long) (Double.parseDouble(m.group(1)) * unit);
  }

  /**
   * Applies the settings; {@code readable} are the only directories a query may read (each with
   * everything under it), {@code spill} the folder it spills to.
   */
  void apply(Connection c, List<Path> readable, Path spill) throws SQLException {
    String dirs =
        readable.stream()
            .map(d -> literal(d.toAbsolutePath().normalize() + "/"))
            .collect(Collectors.joining(", "));
    for (String sql :
        List.of(
            "SET autoinstall_known_extensions = false",
            "SET autoload_known_extensions = false",
            // the spill directory is refused once external access is off, so it comes first
            "SET temp_directory = " + literal(spill.toString()),
            "SET max_temp_directory_size = " + literal(maxSpillSize),
            // the allowed directories (none for a self-contained catalog) before external access
            // goes off, or an older catalog's views over the release stop working
            "SET allowed_directories = [" + dirs + "]",
            "SET enable_external_access = false",
            "SET memory_limit = " + literal(memoryLimit),
            "SET threads = " + threads,
            "SET lock_configuration = true")) {
      try (Statement st = c.createStatement()) {
        st.execute(sql);
      }
    }
  }

  static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
