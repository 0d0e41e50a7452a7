package vn.cchc.transforms.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.AtomicFiles;
import vn.cchc.model.warehouse.WarehouseLayout;

/**
 * Publishes marts as a release: written under {@code releases/<id>.tmp-…}, renamed to {@code
 * releases/<id>}, catalog rebuilt and swapped, then {@code releases/CURRENT} flipped. Until the
 * flip every reader sees the previous release; a failure at any step leaves it served.
 */
public final class ReleasePublisher {
  private static final DateTimeFormatter ID_FORMAT =
      DateTimeFormatter.ofPattern("'r'yyyyMMdd'T'HHmmss'Z'");
  private static final SecureRandom RANDOM = new SecureRandom();
  static final String TMP_MARKER = ".tmp-";

  private final WarehouseLayout layout;
  private final Clock clock;

  public ReleasePublisher(WarehouseLayout layout, Clock clock) {
    this.layout = layout;
    this.clock = clock;
  }

  public ReleaseInfo publish(
      String snapshotId, LocalDate asOf, Map<TableSchema, Dataset<Row>> marts, int keep) {
    String id = newReleaseId();
    Path tmp = layout.releasesDir().resolve(id + TMP_MARKER + UUID.randomUUID());
    try {
      return publish(id, tmp, snapshotId, asOf, marts, keep);
    } catch (Exception e) { // Spark throws checked SparkException undeclared; rethrown as is
      // a release that is not current yet is removed at once: on a full disk its space is needed
      if (!layout.currentReleaseId().equals(Optional.of(id))) {
        try {
          for (Path dir : List.of(tmp, layout.releaseDir(id))) {
            if (Files.exists(dir)) {
              deleteTree(dir);
            }
          }
        } catch (UncheckedIOException notRemoved) {
          e.addSuppressed(notRemoved); // the next run removes it
        }
      }
      throw e;
    }
  }

  private ReleaseInfo publish(
      String id,
      Path tmp,
      String snapshotId,
      LocalDate asOf,
      Map<TableSchema, Dataset<Row>> marts,
      int keep) {
    Map<String, Long> counts = new LinkedHashMap<>();
    for (var e : marts.entrySet()) {
      String dir = tmp.resolve(e.getKey().name()).toString();
      sortedForWrite(e.getValue()).write().mode(SaveMode.ErrorIfExists).parquet(dir);
      counts.put(e.getKey().name(), e.getValue().sparkSession().read().parquet(dir).count());
    }
    ReleaseInfo info = new ReleaseInfo(id, snapshotId, asOf, counts);
    try {
      AtomicFiles.writeString(tmp.resolve(ReleaseInfo.FILE_NAME), info.toJson());
      Files.move(tmp, layout.releaseDir(id), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException("Không thể xuất bản bản phát hành " + id, e);
    }
    DuckDbCatalog.build(layout, info, List.copyOf(marts.keySet()));
    try {
      AtomicFiles.flipPointer(layout.releasePointer(), id);
    } catch (IOException e) {
      throw new UncheckedIOException("Không thể chuyển con trỏ bản phát hành sang " + id, e);
    }
    prune(keep);
    return info;
  }

  /**
   * One file per mart, rows in a total order, so a rerun on the same inputs writes the same values.
   */
  static Dataset<Row> sortedForWrite(Dataset<Row> mart) {
    return mart.orderBy(
            Stream.of(mart.columns())
                .map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new))
        .coalesce(1);
  }

  /**
   * {@code r<yyyyMMdd>T<HHmmss>Z-<6 hex>}: the time first, so names sort by time (pruning relies on
   * it), then a random suffix, so two runs of the same second never pick the same id, whichever
   * process they run in.
   */
  String newReleaseId() {
    String base = ID_FORMAT.format(clock.instant().atZone(ZoneOffset.UTC)) + "-";
    String id;
    do {
      id = base + HexFormat.of().toHexDigits(RANDOM.nextInt()).substring(2);
    } while (Files.exists(layout.releaseDir(id)));
    return id;
  }

  /**
   * Keeps the newest {@code keep} releases (the current one always) and removes leftovers of failed
   * runs.
   */
  public void prune(int keep) {
    String current = layout.currentReleaseId().orElse("");
    List<Path> releases =
        releaseDirs().stream()
            .filter(p -> !isLeftover(p))
            .sorted(Comparator.comparing((Path p) -> p.getFileName().toString()).reversed())
            .toList();
    for (int i = keep; i < releases.size(); i++) {
      if (!releases.get(i).getFileName().toString().equals(current)) {
        deleteTree(releases.get(i));
      }
    }
    releaseDirs().stream()
        .filter(ReleasePublisher::isLeftover)
        .forEach(ReleasePublisher::deleteTree);
  }

  /**
   * Removes what runs that died left behind: {@code releases/<id>.tmp-…} directories and temp
   * catalogs in the warehouse root. Only under the {@link ReleaseLock}, before the run writes
   * anything of its own.
   *
   * @return what was removed
   */
  public List<Path> removeLeftovers() {
    List<Path> removed =
        new ArrayList<>(releaseDirs().stream().filter(ReleasePublisher::isLeftover).toList());
    removed.forEach(ReleasePublisher::deleteTree);
    removed.addAll(DuckDbCatalog.removeLeftovers(layout));
    return removed;
  }

  /** Every directory under {@code releases/}, published or being written, sorted by name. */
  private List<Path> releaseDirs() {
    Path dir = layout.releasesDir();
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.filter(Files::isDirectory).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Không thể liệt kê các bản phát hành trong " + dir, e);
    }
  }

  private static boolean isLeftover(Path releaseDir) {
    return releaseDir.getFileName().toString().contains(TMP_MARKER);
  }

  public List<String> releaseIds() {
    return releaseDirs().stream()
        .filter(p -> !isLeftover(p))
        .map(p -> p.getFileName().toString())
        .toList();
  }

  public static void deleteTree(Path root) {
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Không thể xóa " + root, e);
    }
  }
}
