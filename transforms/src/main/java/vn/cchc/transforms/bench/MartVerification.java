package vn.cchc.transforms.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import vn.cchc.model.bench.MarkdownTable;
import vn.cchc.model.bench.Samples;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.DuckDbFiles;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.transforms.SparkSessions;
import vn.cchc.transforms.TransformConfig;
import vn.cchc.transforms.TransformJob;
import vn.cchc.transforms.WarehouseReader;
import vn.cchc.transforms.release.ReleasePublisher;

/**
 * {@code ./cchc bench verify [--warehouse DIR] [--master spark://HOST:PORT] [--as-of yyyy-MM-dd]}:
 * the differential test at the scale of a real warehouse, too slow to run on every commit. On the
 * committed ingest snapshot it runs the Spark transform locally ({@code local[*]}), recomputes
 * every mart with the SQL yardstick ({@link DuckDbMarts}) and compares them ({@link
 * MartDifferences#byKey}, doubles to 1e-9); given a cluster, it runs the same transform there and
 * compares that run with the local one exactly ({@link MartDifferences#exact}: both runs execute
 * the same plan on the same files, so any difference is a bug, not rounding).
 *
 * <p>Writes only under {@code WAREHOUSE/tmp/verify-<uuid>}, removed afterwards, like {@code ./cchc
 * bench transform}: no release is published and the current one is not touched, so it runs on a
 * warehouse that has none. A cluster's executors write there too, so on a real cluster the
 * warehouse must be on storage that the driver and every executor see at the same path. DuckDB runs
 * under a memory limit and spills to that folder: a national snapshot does not fit next to a Spark
 * driver otherwise.
 *
 * <p>Exit codes ({@link ExitCode}): 0 every mart agrees; 1 a mart differs (the first differences
 * are printed) or a run failed; 2 bad arguments or nothing ingested. The table goes to standard
 * output, progress to standard error.
 */
public final class MartVerification {
  static final String LOCAL_MASTER = "local[*]";
  static final String DEFAULT_DUCKDB_MEMORY = "4GB";
  private static final String DUCKDB_MEMORY = "duckdb-memory";
  private static final Pattern MEMORY =
      Pattern.compile("[0-9]+(\\.[0-9]+)? ?([KMGT]i?B)", Pattern.CASE_INSENSITIVE);

  /** Differences printed at most, over all marts: enough to start from, short enough to read. */
  static final int PRINTED_DIFFERENCES = 20;

  static final CommandLine COMMAND_LINE =
      CommandLine.of(
              """
      Cách dùng: ./cchc bench verify [--warehouse THƯ_MỤC] [--master spark://MÁY:CỔNG] [--as-of yyyy-MM-dd]
                                     [--duckdb-memory 4GB] [--shuffle-partitions N] [--weakness-threshold-pct P]
                                     [--low-satisfaction-pct P] [--small-sample-respondents N]
        Kiểm chứng các bảng tổng hợp trên dữ liệu nạp hiện hành của kho (mặc định: biến CCHC_WAREHOUSE hoặc
        ./warehouse): chạy biến đổi Spark cục bộ (local[*]) và so từng bảng với cùng bảng tính bằng SQL DuckDB
        (số thực sai khác tối đa 1e-9); có --master thì chạy thêm trên cụm đó và so với lượt cục bộ (phải
        trùng khít). Không xuất bản gì: chỉ ghi vào THƯ_MỤC/tmp, xóa khi xong. Mã thoát: 0 khớp, 1 có khác
        biệt hoặc một lượt chạy lỗi, 2 tham số sai hoặc kho chưa có dữ liệu nạp.""")
          .option(
              CommandLine.WAREHOUSE,
              "master",
              "as-of",
              "shuffle-partitions",
              "weakness-threshold-pct",
              "low-satisfaction-pct",
              "small-sample-respondents",
              DUCKDB_MEMORY);

  private MartVerification() {}

  /** What one Spark run wrote, and how long it took (session start included). */
  record SparkRun(String master, Path marts, double seconds) {}

