package vn.cchc.ingestion.commit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The record of a snapshot: every batch that ever committed (with each input file's SHA-256 and
 * counts) and, per table and partition, the batch that supplied the current file. It is written
 * inside the snapshot, so it becomes visible exactly when the snapshot does.
 */
public record Manifest(
    String snapshot, String previous, List<Batch> batches, Map<String, TableState> tables) {
  /** Key of the single "partition" of an unpartitioned table. */
  public static final String WHOLE_TABLE = "*";

  /** One committed ingest run. */
  public record Batch(
      String batchId,
      String committedAt,
      String onError,
      List<FileEntry> files,
      Map<String, Change> changes) {}

  /** One input file or sheet of a batch. */
  public record FileEntry(
      String file,
      String sheet,
      String table,
      String sha256,
      long read,
      long accepted,
      long rejected,
      String status,
      String reason) {}

  /** What a batch changed in a table: rows new or different, and the partitions rewritten. */
  public record Change(long changedRows, List<String> partitions) {}

  /** A table in the snapshot. */
  public record TableState(long rows, Map<String, PartitionState> partitions) {}

  /** A partition file and the batch that wrote it. */
  public record PartitionState(long rows, String batchId) {}

  public static Manifest empty() {
    return new Manifest(null, null, List.of(), new TreeMap<>());
  }

  public static Manifest read(Path file) throws IOException {
    return ManifestJson.read(file);
  }

  public void write(Path file) throws IOException {
    ManifestJson.write(this, file);
  }
}
