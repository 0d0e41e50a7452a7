package vn.cchc.ingestion.commit;

import static vn.cchc.model.schema.DuckDbDdl.quote;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import vn.cchc.model.schema.Column;
import vn.cchc.model.schema.ColumnType;
import vn.cchc.model.schema.DuckDbDdl;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.DiskFull;
import vn.cchc.model.warehouse.DuckDbFiles;
import vn.cchc.model.warehouse.WarehouseLayout;

/**
 * The batch's scratch database: accepted rows wait here (on disk, so memory stays flat however
 * large the file), duplicates are found with SQL, and the warehouse's next state of each table is
 * computed as the current snapshot with this batch's rows laid over it by key.
 *
 * <p>For each table {@code t}: {@code stg_t} holds staged rows with their source row and file
 * sequence, and {@code stgv_t} shows them with their whole provenance (the batch, and the file from
 * {@code _files}: what is the same for every row of a file is stored once); {@code cur_t} the
 * committed rows; {@code chg_t} the staged rows that are new or differ from the committed ones (the
 * latest file wins within a batch); {@code new_t} the table as it will be after the commit.
 */
public final class Staging implements AutoCloseable {
  public static final String FILE_SEQ = "_file_seq";
  private static final String MEMORY_LIMIT = "256MB";

  /** The batch's files by sequence number: {@code _file_seq}, {@code source_file}. */
  private static final String FILES = quote("_files");

  /** The one provenance column that differs from row to row of a file. */
  private static final Column SOURCE_ROW =
      TableSchema.PROVENANCE.stream()
          .filter(c -> c.name().equals("source_row"))
          .findFirst()
          .orElseThrow();

  private final DuckDBConnection connection;
  private final String batchId;
  private final Path databaseFile;
  private final Path tmpDir;
  private final Optional<Path> currentSnapshot;

  public Staging(Path tmpDir, String batchId, Optional<Path> currentSnapshot) throws SQLException {
    try {
      Files.createDirectories(tmpDir);
    } catch (java.io.IOException e) {
      DiskFull.in(e)
          .ifPresent(
              full -> {
                throw full.exception("Không thể nạp", tmpDir, unchanged(currentSnapshot), e);
              });
      throw new SQLException("Không thể tạo thư mục tạm " + tmpDir, e);
    }
    this.batchId = batchId;
    this.databaseFile = tmpDir.resolve(batchId + ".duckdb");
    this.currentSnapshot = currentSnapshot;
    this.tmpDir = tmpDir;
    // the file is attached, not named in the URL: the driver cuts a URL at every ';'
    this.connection = (DuckDBConnection) DriverManager.getConnection(DuckDbFiles.IN_MEMORY_URL);
    try {
      execute(DuckDbFiles.attach(databaseFile));
      execute("SET memory_limit = '" + MEMORY_LIMIT + "'");
      execute(
          "SET temp_directory = '"
              + tmpDir.resolve(batchId + ".spill").toString().replace("'", "''")
              + "'");
      execute("SET preserve_insertion_order = true");
      execute("CREATE TABLE " + FILES + " (" + FILE_SEQ + " INTEGER, source_file VARCHAR)");
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
  }

  private static String stg(TableSchema t) {
    return quote("stg_" + t.name());
  }

  /** The staged rows of {@code t} with every warehouse column, and their file sequence. */
  private static String staged(TableSchema t) {
    return quote("stgv_" + t.name());
  }

  private static String cur(TableSchema t) {
    return quote("cur_" + t.name());
  }

  private static String chg(TableSchema t) {
    return quote("chg_" + t.name());
  }

  /** The view of a table's next state; also what the commit writes. */
  public static String next(TableSchema t) {
    return quote("new_" + t.name());
  }

  public void execute(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw unlessDiskFull(e);
    }
  }

  /** Runs a statement that reports how many rows it wrote, such as {@code COPY}, and returns it. */
  private long update(String sql) throws SQLException {
    try (Statement s = connection.createStatement()) {
      return s.executeUpdate(sql);
    } catch (SQLException e) {
      throw unlessDiskFull(e);
    }
  }

