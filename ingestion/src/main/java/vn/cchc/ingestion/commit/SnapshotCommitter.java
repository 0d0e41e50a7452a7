package vn.cchc.ingestion.commit;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.AtomicFiles;
import vn.cchc.model.warehouse.DiskFull;
import vn.cchc.model.warehouse.WarehouseLayout;

/**
 * Turns a staged batch into the next snapshot. The snapshot is assembled in a hidden directory,
 * with unchanged partition files hard-linked from the current snapshot and changed ones rewritten;
 * only when it is complete is it renamed into place and the {@code CURRENT} pointer flipped. A
 * crash at any earlier point leaves the current snapshot as it was; the hidden directory is removed
 * by the next run.
 */
public final class SnapshotCommitter {
  public static final String TMP_PREFIX = ".tmp-";
  private final WarehouseLayout layout;

  public SnapshotCommitter(WarehouseLayout layout) {
    this.layout = layout;
  }

  /**
   * Commits and returns the new snapshot's id. A full disk before the {@code CURRENT} pointer flips
   * is reported as such (the warehouse keeps its current snapshot) and the half-written snapshot is
   * removed at once, so that its space is free again.
   */
  public String commit(
      Staging staging, Manifest previous, Manifest.Batch batch, Map<TableSchema, Long> changed)
      throws IOException, SQLException {
    Optional<Path> current = layout.currentSnapshotDir();
    Path tmp = layout.snapshotsDir().resolve(TMP_PREFIX + batch.batchId());
    try {
      return commit(staging, previous, batch, changed, current, tmp);
    } catch (IOException | SQLException | RuntimeException e) {
      if (!layout.currentSnapshotDir().equals(current)) {
        throw e;
      }
      try {
        deleteTree(tmp);
      } catch (IOException notRemoved) {
        e.addSuppressed(notRemoved); // the next run removes it
      }
      Optional<DiskFull> full = DiskFull.in(e);
      if (full.isPresent()) {
        throw full.get().exception("Không thể nạp", layout.root(), Staging.unchanged(current), e);
      }
      throw e;
    }
  }

  private String commit(
      Staging staging,
      Manifest previous,
      Manifest.Batch batch,
      Map<TableSchema, Long> changed,
      Optional<Path> current,
      Path tmp)
      throws IOException, SQLException {
    String id = nextId();
    Files.createDirectories(tmp);
    Map<String, Manifest.TableState> tables = new TreeMap<>();
    for (TableSchema t : InputTables.ALL) {
      Path source = current.map(c -> WarehouseLayout.tableDir(c, t)).orElse(null);
      Path target = WarehouseLayout.tableDir(tmp, t);
      Manifest.TableState before = previous.tables().get(t.name());
      long changes = changed.getOrDefault(t, 0L);
      if (changes > 0) {
        tables.put(t.name(), write(staging, t, source, target, before, batch.batchId()));
      } else if (source != null && Files.isDirectory(source) && before != null) {
        linkTree(source, target);
        tables.put(t.name(), before);
      }
    }
    List<Manifest.Batch> batches = new ArrayList<>(previous.batches());
    batches.add(batch);
    new Manifest(id, previous.snapshot(), batches, tables)
        .write(tmp.resolve(WarehouseLayout.MANIFEST));
    Path finalDir = layout.snapshotDir(id);
    Files.move(tmp, finalDir, StandardCopyOption.ATOMIC_MOVE);
    forceDirectory(layout.snapshotsDir());
    AtomicFiles.flipPointer(layout.snapshotPointer(), id);
    forceDirectory(layout.ingestDir());
    return id;
  }

