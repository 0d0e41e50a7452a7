package vn.cchc.ingestion;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import vn.cchc.ingestion.commit.Manifest;
import vn.cchc.ingestion.commit.SnapshotCommitter;
import vn.cchc.ingestion.commit.Staging;
import vn.cchc.ingestion.source.CsvSource;
import vn.cchc.ingestion.source.FileRefusedException;
import vn.cchc.ingestion.source.Progress;
import vn.cchc.ingestion.source.SourceDiscovery;
import vn.cchc.ingestion.source.SourceFile;
import vn.cchc.ingestion.source.XlsxSource;
import vn.cchc.ingestion.validate.Consistency;
import vn.cchc.ingestion.validate.HeaderMap;
import vn.cchc.ingestion.validate.Orphans;
import vn.cchc.ingestion.validate.ReferenceData;
import vn.cchc.ingestion.validate.ReferenceLoader;
import vn.cchc.ingestion.validate.Reject;
import vn.cchc.ingestion.validate.RejectRule;
import vn.cchc.ingestion.validate.SurveyCoverage;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.WarehouseLayout;

/**
 * One ingest batch: discover the sources, stream every row through typing and validation into the
 * staging database, apply cross-row rules, then commit a new snapshot if anything changed. Tables
 * load in dependency order, so a batch may carry units and the scores that name them.
 */
public final class Ingestion {
  /** Tables whose content other tables are checked against. */
  private static final Set<TableSchema> REFERENCE_TABLES =
      Set.of(
          InputTables.METHODOLOGY_VERSIONS,
          InputTables.CRITERIA,
          InputTables.BANDS,
          InputTables.UNITS,
          InputTables.UNIT_LINEAGE,
          InputTables.SURVEY_QUESTIONS,
          InputTables.INSPECTIONS);

  private final IngestOptions options;
  private final WarehouseLayout layout;

  /**
   * What a batch did.
   *
   * @param snapshotId the new snapshot, or empty when nothing changed (or everything was refused)
   * @param rejectsFile the reject file, when anything was rejected
   * @param orphans rows already in the warehouse whose unit no longer resolves after this batch's
   *     registry change, one Vietnamese message per table and year; and SURVEY sub-criteria of a
   *     year with scores left without questions or answers, one per year, bloc and kind of gap
   *     ({@link SurveyCoverage}): each makes the batch exit 3
   * @param warehouseRows rows per table in the warehouse after the batch
   */
  public record Result(
      String batchId,
      Optional<String> snapshotId,
      List<Manifest.FileEntry> files,
      Map<String, Long> changedRows,
      List<Reject> rejects,
      Optional<Path> rejectsFile,
      List<String> warnings,
      List<String> orphans,
      Map<String, Long> warehouseRows) {
    public boolean clean() {
      return rejects.isEmpty() && orphans.isEmpty();
    }

    /**
     * No row of any file was taken (every file refused, or every row rejected): nothing was
     * committed and the warehouse is as it was.
     */
    public boolean nothingTaken() {
      return snapshotId.isEmpty()
          && !rejects.isEmpty()
          && files.stream().mapToLong(Manifest.FileEntry::accepted).sum() == 0;
    }
  }

  public Ingestion(IngestOptions options) {
    this.options = options;
    this.layout = new WarehouseLayout(options.warehouse());
  }

