package vn.cchc.query.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The DuckDB settings every catalog connection runs under, API and ad-hoc SQL alike (shared/stack.md):
 * files readable only inside the warehouse, no extension loading, bounded memory and threads, and the
 * configuration locked so that a query cannot undo any of it. Settings belong to the database instance,
 * so every {@code duplicate()} of the connection inherits them.
 */
public record Sandbox(String memoryLimit, int threads) {
  public static final String DEFAULT_MEMORY_LIMIT = "1GB";
  public static final int DEFAULT_THREADS = 2;

  public static Sandbox defaults() {
    return new Sandbox(DEFAULT_MEMORY_LIMIT, DEFAULT_THREADS);
  }

  public Sandbox {
    if (!memoryLimit.matches("\\d+(\\.\\d+)?\\s*(KB|MB|GB|KiB|MiB|GiB)")) {
      throw new IllegalArgumentException("Cannot use memory limit: " + memoryLimit);
    }
    if (threads < 1) {
      throw new IllegalArgumentException("Cannot use threads: " + threads);
    }
  }

  void apply(Connection c, Path warehouse) throws SQLException {
    String dir = warehouse.toAbsolutePath().normalize() + "/";
    for (String sql : List.of(
        "SET autoinstall_known_extensions = false",
        "SET autoload_known_extensions = false",
        // the order matters: the allowed directory first, or the views over the release stop working
        "SET allowed_directories = [" + literal(dir) + "]",
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
