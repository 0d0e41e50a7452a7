package vn.cchc.ingestion.commit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The record of a snapshot: every batch that ever committed (with each input file's SHA-256 and
 * counts) and, per table and partition, the batch that supplied the current file. It is written
 * inside the snapshot, so it becomes visible exactly when the snapshot does.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Manifest(
    String snapshot, String previous, List<Batch> batches, Map<String, TableState> tables) {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(SerializationFeature.INDENT_OUTPUT)
          .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Key of the single "partition" of an unpartitioned table. */
  public static final String WHOLE_TABLE = "*";

  /** One committed ingest run. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Batch(
      String batchId,
      String committedAt,
      String onError,
      List<FileEntry> files,
      Map<String, Change> changes) {}

  /** One input file or sheet of a batch. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
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
    return JSON.readValue(file.toFile(), Manifest.class);
  }

  public void write(Path file) throws IOException {
    Files.writeString(file, JSON.writeValueAsString(this) + "\n");
  }
}
