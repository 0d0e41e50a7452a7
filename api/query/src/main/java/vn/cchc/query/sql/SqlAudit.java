package vn.cchc.query.sql;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit trail of ad-hoc SQL: one JSON line per query (who, when, the SQL, outcome, rows,
 * milliseconds), appended to a file that the API and the terminal command share.
 */
public final class SqlAudit {
  public static final String DEFAULT_FILE_NAME = "sql-audit.jsonl";

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final Path file;

  public SqlAudit(Path file) {
    this.file = file.toAbsolutePath().normalize();
  }

  /** The default place: {@code WAREHOUSE/audit/sql-audit.jsonl}. */
  public static SqlAudit inWarehouse(Path warehouse) {
    return new SqlAudit(warehouse.resolve("audit").resolve(DEFAULT_FILE_NAME));
  }

  public Path file() {
    return file;
  }

  /**
   * One audited query. {@code outcome} is OK, TRUNCATED or the refusal reason; rows is −1 when none
   * came back.
   */
  public record Entry(
      Instant at,
      String user,
      String source,
      String sql,
      String outcome,
      long rows,
      long millis,
      String message) {}

  public synchronized void record(Entry entry) {
    try {
      appendLine(file, JSON.writeValueAsString(entry));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write SQL audit " + file, e);
    }
  }

  /**
   * Appends one line to an audit file (its folder made when missing) in a single write, so that
   * concurrent writers — the server, the terminal command — never interleave a line. The server's
   * audit of sign-ins and exports writes the same way.
   */
  public static void appendLine(Path file, String line) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        line + "\n",
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND,
        StandardOpenOption.WRITE);
  }

  /** The last {@code limit} entries, newest first. */
  public synchronized List<Entry> recent(int limit) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      List<Entry> out = new ArrayList<>();
      for (int i = lines.size() - 1; i >= 0 && out.size() < limit; i--) {
        if (!lines.get(i).isBlank()) {
          out.add(JSON.readValue(lines.get(i), Entry.class));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read SQL audit " + file, e);
    }
  }
}