  public Result run() {
    try {
      Files.createDirectories(layout.ingestDir());
      try (FileChannel lockChannel =
              FileChannel.open(
                  layout.ingestDir().resolve(".lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock lock = lockChannel.tryLock()) {
        if (lock == null) {
          throw new CchcException(
              ErrorCode.INVALID_ARGUMENT,
              "Không thể nạp: một lượt nạp khác đang chạy trên kho " + layout.root());
        }
        return runLocked();
      }
    } catch (IOException e) {
      throw new CchcException(
          ErrorCode.IO_ERROR,
          "Không thể ghi kho dữ liệu " + layout.root() + ": " + e.getMessage(),
          e);
    } catch (SQLException e) {
      throw new CchcException(
          ErrorCode.INTERNAL_ERROR,
          "Không thể nạp: lỗi ở cơ sở dữ liệu tạm của lượt nạp: " + e.getMessage(),
          e);
    }
  }

  private Result runLocked() throws IOException, SQLException {
    SnapshotCommitter committer = new SnapshotCommitter(layout);
    committer.removeLeftovers();
    String batchId = newBatchId();
    Optional<Path> current = layout.currentSnapshotDir();
    Manifest previous =
        current.isPresent()
            ? Manifest.read(current.get().resolve(WarehouseLayout.MANIFEST))
            : Manifest.empty();
    SourceDiscovery.Found found = SourceDiscovery.discover(options.inputs());
    List<Reject> rejects = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    List<String> orphans = new ArrayList<>();
    List<Manifest.FileEntry> files = new ArrayList<>();
    for (Path unknown : found.unknownFiles()) {
      String reason =
          "Tên tệp/trang tính không cho biết bảng nào (cần một trong: "
              + String.join(", ", InputTables.ALL.stream().map(TableSchema::name).toList())
              + ")";
      rejects.add(
          Reject.in(unknown)
              .value(unknown.getFileName().toString())
              .because(RejectRule.UNKNOWN_TABLE, reason));
      files.add(
          new Manifest.FileEntry(
              unknown.toString(), null, null, sha256(unknown), 0, 0, 0, "REFUSED", reason));
    }
    for (String sheet : found.skippedSheets()) {
      warnings.add("Bỏ qua trang tính " + sheet + ": tên trang tính không phải tên bảng");
    }
    warnings.addAll(found.skippedFiles());
    Map<TableSchema, Long> changed = new LinkedHashMap<>();
    Optional<String> snapshotId = Optional.empty();
    try (Staging staging = new Staging(layout.tmpDir(), batchId, current)) {
      staging.prepareAll(InputTables.ALL);
      ReferenceData refs = ReferenceLoader.load(staging);
      int fileSeq = 0;
      for (TableSchema t : InputTables.ALL) {
        Map<String, Loaded> loaded = new LinkedHashMap<>();
        for (SourceFile source : found.sources()) {
          if (source.table() == t) {
            Loaded l = load(source, ++fileSeq, staging, refs, rejects, warnings);
            loaded.put(source.label(), l);
          }
        }
        if (loaded.isEmpty()) {
          continue;
        }
        // one file cannot override itself: its repeated keys were rejected as duplicates
        for (Staging.KeyOverride o :
            loaded.size() > 1 ? staging.crossFileOverrides(t) : List.<Staging.KeyOverride>of()) {
          warnings.add(
              o.laterFile()
                  + " thay cho "
                  + o.earlierFile()
                  + " ở "
                  + String.format("%,d", o.rows())
                  + " dòng có cùng khóa ("
                  + String.join(", ", t.key())
                  + "), ví dụ "
                  + o.exampleKey()
                  + ": trong một lượt nạp, tệp nạp sau (theo tên) được giữ");
        }
        long n = staging.computeChanges(t);
        if (applyConsistency(staging, t, batchId, loaded, rejects)) {
          n = staging.computeChanges(t);
        }
        changed.put(t, n);
        for (Loaded l : loaded.values()) {
          files.add(l.entry(staging));
        }
        if (n > 0 && REFERENCE_TABLES.contains(t)) {
          refs = ReferenceLoader.load(staging);
        }
      }
      for (SourceFile broken : found.sources()) {
        if (broken.table() == null) {
          files.add(refusedBroken(broken, rejects));
        }
      }
      if (changed.getOrDefault(InputTables.UNITS, 0L) > 0) {
        Orphans.find(staging).forEach(o -> orphans.add(o.messageVi()));
        orphans.addAll(Orphans.brokenRegistry(staging, batchId));
      }
      if (SurveyCoverage.TABLES.stream().anyMatch(t -> changed.getOrDefault(t, 0L) > 0)) {
        orphans.addAll(SurveyCoverage.find(staging));
      }
      boolean anyChange = changed.values().stream().anyMatch(n -> n > 0);
      if (anyChange) {
        Map<String, Manifest.Change> changes = new TreeMap<>();
        for (Map.Entry<TableSchema, Long> e : changed.entrySet()) {
          if (e.getValue() > 0) {
            List<String> parts =
                e.getKey().partitioned()
                    ? staging.changedPartitions(e.getKey()).stream().map(String::valueOf).toList()
                    : List.of(Manifest.WHOLE_TABLE);
            changes.put(e.getKey().name(), new Manifest.Change(e.getValue(), parts));
          }
        }
        Manifest.Batch batch =
            new Manifest.Batch(
                batchId, Instant.now().toString(), options.onError().name(), files, changes);
        snapshotId = Optional.of(committer.commit(staging, previous, batch, changed));
        committer.prune(options.keepSnapshots());
      }
    }
    Optional<Path> rejectsFile =
        rejects.isEmpty()
            ? Optional.empty()
            : Optional.of(RejectsWriter.write(layout.rejectsDir(batchId), rejects));
    Map<String, Long> changedRows = new LinkedHashMap<>();
    changed.forEach((t, n) -> changedRows.put(t.name(), n));
    Manifest now =
        snapshotId.isPresent()
            ? Manifest.read(layout.snapshotDir(snapshotId.get()).resolve(WarehouseLayout.MANIFEST))
            : previous;
    Map<String, Long> warehouseRows = new LinkedHashMap<>();
    for (TableSchema t : InputTables.ALL) {
      Manifest.TableState state = now.tables().get(t.name());
      warehouseRows.put(t.name(), state == null ? 0 : state.rows());
    }
    return new Result(
        batchId,
        snapshotId,
        files,
        changedRows,
        rejects,
        rejectsFile,
        warnings,
        orphans,
        warehouseRows);
  }

  /** A staged source: its counts so far, and what the cross-row rules need to blame its rows. */
  private static final class Loaded {
    final SourceFile source;
    final int fileSeq;

    /** Computed beside the reading, on another core: hashing is a pass over the file of its own. */
    final CompletableFuture<String> sha256;

    long read;
    long rowRejected;
    boolean refused;
    String reason;
    HeaderMap headers;

    Loaded(SourceFile source, int fileSeq, CompletableFuture<String> sha256) {
      this.source = source;
      this.fileSeq = fileSeq;
      this.sha256 = sha256;
    }

    void refuse(Staging staging, String why) throws SQLException {
      staging.removeFile(source.table(), fileSeq);
      refused = true;
      reason = why;
    }

    Manifest.FileEntry entry(Staging staging) throws IOException, SQLException {
      long accepted = refused ? 0 : staging.stagedRows(source.table(), fileSeq);
      return new Manifest.FileEntry(
          source.path().toString(),
          source.sheet(),
          source.table().name(),
          hashed(sha256),
          read,
          accepted,
          read - accepted,
          refused ? "REFUSED" : (read == accepted ? "OK" : "PARTIAL"),
          reason);
    }
  }

  private Loaded load(
      SourceFile source,
      int fileSeq,
      Staging staging,
      ReferenceData refs,
      List<Reject> rejects,
      List<String> warnings)
      throws IOException, SQLException {
    Loaded l = new Loaded(source, fileSeq, hashing(source.path()));
    List<Reject> own = new ArrayList<>();
    FileLoader loader = null;
    try (Staging.Appender appender = staging.appender(source.table(), fileSeq, source.label())) {
      loader = new FileLoader(source, refs, appender, own);
      Progress progress = Progress.forFile(source.label(), Files.size(source.path()));
      try {
        if (source.xlsx()) {
          new XlsxSource(source.path()).read(source.sheet(), loader, progress);
        } else {
          new CsvSource(source.path(), options.encoding()).read(loader, progress);
        }
      } finally {
        progress.done();
      }
    } catch (FileRefusedException e) {
      l.read = loader == null ? 0 : loader.read();
      l.headers = null;
      rejects.addAll(own);
      refuse(l, staging, rejects, Reject.refusal(source, e));
      return l;
    }
    l.read = loader.read();
    l.rowRejected = loader.rejectedRows();
    l.headers = loader.headers();
    for (String ignored : loader.headers().ignored()) {
      warnings.add(
          source.label()
              + ": bỏ qua cột không thuộc bảng "
              + source.table().name()
              + ": '"
              + ignored
              + "'");
    }
    for (Staging.Duplicate d : staging.removeDuplicates(source.table(), fileSeq)) {
      String key = String.join(", ", source.table().key());
      own.add(
          Reject.in(source)
              .line(d.row())
              .cell(key, d.key())
              .because(
                  RejectRule.DUPLICATE_KEY, "Trùng khóa (" + key + ") với dòng " + d.firstRow()));
      l.rowRejected++;
    }
    rejects.addAll(own);
    if (l.read == 0) {
      refuse(
          l,
          staging,
          rejects,
          Reject.in(source)
              .line(1)
              .because(
                  RejectRule.HEADER_ONLY, "Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào"));
    } else if (l.rowRejected > 0 && options.onError() == IngestOptions.OnError.FAIL_FILE) {
      failFile(l, staging, rejects);
    }
    return l;
  }

  private void failFile(Loaded l, Staging staging, List<Reject> rejects) throws SQLException {
    if (l.refused) {
      return;
    }
    refuse(
        l,
        staging,
        rejects,
        Reject.in(l.source)
            .because(
                RejectRule.FILE_REFUSED,
                "Tệp bị từ chối toàn bộ vì có dòng lỗi (--on-error fail-file); không dòng nào được nạp"));
  }

  /** Records the refusal of a whole source and takes its staged rows out of the batch. */
  private static void refuse(Loaded l, Staging staging, List<Reject> rejects, Reject refusal)
      throws SQLException {
    rejects.add(refusal);
    l.refuse(staging, refusal.message());
  }

  /** Rejects the rows that break a cross-row rule; whether any row left the staging table. */
  private boolean applyConsistency(
      Staging staging,
      TableSchema t,
      String batchId,
      Map<String, Loaded> loaded,
      List<Reject> rejects)
      throws SQLException {
    List<Consistency.Breach> breaches = Consistency.check(staging, t, batchId);
    Map<Loaded, List<Long>> rows = new LinkedHashMap<>();
    for (Consistency.Breach b : breaches) {
      Loaded l = loaded.get(b.sourceFile());
      if (l == null || l.refused) {
        continue;
      }
      int index = t.columns().indexOf(t.column(b.column()));
      rejects.add(
          Reject.in(l.source)
              .line(b.sourceRow())
              .cell(l.headers == null ? b.column() : l.headers.header(index, t), b.rawValue())
              .because(RejectRule.CONSISTENCY, b.message()));
      rows.computeIfAbsent(l, k -> new ArrayList<>()).add(b.sourceRow());
    }
    for (Map.Entry<Loaded, List<Long>> e : rows.entrySet()) {
      Loaded l = e.getKey();
      List<Long> distinct = e.getValue().stream().distinct().toList();
      staging.removeRows(t, l.fileSeq, distinct);
      l.rowRejected += distinct.size();
      if (options.onError() == IngestOptions.OnError.FAIL_FILE) {
        failFile(l, staging, rejects);
      }
    }
    return !rows.isEmpty();
  }

  private Manifest.FileEntry refusedBroken(SourceFile source, List<Reject> rejects)
      throws IOException {
    String why = "Tệp Excel bị hỏng hoặc không phải định dạng .xlsx";
    rejects.add(Reject.in(source.path()).because(RejectRule.CORRUPT_FILE, why));
    return new Manifest.FileEntry(
        source.path().toString(), null, null, sha256(source.path()), 0, 0, 0, "REFUSED", why);
  }

  private static String newBatchId() {
    return "b"
        + DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC)
            .format(Instant.now())
        + "-"
        + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
  }

  /** Starts hashing {@code file} on a pool thread. */
  private static CompletableFuture<String> hashing(Path file) {
    return CompletableFuture.supplyAsync(
        () -> {
          try {
            return sha256(file);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
  }

  /** The hash {@link #hashing} computed, or the error it met. */
  private static String hashed(CompletableFuture<String> hash) throws IOException {
    try {
      return hash.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw e;
    }
  }

  static String sha256(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      for (int n; (n = in.read(buffer)) > 0; ) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
