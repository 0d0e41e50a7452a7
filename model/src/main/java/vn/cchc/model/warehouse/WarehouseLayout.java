package vn.cchc.model.warehouse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import vn.cchc.model.schema.TableSchema;

/**
 * Where everything lives in a warehouse directory. Readers resolve a pointer file once and then
 * read only immutable directories, so a writer never changes what a reader is looking at.
 *
 * <pre>
 * WAREHOUSE/
 *   ingest/CURRENT                      id of the committed snapshot, e.g. s000004
 *   ingest/snapshots/s000004/
 *     _manifest.json                    every batch so far and what it supplied
 *     self_scores/year=2023/part-0.parquet
 *     units/part-0.parquet
 *   rejects/BATCH_ID/                   rejected rows of a batch, CSV
 *   releases/CURRENT                    id of the published release
 *   releases/RELEASE_ID/MART/...parquet
 *   catalog.duckdb                      DuckDB views over the current release
 *   tmp/                                scratch, safe to delete when nothing runs
 * </pre>
 */
public record WarehouseLayout(Path root) {
  public static final String POINTER = "CURRENT";
  public static final String MANIFEST = "_manifest.json";
  public static final String PART_FILE = "part-0.parquet";

  /** A release's description beside its marts; names the snapshot its {@code raw_} tables read. */
  public static final String RELEASE_INFO = "_release.json";

  private static final Pattern SNAPSHOT_ID =
      Pattern.compile("\"snapshot_id\"\\s*:\\s*\"([^\"]+)\"");

  public WarehouseLayout {
    root = root.toAbsolutePath().normalize();
  }

  public Path ingestDir() {
    return root.resolve("ingest");
  }

  public Path snapshotsDir() {
    return ingestDir().resolve("snapshots");
  }

  public Path snapshotPointer() {
    return ingestDir().resolve(POINTER);
  }

  public Path snapshotDir(String snapshotId) {
    return snapshotsDir().resolve(snapshotId);
  }

  /** The committed snapshot, if any batch was ever committed. */
  public Optional<String> currentSnapshotId() {
    return readPointer(snapshotPointer());
  }

  public Optional<Path> currentSnapshotDir() {
    return currentSnapshotId().map(this::snapshotDir);
  }

  /**
   * A table's directory in a snapshot (or release): holds {@code year=Y/part-0.parquet} or {@code
   * part-0.parquet}.
   */
  public static Path tableDir(Path snapshotDir, TableSchema table) {
    return snapshotDir.resolve(table.name());
  }

  public Path rejectsDir(String batchId) {
    return root.resolve("rejects").resolve(batchId);
  }

  public Path releasesDir() {
    return root.resolve("releases");
  }

  public Path releasePointer() {
    return releasesDir().resolve(POINTER);
  }

  /**
   * Held by the one transform that may run on the warehouse; ingest prunes nothing while it is
   * held.
   */
  public Path releaseLock() {
    return releasesDir().resolve(".lock");
  }

  public Path releaseDir(String releaseId) {
    return releasesDir().resolve(releaseId);
  }

  public Optional<String> currentReleaseId() {
    return readPointer(releasePointer());
  }

  /**
   * The snapshots that published releases read (their {@code raw_} views and provenance): pruning
   * an ingest snapshot must keep these, or a served release would lose its raw tables under it.
   */
  public Set<String> snapshotsReadByReleases() {
    Set<String> ids = new TreeSet<>();
    if (!Files.isDirectory(releasesDir())) {
      return ids;
    }
    try (Stream<Path> releases = Files.list(releasesDir())) {
      for (Path info :
          releases.map(r -> r.resolve(RELEASE_INFO)).filter(Files::isRegularFile).toList()) {
        Matcher m = SNAPSHOT_ID.matcher(Files.readString(info, StandardCharsets.UTF_8));
        if (m.find()) {
          ids.add(m.group(1));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Không thể đọc các bản phát hành trong " + releasesDir(), e);
    }
    return ids;
  }

  public Path catalogFile() {
    return root.resolve("catalog.duckdb");
  }

  public Path tmpDir() {
    return root.resolve("tmp");
  }

  private static Optional<String> readPointer(Path pointer) {
    if (!Files.isRegularFile(pointer)) {
      return Optional.empty();
    }
    try {
      String id = Files.readString(pointer, StandardCharsets.UTF_8).strip();
      return id.isEmpty() ? Optional.empty() : Optional.of(id);
    } catch (IOException e) {
      throw new UncheckedIOException("Không thể đọc tệp con trỏ " + pointer, e);
    }
  }
}
