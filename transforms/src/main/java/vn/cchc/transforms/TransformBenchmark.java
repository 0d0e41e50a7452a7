package vn.cchc.transforms;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import vn.cchc.model.bench.MarkdownTable;
import vn.cchc.model.bench.Samples;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.transforms.bench.DuckDbMarts;
import vn.cchc.transforms.bench.SparkWorkCounter;
import vn.cchc.transforms.release.ReleasePublisher;

/**
 * {@code cchc bench transform [--warehouse DIR] [--master M] [--runs N]}: on an ingested warehouse
 * (the sample province), times the Spark transform (read, compute, write every mart), counting the
 * Spark jobs and stages it ran, and, in the same run, plain DuckDB SQL computing the same marts
 * (read, compute, write), and prints the ratio. Each run starts a new Spark session in this JVM;
 * every figure is the median of the runs with their range. Writes only under WAREHOUSE/tmp, removed
 * afterwards; the published release is not touched. The table goes to standard output, progress to
 * standard error.
 */
public final class TransformBenchmark {
  static final int DEFAULT_RUNS = 3;
  private static final String RUNS = "runs";

  private TransformBenchmark() {}

  static final CommandLine COMMAND_LINE =
      CommandLine.of(
              """
      Cách dùng: ./cchc bench transform [--warehouse THƯ_MỤC] [--master local[*]|spark://MÁY:CỔNG] [--runs N]
        Đo thời gian biến đổi trên kho đã nạp (mặc định: biến CCHC_WAREHOUSE hoặc ./warehouse; 3 lần, mỗi lần
        một phiên Spark mới), số job và stage Spark, và cùng các bảng bằng SQL DuckDB; nhận mọi khóa của
        ./cchc transform. Chỉ ghi vào THƯ_MỤC/tmp, xóa khi xong.""")
          .option(
              Stream.concat(TransformConfig.KNOWN_KEYS.stream(), Stream.of(RUNS))
                  .toArray(String[]::new));

  /** What one Spark run cost, per step. */
  private record SparkRun(
      double startSeconds,
      double transformSeconds,
      Map<String, Double> stepSeconds,
      int jobs,
      int stages) {}

  public static void main(String[] args) throws Exception {
    TransformConfig config;
    int runs;
    try {
      CommandLine.Arguments arguments = COMMAND_LINE.parse(args);
      if (arguments.help()) {
        COMMAND_LINE.printUsage(System.out);
        return;
      }
      runs = arguments.positiveInt(RUNS, DEFAULT_RUNS);
      Map<String, String> values = new HashMap<>(arguments.values());
      values.remove(RUNS);
      config = TransformConfig.fromEnvironmentAnd(values, System.getenv());
    } catch (CchcException e) {
      System.exit(COMMAND_LINE.refuse(e, System.err));
      return;
    }
    WarehouseLayout layout = new WarehouseLayout(config.warehouse());
    Path snapshot =
        layout
            .currentSnapshotDir()
            .orElseThrow(
                () ->
                    new CchcException(
                        ErrorCode.NOT_FOUND,
                        "Không thể đo: kho "
                            + layout.root()
                            + " chưa có dữ liệu nạp (chạy cchc ingest trước)"));
    Path scratch = layout.tmpDir().resolve("bench-" + UUID.randomUUID());
    try {
      Samples start = new Samples();
      Samples transform = new Samples();
      Samples total = new Samples();
      Samples jobs = new Samples();
      Samples stages = new Samples();
      Map<String, Samples> steps = new LinkedHashMap<>();
      long sparkRows = 0;
      for (int run = 1; run <= runs; run++) {
        Path out = scratch.resolve("spark-" + run);
        SparkRun r = sparkRun(config, snapshot, out);
        start.add(r.startSeconds());
        transform.add(r.transformSeconds());
        total.add(r.startSeconds() + r.transformSeconds());
        jobs.add(r.jobs());
        stages.add(r.stages());
        r.stepSeconds()
            .forEach((step, s) -> steps.computeIfAbsent(step, k -> new Samples()).add(s));
        sparkRows = countRows(out);
        ReleasePublisher.deleteTree(out);
        System.err.printf(
            Locale.ROOT,
            "Spark, lần %d/%d: khởi động %.1f s + biến đổi %.1f s, %d job, %d stage, %d dòng%n",
            run,
            runs,
            r.startSeconds(),
            r.transformSeconds(),
            r.jobs(),
            r.stages(),
            sparkRows);
      }
      Samples duck = new Samples();
      long duckRows = 0;
      for (int run = 1; run <= runs; run++) {
        Path out = scratch.resolve("duckdb-" + run);
        long t0 = System.nanoTime();
        duckRows = duckDbRun(config, snapshot, out);
        double seconds = (System.nanoTime() - t0) / 1e9;
        duck.add(seconds);
        ReleasePublisher.deleteTree(out);
        System.err.printf(
            Locale.ROOT, "DuckDB, lần %d/%d: %.1f s, %d dòng%n", run, runs, seconds, duckRows);
      }
      MarkdownTable table =
          new MarkdownTable().text("số đo").figure("trung vị (nhỏ nhất–lớn nhất)");
      table.row("Spark: khởi động phiên, s", start.format(1));
      table.row("Spark: biến đổi (đọc, tính, ghi), s", transform.format(1));
      steps.forEach((step, s) -> table.row("  trong đó " + step + ", s", s.format(1)));
      table.row("Spark: tổng, s", total.format(1));
      table.row("Spark: số job", jobs.format(0));
      table.row("Spark: số stage hoàn thành", stages.format(0));
      table.row("DuckDB SQL: cùng các bảng (đọc, tính, ghi), s", duck.format(1));
      table.row(
          "Spark / DuckDB (biến đổi)", Samples.number(transform.median() / duck.median(), 1) + "×");
      table.row(
          "Spark / DuckDB (tính cả khởi động)",
          Samples.number(total.median() / duck.median(), 1) + "×");
      table.row(
          "dòng ghi ra: Spark / DuckDB",
          Samples.number(sparkRows, 0) + " / " + Samples.number(duckRows, 0));
      System.out.printf(
          Locale.ROOT,
          "Kho %s (dữ liệu nạp %s), %d bảng, master %s, %d phân vùng shuffle, %d nhân. Mỗi lần một"
              + " phiên Spark mới trong cùng JVM (lần 1 với JVM lạnh), mỗi bảng ghi bằng coalesce(1)"
              + " vào THƯ_MỤC/tmp; DuckDB chạy marts.duckdb.sql trên cùng dữ liệu nạp và COPY ra"
              + " Parquet. Trung vị (nhỏ nhất–lớn nhất) của %d lần.%n%n",
          layout.root(),
          snapshot.getFileName(),
          MartTables.ALL.size(),
          config.master(),
          config.shufflePartitions(),
          Runtime.getRuntime().availableProcessors(),
          runs);
      System.out.print(table.render());
    } finally {
      if (Files.exists(scratch)) {
        ReleasePublisher.deleteTree(scratch);
      }
    }
  }

