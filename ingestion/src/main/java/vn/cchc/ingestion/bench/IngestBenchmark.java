package vn.cchc.ingestion.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import vn.cchc.ingestion.IngestOptions;
import vn.cchc.ingestion.Ingestion;
import vn.cchc.model.bench.MarkdownTable;
import vn.cchc.model.bench.Samples;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/**
 * {@code ./cchc bench ingest}: ingest throughput and peak memory for generated self-scores of the
 * sizes asked for (250,000 rows by default, a province's scale), CSV and XLSX, beside DuckDB's own
 * {@code read_csv} of the same CSV file. Each measurement runs in a fresh JVM (heap capped at
 * {@value #HEAP}) that reports its own peak resident memory (VmHWM: heap, DuckDB and everything
 * else), so runs do not share a heap or a warm JIT. Every figure is the median of {@code --runs}
 * measurements with their range. The table goes to standard output, progress to standard error. A
 * benchmark prints figures; it asserts nothing.
 */
public final class IngestBenchmark {
  private static final String HEAP = "-Xmx256m";

  /**
   * The province scale: the order of the sample province's six years of self-scores and appraisals
   * (308,438 rows).
   */
  private static final long DEFAULT_ROWS = 250_000;

  static final int DEFAULT_RUNS = 3;

  /** An XLSX sheet holds at most 1,048,576 rows, the header included. */
  private static final long XLSX_MAX_ROWS = 1_048_575;

  private static final String CHILD_INGEST = "--child";
  private static final String CHILD_DUCKDB = "--child-duckdb";

  private IngestBenchmark() {}

  static final CommandLine COMMAND_LINE =
      CommandLine.of(
              """
      Cách dùng: ./cchc bench ingest [SỐ_DÒNG…] [--runs N]
        Đo tốc độ nạp và bộ nhớ đỉnh cho bảng self_scores sinh ngẫu nhiên, CSV và XLSX, bên cạnh read_csv của
        DuckDB trên cùng tệp CSV; mỗi lần đo trong một JVM riêng (mặc định: 250_000 dòng, quy mô một tỉnh; tệp
        lớn hơn, ví dụ: 250_000 500_000 1_000_000 2_000_000; 3 lần mỗi cỡ). Chỉ in số liệu, không phải kiểm thử.""")
          .option("runs")
          .positionals();

  /** The figures of one file: ours per run, DuckDB's per run (CSV only). */
  private record Measured(Samples seconds, Samples rowsPerSecond, Samples rssMb) {
    Measured() {
      this(new Samples(), new Samples(), new Samples());
    }