  public long count(String sql) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw unlessDiskFull(e);
    }
  }

  /**
   * {@code e} as it is, unless the disk under the batch's scratch database is full: then the user's
   * message (the batch commits nothing, so the warehouse keeps its current snapshot).
   */
  private SQLException unlessDiskFull(SQLException e) {
    Optional<DiskFull> full = DiskFull.in(e);
    if (full.isPresent()) {
      throw full.get().exception("Không thể nạp", tmpDir, unchanged(currentSnapshot), e);
    }
    return e;
  }

  /** What a batch that failed before its commit leaves: the warehouse's current snapshot. */
  static String unchanged(Optional<Path> currentSnapshot) {
    return currentSnapshot
        .map(s -> "kho vẫn ở phiên bản " + s.getFileName())
        .orElse("kho vẫn chưa có phiên bản nào");
  }

  /** Runs a query and maps each row. */
  public <T> List<T> query(String sql, RowMapper<T> mapper) throws SQLException {
    List<T> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(mapper.map(rs));
      }
    } catch (SQLException e) {
      throw unlessDiskFull(e);
    }
    return out;
  }

  /** Maps one result row. */
  public interface RowMapper<T> {
    T map(ResultSet rs) throws SQLException;
  }

  /**
   * Prepares every table of {@code tables} with its (empty) changes and its next state, in one
   * transaction: a commit of the scratch database writes and syncs its log, once instead of once
   * per statement.
   */
  public void prepareAll(List<TableSchema> tables) throws SQLException {
    execute("BEGIN TRANSACTION");
    try {
      for (TableSchema t : tables) {
        prepare(t);
        // nothing is staged yet: no change, and the next state is the committed one
        execute(DuckDbDdl.createTable("chg_" + t.name(), t.warehouseColumns()));
        createNext(t);
      }
      execute("COMMIT");
    } catch (SQLException | RuntimeException e) {
      rollbackQuietly(e);
      throw e;
    }
  }

  private void rollbackQuietly(Exception cause) {
    try (Statement s = connection.createStatement()) {
      s.execute("ROLLBACK");
    } catch (SQLException e) {
      cause.addSuppressed(e);
    }
  }

  /** Creates the staging table and the view over the committed rows of {@code t}. */
  public void prepare(TableSchema t) throws SQLException {
    List<Column> columns = new ArrayList<>(t.columns());
    columns.add(SOURCE_ROW);
    columns.add(Column.required(FILE_SEQ, ColumnType.INTEGER, "", ""));
    execute(DuckDbDdl.createTable("stg_" + t.name(), columns));
    execute(
        "CREATE VIEW "
            + staged(t)
            + " AS SELECT "
            + t.columns().stream()
                .map(c -> "s." + quote(c.name()))
                .collect(Collectors.joining(", "))
            + ", '"
            + batchId.replace("'", "''")
            + "' AS batch_id, f.source_file, s.source_row, s."
            + FILE_SEQ
            + " FROM "
            + stg(t)
            + " s JOIN "
            + FILES
            + " f ON f."
            + FILE_SEQ
            + " = s."
            + FILE_SEQ);
    Path dir = currentSnapshot.map(s -> WarehouseLayout.tableDir(s, t)).orElse(null);
    if (dir != null && Files.isDirectory(dir)) {
      String glob = t.partitioned() ? dir + "/*/*.parquet" : dir + "/*.parquet";
      execute(
          "CREATE VIEW "
              + cur(t)
              + " AS SELECT "
              + DuckDbDdl.castSelectList(t.warehouseColumns())
              + " FROM read_parquet('"
              + glob.replace("'", "''")
              + "', hive_partitioning = "
              + t.partitioned()
              + ")");
    } else {
      execute(DuckDbDdl.createTable("cur_" + t.name(), t.warehouseColumns()));
    }
  }

  /**
   * An appender to the staging table of {@code t}, in a transaction of its own until it is closed:
   * the appender hands DuckDB a chunk every 2,048 rows, and outside a transaction each chunk would
   * be a commit that writes and syncs the scratch database's log.
   */
  public Appender appender(TableSchema t, int fileSeq, String sourceFile) throws SQLException {
    execute("BEGIN TRANSACTION");
    try {
      execute(
          "INSERT INTO "
              + FILES
              + " VALUES ("
              + fileSeq
              + ", '"
              + sourceFile.replace("'", "''")
              + "')");
      return new Appender(
          connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "stg_" + t.name()),
          t,
          fileSeq,
          this);
    } catch (SQLException e) {
      rollbackQuietly(e);
      throw unlessDiskFull(e);
    } catch (RuntimeException e) {
      rollbackQuietly(e);
      throw e;
    }
  }

  /**
   * Appends typed rows of one file to the staging table: the declared columns and the source row
   * (the rest of the provenance is the same for every row of the file, see {@code stgv_t}).
   */
  public static final class Appender implements AutoCloseable {
    private final DuckDBAppender appender;
    private final ColumnType[] types;
    private final int fileSeq;
    private final Staging staging;

    Appender(DuckDBAppender appender, TableSchema table, int fileSeq, Staging staging) {
      this.appender = appender;
      this.types = table.columns().stream().map(Column::type).toArray(ColumnType[]::new);
      this.fileSeq = fileSeq;
      this.staging = staging;
    }

    public void append(Object[] values, long sourceRow) throws SQLException {
      try {
        appendRow(values, sourceRow);
      } catch (SQLException e) {
        throw staging.unlessDiskFull(e);
      }
    }

    private void appendRow(Object[] values, long sourceRow) throws SQLException {
      appender.beginRow();
      for (int i = 0; i < types.length; i++) {
        Object v = values[i];
        if (v == null) {
          appender.appendNull();
        } else {
          switch (types[i]) {
            case STRING -> appender.append((String) v);
            case INTEGER -> appender.append((int) (Integer) v);
            case LONG -> appender.append((long) (Long) v);
            case DOUBLE -> appender.append((double) (Double) v);
            case BOOLEAN -> appender.append((boolean) (Boolean) v);
            case DATE -> appender.append((LocalDate) v);
            case TIMESTAMP -> throw new IllegalStateException("Cannot stage a timestamp column");
          }
        }
      }
      appender.append((int) sourceRow);
      appender.append(fileSeq);
      appender.endRow();
    }

    /** Appends the rows still buffered and commits the appender's transaction. */
    @Override
    public void close() throws SQLException {
      try {
        appender.close();
        staging.execute("COMMIT");
      } catch (SQLException e) {
        staging.rollbackQuietly(e);
        throw staging.unlessDiskFull(e);
      } catch (RuntimeException e) {
        staging.rollbackQuietly(e);
        throw e;
      }
    }
  }

  private static String keyMatch(TableSchema t, String left, String right) {
    return t.key().stream()
        .map(k -> left + "." + quote(k) + " IS NOT DISTINCT FROM " + right + "." + quote(k))
        .collect(Collectors.joining(" AND "));
  }

  /** A later row of a file with the key of an earlier row of the same file. */
  public record Duplicate(long row, long firstRow, String key) {}

  /**
   * Finds rows of one file repeating a key seen earlier in that file, and removes them from
   * staging.
   */
  public List<Duplicate> removeDuplicates(TableSchema t, int fileSeq) throws SQLException {
    String keys = t.key().stream().map(k -> quote(k)).collect(Collectors.joining(", "));
    // most files repeat no key: a grouping tells so faster than ranking every row
    long repeated =
        count(
            "SELECT count(*) FROM (SELECT 1 FROM "
                + stg(t)
                + " WHERE "
                + FILE_SEQ
                + " = "
                + fileSeq
                + " GROUP BY "
                + keys
                + " HAVING count(*) > 1 LIMIT 1)");
    if (repeated == 0) {
      return List.of();
    }
    String keyText =
        t.key().stream()
            .map(k -> "coalesce(CAST(" + quote(k) + " AS VARCHAR), '')")
            .collect(Collectors.joining(" || ' | ' || "));
    String ranked =
        "SELECT source_row, "
            + keyText
            + " AS key_text, row_number() OVER (PARTITION BY "
            + keys
            + " ORDER BY source_row) AS rn, min(source_row) OVER (PARTITION BY "
            + keys
            + ") AS first_row FROM "
            + stg(t)
            + " WHERE "
            + FILE_SEQ
            + " = "
            + fileSeq;
    List<Duplicate> dups =
        query(
            "SELECT source_row, first_row, key_text FROM ("
                + ranked
                + ") WHERE rn > 1 ORDER BY source_row",
            rs -> new Duplicate(rs.getLong(1), rs.getLong(2), rs.getString(3)));
    if (!dups.isEmpty()) {
      execute(
          "DELETE FROM "
              + stg(t)
              + " WHERE "
              + FILE_SEQ
              + " = "
              + fileSeq
              + " AND source_row IN (SELECT source_row FROM ("
              + ranked
              + ") WHERE rn > 1)");
    }
    return dups;
  }

  /**
   * Rows of a later file of the batch that replace rows with the same key of an earlier file of the
   * batch.
   */
  public record KeyOverride(String earlierFile, String laterFile, long rows, String exampleKey) {}

  /**
   * Keys staged by more than one file of this batch: the last file (in load order) wins, and the
   * user is told.
   */
  public List<KeyOverride> crossFileOverrides(TableSchema t) throws SQLException {
    String keys = t.key().stream().map(k -> quote(k)).collect(Collectors.joining(", "));
    String keyText =
        t.key().stream()
            .map(k -> "coalesce(CAST(" + quote(k) + " AS VARCHAR), '')")
            .collect(Collectors.joining(" || ' | ' || "));
    String ranked =
        "SELECT source_file, "
            + FILE_SEQ
            + " AS seq, "
            + keyText
            + " AS key_text, lead(source_file) OVER"
            + " (PARTITION BY "
            + keys
            + " ORDER BY "
            + FILE_SEQ
            + ") AS later FROM "
            + staged(t);
    return query(
        "SELECT source_file, later, count(*), min(key_text), min(seq) FROM ("
            + ranked
            + ") WHERE later IS NOT NULL"
            + " GROUP BY source_file, later ORDER BY min(seq), later",
        rs -> new KeyOverride(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
  }

  public void removeRows(TableSchema t, int fileSeq, List<Long> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    execute(
        "DELETE FROM "
            + stg(t)
            + " WHERE "
            + FILE_SEQ
            + " = "
            + fileSeq
            + " AND source_row IN ("
            + rows.stream().map(String::valueOf).collect(Collectors.joining(","))
            + ")");
  }

  public void removeFile(TableSchema t, int fileSeq) throws SQLException {
    execute("DELETE FROM " + stg(t) + " WHERE " + FILE_SEQ + " = " + fileSeq);
  }

  public long stagedRows(TableSchema t, int fileSeq) throws SQLException {
    return count("SELECT count(*) FROM " + stg(t) + " WHERE " + FILE_SEQ + " = " + fileSeq);
  }

  /**
   * Computes {@code chg_t} (staged rows that change the warehouse) and {@code new_t} (the table
   * after commit). A staged row equal in every declared column to the committed row keeps the
   * committed row and its provenance, so loading the same data again changes nothing.
   */
  public long computeChanges(TableSchema t) throws SQLException {
    String keys = t.key().stream().map(k -> quote(k)).collect(Collectors.joining(", "));
    String columns =
        t.warehouseColumns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
    String sameValues =
        t.columns().stream()
            .map(c -> "c." + quote(c.name()) + " IS NOT DISTINCT FROM s." + quote(c.name()))
            .collect(Collectors.joining(" AND "));
    // the latest file wins a key; the rows of a single file have distinct keys already (its
    // repeated keys were rejected), so ranking them would keep every one
    boolean oneFile = count("SELECT count(DISTINCT " + FILE_SEQ + ") FROM " + stg(t)) <= 1;
    String latest =
        oneFile
            ? staged(t)
            : "(SELECT *, row_number() OVER (PARTITION BY "
                + keys
                + " ORDER BY "
                + FILE_SEQ
                + " DESC, source_row DESC) AS _rn FROM "
                + staged(t)
                + ")";
    execute("DROP VIEW IF EXISTS " + next(t));
    execute("DROP TABLE IF EXISTS " + chg(t));
    execute(
        "CREATE TABLE "
            + chg(t)
            + " AS SELECT "
            + columns
            + " FROM "
            + latest
            + " s WHERE "
            + (oneFile ? "" : "_rn = 1 AND ")
            + "NOT EXISTS (SELECT 1 FROM "
            + cur(t)
            + " c WHERE "
            + sameValues
            + ")");
    createNext(t);
    return count("SELECT count(*) FROM " + chg(t));
  }

  /** Creates the view of a table's next state: committed rows not changed, and the changes. */
  private void createNext(TableSchema t) throws SQLException {
    String columns =
        t.warehouseColumns().stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
    execute(
        "CREATE VIEW "
            + next(t)
            + " AS SELECT "
            + columns
            + " FROM "
            + cur(t)
            + " c WHERE NOT EXISTS (SELECT 1 FROM "
            + chg(t)
            + " s WHERE "
            + keyMatch(t, "c", "s")
            + ") UNION ALL SELECT "
            + columns
            + " FROM "
            + chg(t));
  }

  /** Partition values touched by the batch's changes of a partitioned table. */
  public List<Integer> changedPartitions(TableSchema t) throws SQLException {
    String p = quote(t.partitionColumn().orElseThrow());
    return query("SELECT DISTINCT " + p + " FROM " + chg(t) + " ORDER BY 1", rs -> rs.getInt(1));
  }

  /** Writes rows of {@code new_t} (optionally one partition) to a Parquet file, ordered by key. */
  public long writeParquet(TableSchema t, Integer partition, Path file) throws SQLException {
    try {
      Files.createDirectories(file.getParent());
    } catch (java.io.IOException e) {
      throw new SQLException("Không thể tạo thư mục " + file.getParent(), e);
    }
    String order = t.key().stream().map(k -> quote(k)).collect(Collectors.joining(", "));
    String select;
    if (partition == null) {
      select = "SELECT * FROM " + next(t);
    } else {
      String p = quote(t.partitionColumn().orElseThrow());
      select = "SELECT * EXCLUDE (" + p + ") FROM " + next(t) + " WHERE " + p + " = " + partition;
    }
    return update(
        "COPY ("
            + select
            + " ORDER BY "
            + order
            + ") TO '"
            + file.toString().replace("'", "''")
            + "' (FORMAT parquet, COMPRESSION zstd)");
  }

  @Override
  public void close() throws SQLException {
    try {
      connection.close();
    } catch (SQLException e) {
      throw unlessDiskFull(e);
    } finally {
      removeScratchFiles();
    }
  }

  private void removeScratchFiles() {
    try {
      Files.deleteIfExists(databaseFile);
      Files.deleteIfExists(databaseFile.resolveSibling(databaseFile.getFileName() + ".wal"));
      Path spill =
          databaseFile.resolveSibling(
              databaseFile.getFileName().toString().replace(".duckdb", ".spill"));
      if (Files.isDirectory(spill)) {
        try (var files = Files.list(spill)) {
          for (Path f : (Iterable<Path>) files::iterator) {
            Files.deleteIfExists(f);
          }
        }
        Files.deleteIfExists(spill);
      }
    } catch (java.io.IOException e) {
      // scratch files are removed at the next run's start as well
    }
  }
}