  private Manifest.TableState write(
      Staging staging,
      TableSchema t,
      Path source,
      Path target,
      Manifest.TableState before,
      String batchId)
      throws IOException, SQLException {
    Map<String, Manifest.PartitionState> partitions = new TreeMap<>();
    long rows = 0;
    if (!t.partitioned()) {
      rows = staging.writeParquet(t, null, target.resolve(WarehouseLayout.PART_FILE));
      partitions.put(Manifest.WHOLE_TABLE, new Manifest.PartitionState(rows, batchId));
      return new Manifest.TableState(rows, partitions);
    }
    String column = t.partitionColumn().orElseThrow();
    Set<Integer> changedParts = new HashSet<>(staging.changedPartitions(t));
    List<Integer> all =
        staging.query(
            "SELECT DISTINCT \"" + column + "\" FROM " + Staging.next(t) + " ORDER BY 1",
            rs -> rs.getInt(1));
    for (int value : all) {
      String dirName = column + "=" + value;
      Path oldFile =
          source == null ? null : source.resolve(dirName).resolve(WarehouseLayout.PART_FILE);
      Path newFile = target.resolve(dirName).resolve(WarehouseLayout.PART_FILE);
      Manifest.PartitionState kept =
          before == null ? null : before.partitions().get(String.valueOf(value));
      if (!changedParts.contains(value)
          && oldFile != null
          && Files.isRegularFile(oldFile)
          && kept != null) {
        Files.createDirectories(newFile.getParent());
        link(oldFile, newFile);
        partitions.put(String.valueOf(value), kept);
        rows += kept.rows();
      } else {
        long n = staging.writeParquet(t, value, newFile);
        partitions.put(String.valueOf(value), new Manifest.PartitionState(n, batchId));
        rows += n;
      }
    }
    return new Manifest.TableState(rows, partitions);
  }

  private static void linkTree(Path source, Path target) throws IOException {
    try (Stream<Path> walk = Files.walk(source)) {
      for (Path p : (Iterable<Path>) walk::iterator) {
        Path dst = target.resolve(source.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dst);
        } else {
          link(p, dst);
        }
      }
    }
  }

  /**
   * Hard-links an immutable file into the new snapshot; copies where the file system cannot link.
   */
  private static void link(Path existing, Path link) throws IOException {
    try {
      Files.createLink(link, existing);
    } catch (FileAlreadyExistsException e) {
      throw e;
    } catch (IOException | UnsupportedOperationException e) {
      Files.copy(existing, link, StandardCopyOption.COPY_ATTRIBUTES);
    }
  }

  private String nextId() throws IOException {
    int max = 0;
    for (String id : snapshotIds()) {
      max = Math.max(max, Integer.parseInt(id.substring(1)));
    }
    return String.format("s%06d", max + 1);
  }

  /** Committed snapshot ids, oldest first. */
  public List<String> snapshotIds() throws IOException {
    if (!Files.isDirectory(layout.snapshotsDir())) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(layout.snapshotsDir())) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("s\\d{6}"))
          .sorted()
          .toList();
    }
  }

  /** Removes what a crashed run left: hidden snapshot directories and scratch databases. */
  public void removeLeftovers() throws IOException {
    if (Files.isDirectory(layout.snapshotsDir())) {
      try (Stream<Path> list = Files.list(layout.snapshotsDir())) {
        for (Path p :
            list.filter(p -> p.getFileName().toString().startsWith(TMP_PREFIX)).toList()) {
          deleteTree(p);
        }
      }
    }
    if (Files.isDirectory(layout.tmpDir())) {
      try (Stream<Path> list = Files.list(layout.tmpDir())) {
        for (Path p : list.filter(p -> p.getFileName().toString().startsWith("b")).toList()) {
          deleteTree(p);
        }
      }
    }
  }

  /**
   * Keeps the newest {@code keep} snapshots, the current one, and every snapshot a published
   * release reads.
   */
  public void prune(int keep) throws IOException {
    if (!Files.exists(layout.releaseLock())) {
      pruneUnlocked(keep);
      return;
    }
    // a running transform reads a snapshot no release names yet: while it runs, nothing is pruned
    try (FileChannel channel = FileChannel.open(layout.releaseLock(), StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      if (lock != null) {
        pruneUnlocked(keep);
      }
    } catch (OverlappingFileLockException e) {
      // this very process runs the transform: leave the snapshots as they are
    }
  }

  private void pruneUnlocked(int keep) throws IOException {
    List<String> ids = snapshotIds();
    Optional<String> current = layout.currentSnapshotId();
    Set<String> released = layout.snapshotsReadByReleases();
    for (int i = 0; i < ids.size() - keep; i++) {
      if (!current.map(ids.get(i)::equals).orElse(false) && !released.contains(ids.get(i))) {
        deleteTree(layout.snapshotDir(ids.get(i)));
      }
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }

  private static void forceDirectory(Path dir) {
    try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
      ch.force(true);
    } catch (IOException e) {
      // not every file system lets a directory be synced; the rename is still atomic
    }
  }
}