  /** A new session, the marts computed and written under {@code out}, the session stopped. */
  private static SparkRun sparkRun(TransformConfig config, Path snapshot, Path out) {
    long t0 = System.nanoTime();
    SparkSession spark = SparkSessions.create(config.master(), config.shufflePartitions());
    SparkWorkCounter counter = new SparkWorkCounter();
    spark.sparkContext().addSparkListener(counter);
    long t1 = System.nanoTime();
    Map<String, Double> steps = new LinkedHashMap<>();
    try {
      TransformInputs in = WarehouseReader.read(spark, snapshot);
      long c0 = System.nanoTime();
      Map<TableSchema, Dataset<Row>> marts = TransformJob.computeMarts(in, config);
      steps.put("tính (đến các checkpoint)", (System.nanoTime() - c0) / 1e9);
      for (var e : marts.entrySet()) {
        long m0 = System.nanoTime();
        e.getValue()
            .coalesce(1)
            .write()
            .mode(SaveMode.ErrorIfExists)
            .parquet(out.resolve(e.getKey().name()).toString());
        steps.put("ghi " + e.getKey().name(), (System.nanoTime() - m0) / 1e9);
      }
    } finally {
      spark.stop();
    }
    long t2 = System.nanoTime();
    // stop() drained the listener bus: the counts are complete
    return new SparkRun((t1 - t0) / 1e9, (t2 - t1) / 1e9, steps, counter.jobs(), counter.stages());
  }

  /** Every mart by the SQL yardstick, written as Parquet under {@code out}; returns the rows. */
  private static long duckDbRun(TransformConfig config, Path snapshot, Path out)
      throws SQLException, IOException {
    long rows = 0;
    Files.createDirectories(out);
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
      DuckDbMarts.createRawViews(c, snapshot);
      DuckDbMarts.compute(c, config);
      for (TableSchema mart : MartTables.ALL) {
        try (Statement st = c.createStatement()) {
          st.execute(
              "COPY "
                  + DuckDbMarts.EXPECTED_PREFIX
                  + mart.name()
                  + " TO '"
                  + out.resolve(mart.name() + ".parquet")
                  + "' (FORMAT parquet)");
          try (ResultSet rs =
              st.executeQuery(
                  "SELECT count(*) FROM " + DuckDbMarts.EXPECTED_PREFIX + mart.name())) {
            rs.next();
            rows += rs.getLong(1);
          }
        }
      }
    }
    return rows;
  }

  /** The rows Spark wrote, counted by DuckDB from the files, so that no Spark job is added. */
  private static long countRows(Path out) throws SQLException, IOException {
    long rows = 0;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      for (TableSchema mart : MartTables.ALL) {
        Path dir = out.resolve(mart.name());
        boolean any;
        try (Stream<Path> files = Files.list(dir)) {
          any = files.anyMatch(p -> p.getFileName().toString().endsWith(".parquet"));
        }
        if (!any) {
          continue;
        }
        try (ResultSet rs =
            st.executeQuery("SELECT count(*) FROM read_parquet('" + dir + "/*.parquet')")) {
          rs.next();
          rows += rs.getLong(1);
        }
      }
    }
    return rows;
  }
}
