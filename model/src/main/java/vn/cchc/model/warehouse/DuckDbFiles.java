package vn.cchc.model.warehouse;

import java.nio.file.Path;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/**
 * How a DuckDB database file is opened over JDBC, whatever its path holds. The DuckDB JDBC driver
 * cuts its URL at every {@code ;} ({@code jdbc:duckdb:/kho;2025/x.duckdb} reads as the file {@code
 * /kho} with a property {@code 2025/x.duckdb}, refused as "Invalid URL entry") and trims it, with
 * no escape, so a warehouse path does not go into a URL: a connection opens the in-memory database
 * ({@link #IN_MEMORY_URL}) and first runs {@link #attach} (or {@link #attachReadOnly}), which
 * attaches the file through a quoted SQL literal as the connection's default database {@value
 * #ALIAS}.
 *
 * <p>A connection that cannot run {@code ATTACH} (a sandbox that disables external access once
 * opened) uses {@link #url}, which refuses a path the URL cannot carry.
 */
public final class DuckDbFiles {
  /** The URL of the in-memory database a file is attached to. */
  public static final String IN_MEMORY_URL = "jdbc:duckdb:";

  /**
   * The name of the attached file in SQL; its tables are found unqualified after {@link #attach}.
   */
  public static final String ALIAS = "db";

  private DuckDbFiles() {}

  /**
   * {@code ATTACH '<file>' AS db; USE db}: run first on a connection to {@link #IN_MEMORY_URL}; the
   * file is created if it does not exist.
   */
  public static String attach(Path file) {
    return "ATTACH " + literal(file) + " AS " + ALIAS + "; USE " + ALIAS;
  }

  /** As {@link #attach}, the file opened read-only. */
  public static String attachReadOnly(Path file) {
    return "ATTACH " + literal(file) + " AS " + ALIAS + " (READ_ONLY); USE " + ALIAS;
  }

  /**
   * The JDBC URL that opens {@code file} directly. Refused ({@link ErrorCode#INVALID_ARGUMENT},
   * naming the path) when the path holds a {@code ;}, which the driver cannot take.
   */
  public static String url(Path file) {
    String path = file.toAbsolutePath().normalize().toString();
    if (path.contains(";")) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Không thể mở tệp DuckDB "
              + path
              + ": đường dẫn có dấu ';', mà trình điều khiển JDBC của DuckDB dùng để ngăn cách các"
              + " thuộc tính; hãy dùng một thư mục không có dấu ';'");
    }
    return IN_MEMORY_URL + path;
  }

  /** The file's absolute path as a DuckDB string literal. */
  static String literal(Path file) {
    return "'" + file.toAbsolutePath().normalize().toString().replace("'", "''") + "'";
  }
}
