package vn.cchc.api.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import vn.cchc.query.sql.SqlAudit;

/**
 * The audit: who signed in (or failed to), who exported what, who ran which SQL. Sign-ins and
 * exports are JSON lines in their own file (default {@code WAREHOUSE/audit/audit.jsonl}); SQL keeps
 * its own log ({@link SqlAudit}, {@code sql-audit.jsonl} beside it), and reading merges the two, so
 * every query is written once. Appends are one write each, so concurrent writers (two servers, the
 * CLI) never interleave a line.
 */
public final class AuditLog {
  public static final String SIGN_IN = "sign-in";
  public static final String EXPORT = "export";
  public static final String SQL = "sql";
  public static final Set<String> KINDS = Set.of(SIGN_IN, EXPORT, SQL);

  /** One audited event; fields a kind does not have are left out. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Event(
      Instant at,
      String kind,
      String user,
      String outcome,
      String method,
      String remote,
      String path,
      String detail,
      Long rows,
      Long millis) {}

  static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final Path file;
  private final SqlAudit sql;

  public AuditLog(Path file, SqlAudit sql) {
    this.file = file.toAbsolutePath().normalize();
    this.sql = sql;
  }

  public Path file() {
    return file;
  }

  public synchronized void record(Event event) {
    try {
      SqlAudit.appendLine(file, JSON.writeValueAsString(event));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the audit " + file, e);
    }
  }

  /** What to read: kinds (empty: all), one user (null: all), from a time on, at most limit. */
  public record Filter(Set<String> kinds, String user, Instant since, int limit) {
    boolean accepts(Event e) {
      return (kinds.isEmpty() || kinds.contains(e.kind()))
          && (user == null || user.equals(e.user()))
          && (since == null || !e.at().isBefore(since));
    }
  }

  /** The events the filter accepts, newest first. */
  public synchronized List<Event> read(Filter filter) {
    List<Event> all = new ArrayList<>();
    if (Files.isRegularFile(file)) {
      try {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
          if (!line.isBlank()) {
            all.add(JSON.readValue(line, Event.class));
          }
        }
      } catch (IOException e) {
        throw new UncheckedIOException("Cannot read the audit " + file, e);
      }
    }
    if (filter.kinds().isEmpty() || filter.kinds().contains(SQL)) {
      for (SqlAudit.Entry q : sql.recent(Integer.MAX_VALUE)) {
        all.add(
            new Event(
                q.at(),
                SQL,
                q.user(),
                q.outcome(),
                q.source(),
                null,
                null,
                q.message() == null ? q.sql() : q.sql() + " — " + q.message(),
                q.rows(),
                q.millis()));
      }
    }
    return all.stream()
        .filter(filter::accepts)
        .sorted(Comparator.comparing(Event::at).reversed())
        .limit(filter.limit())
        .toList();
  }
}