    void add(long rows, double runSeconds, double rssKb) {
      seconds.add(runSeconds);
      rowsPerSecond.add(rows / runSeconds);
      rssMb.add(rssKb / 1024);
    }
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals(CHILD_INGEST)) {
      childIngest(Path.of(args[1]), Path.of(args[2]));
      return;
    }
    if (args.length == 3 && args[0].equals(CHILD_DUCKDB)) {
      childDuckDb(Path.of(args[1]), Long.parseLong(args[2]));
      return;
    }
    List<Long> sizes = new ArrayList<>();
    int runs;
    try {
      CommandLine.Arguments a = COMMAND_LINE.parse(args);
      if (a.help()) {
        COMMAND_LINE.printUsage(System.out);
        return;
      }
      for (String size : a.positionals()) {
        sizes.add(rows(size));
      }
      runs = a.positiveInt("runs", DEFAULT_RUNS);
    } catch (CchcException e) {
      System.exit(COMMAND_LINE.refuse(e, System.err));
      return;
    }
    if (sizes.isEmpty()) {
      sizes.add(DEFAULT_ROWS);
    }
    Path work = Files.createTempDirectory("cchc-bench-ingest");
    try {
      long max = sizes.stream().mapToLong(Long::longValue).max().orElseThrow();
      Path reference = work.resolve("reference");
      SyntheticScores.writeReference(reference, max);
      MarkdownTable table =
          new MarkdownTable()
              .text("định dạng")
              .figure("dòng")
              .figure("MB tệp")
              .figure("giây")
              .figure("dòng/s")
              .figure("RSS đỉnh MB")
              .figure("DuckDB read_csv dòng/s")
              .figure("DuckDB RSS đỉnh MB")
              .figure("ta / DuckDB");
      for (String format : List.of("csv", "xlsx")) {
        for (long rows : sizes) {
          if (format.equals("xlsx") && rows > XLSX_MAX_ROWS) {
            System.err.printf(
                Locale.ROOT,
                "xlsx %,d: bỏ qua (một trang XLSX chứa tối đa %,d dòng dữ liệu)%n",
                rows,
                XLSX_MAX_ROWS);
            continue;
          }
          table.row(measureFile(work, reference, format, rows, runs));
        }
      }
      System.out.printf(
          Locale.ROOT,
          "self_scores sinh ngẫu nhiên (%d tiêu chí thành phần × đơn vị), nạp như ./cchc ingest"
              + " --on-error fail-file vào kho mới; DuckDB: `CREATE TABLE … AS SELECT * FROM"
              + " read_csv(…)` trong bộ nhớ trên cùng tệp CSV (không kiểm tra, không ghi Parquet)."
              + " Mỗi lần đo một JVM con %s, %d nhân; trung vị (nhỏ nhất–lớn nhất) của %d lần.%n%n",
          SyntheticScores.SUB_CRITERIA,
          HEAP,
          Runtime.getRuntime().availableProcessors(),
          runs);
      System.out.print(table.render());
    } finally {
      deleteTree(work);
    }
  }

  /**
   * One table row: the file generated once, then ingested (and read by DuckDB) {@code runs} times.
   */
  private static Object[] measureFile(Path work, Path reference, String format, long rows, int runs)
      throws IOException, InterruptedException {
    Path input = work.resolve("self_scores_" + rows + "." + format);
    if (format.equals("csv")) {
      SyntheticScores.writeCsv(input, rows);
    } else {
      SyntheticScores.writeXlsx(input, rows);
    }
    Measured ours = new Measured();
    for (int run = 1; run <= runs; run++) {
      Path warehouse = work.resolve("wh-" + format + "-" + rows + "-" + run);
      loadReference(reference, warehouse);
      double[] r = runChild(CHILD_INGEST, input.toString(), warehouse.toString());
      ours.add(rows, r[0], r[1]);
      System.err.printf(
          Locale.ROOT,
          "%s %,d dòng, lần %d/%d: %.2f s, RSS đỉnh %.0f MB%n",
          format,
          rows,
          run,
          runs,
          r[0],
          r[1] / 1024);
      deleteTree(warehouse);
    }
    Measured duck = new Measured();
    if (format.equals("csv")) {
      for (int run = 1; run <= runs; run++) {
        double[] r = runChild(CHILD_DUCKDB, input.toString(), String.valueOf(rows));
        duck.add(rows, r[0], r[1]);
        System.err.printf(
            Locale.ROOT, "DuckDB read_csv %,d dòng, lần %d/%d: %.2f s%n", rows, run, runs, r[0]);
      }
    }
    double mb = Files.size(input) / 1e6;
    Files.delete(input);
    return new Object[] {
      format,
      Samples.number(rows, 0),
      Samples.number(mb, 1),
      ours.seconds().format(2),
      ours.rowsPerSecond().format(0),
      ours.rssMb().format(0),
      duck.rowsPerSecond().format(0),
      duck.rssMb().format(0),
      duck.rowsPerSecond().size() == 0
          ? "–"
          : Samples.number(ours.rowsPerSecond().median() / duck.rowsPerSecond().median(), 2) + "×"
    };
  }

  private static void loadReference(Path reference, Path warehouse) {
    Ingestion.Result ref =
        new Ingestion(
                new IngestOptions(
                    List.of(reference),
                    warehouse,
                    IngestOptions.OnError.FAIL_FILE,
                    null,
                    IngestOptions.DEFAULT_KEEP_SNAPSHOTS))
            .run();
    if (!ref.clean()) {
      throw new IllegalStateException(
          "Cannot load the benchmark's reference tables: " + ref.rejects());
    }
  }

  private static long rows(String raw) {
    try {
      long n = Long.parseLong(raw.replace("_", ""));
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // refused below, with the same message as zero
    }
    throw new CchcException(
        ErrorCode.INVALID_ARGUMENT, "Không thể dùng số dòng " + raw + ": cần số nguyên dương");
  }

  /** Runs one measurement in a fresh JVM; returns its seconds and peak RSS in kB. */
  private static double[] runChild(String mode, String first, String second)
      throws IOException, InterruptedException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            HEAP,
            "-cp",
            System.getProperty("java.class.path"),
            IngestBenchmark.class.getName(),
            mode,
            first,
            second);
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes()).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("Benchmark run failed: " + out);
    }
    String[] lines = out.split("\n");
    String[] figures = lines[lines.length - 1].split(" ");
    return new double[] {Double.parseDouble(figures[0]), Double.parseDouble(figures[1])};
  }

  /** In the child: ingest, then print seconds and peak RSS in kB. */
  private static void childIngest(Path input, Path warehouse) throws IOException {
    long start = System.nanoTime();
    Ingestion.Result result =
        new Ingestion(
                new IngestOptions(
                    List.of(input),
                    warehouse,
                    IngestOptions.OnError.FAIL_FILE,
                    null,
                    IngestOptions.DEFAULT_KEEP_SNAPSHOTS))
            .run();
    double seconds = (System.nanoTime() - start) / 1e9;
    if (!result.clean() || result.snapshotId().isEmpty()) {
      System.err.println(
          "Benchmark ingest was not clean: " + result.rejects().stream().limit(5).toList());
      System.exit(1);
    }
    System.out.println(seconds + " " + peakRssKb());
  }

  /**
   * In the child: DuckDB's own CSV reader loads the same file into an in-memory table (types
   * sniffed, nothing validated), then prints seconds and peak RSS in kB.
   */
  private static void childDuckDb(Path input, long expectedRows) throws SQLException, IOException {
    long start = System.nanoTime();
    long rows;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute(
          "CREATE TABLE self_scores AS SELECT * FROM read_csv('"
              + input.toString().replace("'", "''")
              + "', header = true)");
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM self_scores")) {
        rs.next();
        rows = rs.getLong(1);
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    if (rows != expectedRows) {
      System.err.println("DuckDB read " + rows + " rows, expected " + expectedRows);
      System.exit(1);
    }
    System.out.println(seconds + " " + peakRssKb());
  }

  private static long peakRssKb() throws IOException {
    return Files.readAllLines(Path.of("/proc/self/status")).stream()
        .filter(l -> l.startsWith("VmHWM:"))
        .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
        .findFirst()
        .orElse(-1L);
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