  /** One mart's verdicts. */
  private record MartResult(
      TableSchema mart, MartDifferences againstSql, Optional<MartDifferences> clusterAgainstLocal) {
    boolean agrees() {
      return againstSql.none() && clusterAgainstLocal.map(MartDifferences::none).orElse(true);
    }
  }

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, System.getenv(), args));
  }

  /** As {@link #main} with explicit streams and environment; returns the exit code. */
  public static int run(PrintStream out, PrintStream err, Map<String, String> env, String... args) {
    return run(out, err, env, marts -> {}, args);
  }

  /**
   * As {@link #run(PrintStream, PrintStream, Map, String...)}; {@code beforeComparing} receives the
   * folder of the local run's marts (one folder per mart) once written and before they are
   * compared, so that a test can keep a copy to compare again altered.
   */
  static int run(
      PrintStream out,
      PrintStream err,
      Map<String, String> env,
      Consumer<Path> beforeComparing,
      String... args) {
    TransformConfig config;
    Optional<String> cluster;
    String duckDbMemory;
    try {
      CommandLine.Arguments arguments = COMMAND_LINE.parse(args);
      if (arguments.help()) {
        return COMMAND_LINE.printUsage(out);
      }
      Map<String, String> values = new HashMap<>(arguments.values());
      duckDbMemory = duckDbMemory(values.remove(DUCKDB_MEMORY));
      config = TransformConfig.fromEnvironmentAnd(values, env);
      cluster = cluster(config.master(), arguments.value("master").isPresent());
    } catch (CchcException e) {
      return COMMAND_LINE.refuse(e, err);
    }
    WarehouseLayout layout = new WarehouseLayout(config.warehouse());
    Optional<Path> snapshot = layout.currentSnapshotDir();
    if (snapshot.isEmpty()) {
      err.println(
          "Không thể kiểm chứng: kho "
              + layout.root()
              + " chưa có dữ liệu nạp (chạy ./cchc ingest trước)");
      return ExitCode.USAGE;
    }
    Path scratch = layout.tmpDir().resolve("verify-" + UUID.randomUUID());
    try {
      SparkRun local = sparkRun(config.withMaster(LOCAL_MASTER), snapshot.get(), scratch, err);
      Optional<SparkRun> remote = Optional.empty();
      if (cluster.isPresent()) {
        remote =
            Optional.of(sparkRun(config.withMaster(cluster.get()), snapshot.get(), scratch, err));
      }
      beforeComparing.accept(local.marts());
      return compare(config, snapshot.get(), scratch, duckDbMemory, local, remote, out, err);
    } catch (CchcException e) {
      err.println(e.getMessage());
      return ExitCode.of(e);
    } catch (Exception e) { // Spark throws checked SparkException undeclared
      err.println("Không thể kiểm chứng: " + e);
      e.printStackTrace(err);
      return ExitCode.FAILED;
    } finally {
      if (Files.exists(scratch)) {
        ReleasePublisher.deleteTree(scratch);
      }
    }
  }

  /**
   * The cluster to compare with the local run: the master unless it is local. A local master named
   * on the command line is refused (the local run always happens); one from {@code
   * CCHC_TRANSFORM_MASTER}, the transform's own setting, just means no cluster.
   */
  static Optional<String> cluster(String master, boolean onCommandLine) {
    if (!master.startsWith("local")) {
      return Optional.of(master);
    }
    if (onCommandLine) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Không thể dùng --master "
              + master
              + ": lượt cục bộ ("
              + LOCAL_MASTER
              + ") luôn được chạy, --master là cụm để so với nó (spark://MÁY:CỔNG)");
    }
    return Optional.empty();
  }

  /**
   * A DuckDB memory limit ({@code 4GB}, {@code 512MB}, {@code 1.5GiB}), checked before any run
   * starts rather than refused by DuckDB after the Spark runs.
   */
  static String duckDbMemory(String raw) {
    if (raw == null) {
      return DEFAULT_DUCKDB_MEMORY;
    }
    String limit = raw.strip();
    if (!MEMORY.matcher(limit).matches()) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Không thể dùng --"
              + DUCKDB_MEMORY
              + " "
              + raw
              + ": cần một dung lượng như 4GB, 512MB hoặc 1.5GiB");
    }
    return limit;
  }

  /** A new session on {@code config.master()}, every mart written under a folder of its own. */
  private static SparkRun sparkRun(
      TransformConfig config, Path snapshot, Path scratch, PrintStream err) {
    Path out = scratch.resolve(config.master().startsWith("local") ? "local" : "cluster");
    err.printf("Spark (%s): đang tính các bảng…%n", config.master());
    long t0 = System.nanoTime();
    SparkSession spark = SparkSessions.create(config.master(), config.shufflePartitions());
    try {
      Map<TableSchema, Dataset<Row>> marts =
          TransformJob.computeMarts(WarehouseReader.read(spark, snapshot), config);
      for (var e : marts.entrySet()) {
        // one file per mart, as a release holds it
        e.getValue()
            .coalesce(1)
            .write()
            .mode(SaveMode.ErrorIfExists)
            .parquet(out.resolve(e.getKey().name()).toString());
      }
    } finally {
      spark.stop();
    }
    double seconds = (System.nanoTime() - t0) / 1e9;
    err.printf(Locale.ROOT, "Spark (%s): xong trong %.1f s%n", config.master(), seconds);
    return new SparkRun(config.master(), out, seconds);
  }

  /**
   * Computes the yardstick, compares every mart and prints the verdict; returns the exit code. The
   * Spark runs are done: their marts are under {@code local.marts()} and {@code remote.marts()};
   * DuckDB spills under {@code scratch}.
   */
  static int compare(
      TransformConfig config,
      Path snapshot,
      Path scratch,
      String duckDbMemory,
      SparkRun local,
      Optional<SparkRun> remote,
      PrintStream out,
      PrintStream err)
      throws SQLException {
    Map<String, Double> seconds = new LinkedHashMap<>();
    seconds.put("Spark cục bộ (" + local.master() + ")", local.seconds());
    remote.ifPresent(r -> seconds.put("Spark trên cụm (" + r.master() + ")", r.seconds()));
    List<MartResult> results = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(DuckDbFiles.IN_MEMORY_URL)) {
      limitMemory(c, scratch, duckDbMemory);
      err.println("SQL DuckDB: đang tính các bảng…");
      long t0 = System.nanoTime();
      DuckDbMarts.createRawViews(c, snapshot);
      DuckDbMarts.compute(c, config);
      seconds.put("SQL DuckDB (cùng các bảng)", (System.nanoTime() - t0) / 1e9);
      err.println("Đang so sánh…");
      long t1 = System.nanoTime();
      for (TableSchema mart : MartTables.ALL) {
        String expected = DuckDbMarts.EXPECTED_PREFIX + mart.name();
        String localMart = relation(local.marts(), mart, expected);
        Optional<MartDifferences> clusterDiff = Optional.empty();
        if (remote.isPresent()) {
          clusterDiff =
              Optional.of(
                  MartDifferences.exact(
                      c, mart, localMart, relation(remote.get().marts(), mart, expected)));
        }
        results.add(
            new MartResult(mart, MartDifferences.byKey(c, mart, expected, localMart), clusterDiff));
      }
      seconds.put("so sánh (DuckDB)", (System.nanoTime() - t1) / 1e9);
    }
    print(config, snapshot, local, remote, results, seconds, out);
    return results.stream().allMatch(MartResult::agrees) ? ExitCode.OK : ExitCode.FAILED;
  }

  /**
   * DuckDB's memory bounded, the rest spilled to the scratch folder (its default limit is 80 % of
   * the machine, which the Spark driver's heap in this JVM shares).
   */
  private static void limitMemory(Connection c, Path scratch, String limit) throws SQLException {
    Path spill = scratch.resolve("duckdb-spill");
    try (Statement st = c.createStatement()) {
      st.execute("SET memory_limit = " + literal(limit));
      st.execute("SET temp_directory = " + literal(spill.toString()));
      st.execute("SET preserve_insertion_order = false");
    }
  }

  /**
   * The mart as a run wrote it; a mart Spark wrote no file for reads as empty, with the yardstick's
   * columns.
   */
  private static String relation(Path marts, TableSchema mart, String expected) {
    Path dir = marts.resolve(mart.name());
    boolean any;
    try (Stream<Path> files = Files.list(dir)) {
      any = files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      throw new UncheckedIOException("Không thể đọc thư mục " + dir, e);
    }
    return any
        ? "read_parquet(" + literal(dir.resolve("*.parquet").toString()) + ")"
        : "(SELECT * FROM " + expected + " LIMIT 0)";
  }

  private static void print(
      TransformConfig config,
      Path snapshot,
      SparkRun local,
      Optional<SparkRun> remote,
      List<MartResult> results,
      Map<String, Double> seconds,
      PrintStream out) {
    out.printf(
        Locale.ROOT,
        "Kho %s (dữ liệu nạp %s, tính đến %s), %d bảng: Spark %s so với SQL DuckDB (số thực sai khác"
            + " tối đa %s)%s.%n%n",
        config.warehouse(),
        snapshot.getFileName(),
        config.asOf(),
        results.size(),
        local.master(),
        BigDecimal.valueOf(MartDifferences.TOLERANCE)
            .stripTrailingZeros()
            .toString()
            .toLowerCase(Locale.ROOT),
        remote
            .map(r -> "; Spark trên cụm " + r.master() + " so với lượt cục bộ (trùng khít)")
            .orElse(""));
    MarkdownTable table =
        new MarkdownTable()
            .text("bảng")
            .figure("dòng Spark")
            .figure("dòng DuckDB")
            .figure("khác Spark–DuckDB")
            .figure("dòng trên cụm")
            .figure("khác cụm–cục bộ");
    for (MartResult r : results) {
      MartDifferences sql = r.againstSql();
      table.row(
          r.mart().name(),
          Samples.number(sql.actualRows(), 0),
          Samples.number(sql.expectedRows(), 0),
          Samples.number(sql.differingRows(), 0),
          r.clusterAgainstLocal().map(d -> Samples.number(d.actualRows(), 0)).orElse("–"),
          r.clusterAgainstLocal().map(d -> Samples.number(d.differingRows(), 0)).orElse("–"));
    }
    out.print(table.render());
    out.println();
    MarkdownTable times = new MarkdownTable().text("lượt").figure("thời gian, s");
    seconds.forEach((run, s) -> times.row(run, Samples.number(s, 1)));
    out.print(times.render());
    out.println();
    List<MartResult> differing = results.stream().filter(r -> !r.agrees()).toList();
    if (differing.isEmpty()) {
      out.printf(
          "Khớp: cả %d bảng của Spark trùng với SQL DuckDB%s.%n",
          results.size(), remote.isPresent() ? ", và lượt trên cụm trùng với lượt cục bộ" : "");
      return;
    }
    out.printf(
        "KHÁC BIỆT ở %d bảng: %s. Những khác biệt đầu tiên (mong đợi = SQL DuckDB, hay lượt cục bộ"
            + " khi so với cụm):%n",
        differing.size(), String.join(", ", differing.stream().map(r -> r.mart().name()).toList()));
    differing.stream()
        .flatMap(
            r ->
                Stream.concat(
                    r.againstSql().messages().stream().map(m -> "  Spark–DuckDB " + m),
                    r.clusterAgainstLocal().stream()
                        .flatMap(d -> d.messages().stream())
                        .map(m -> "  cụm–cục bộ " + m)))
        .limit(PRINTED_DIFFERENCES)
        .forEach(out::println);
  }

  private static String literal(String value) {
    return "'" + value.replace("'", "''") + "'";
  }
}
