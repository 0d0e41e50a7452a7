package vn.cchc.ingestion.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.ingestion.IngestOptions;
import vn.cchc.ingestion.Ingestion;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/**
 * {@code ./cchc bench ingest}: ingest throughput and peak memory for generated self-scores of
 * growing size, CSV and XLSX. Each measurement runs in a fresh JVM (heap capped at {@value #HEAP})
 * that reports its own peak resident memory (VmHWM: heap, DuckDB and everything else), so runs do
 * not share a heap. A benchmark prints figures; it asserts nothing.
 */
public final class IngestBenchmark {
  private static final String HEAP = "-Xmx256m";
  private static final long[] SIZES = {250_000, 500_000, 1_000_000, 2_000_000};

  /** An XLSX sheet holds at most 1,048,576 rows, the header included. */
  private static final long XLSX_MAX_ROWS = 1_048_575;

  private IngestBenchmark() {}

  static final CommandLine COMMAND_LINE =
      CommandLine.of(
              """
      Cách dùng: ./cchc bench ingest [SỐ_DÒNG…]
        Đo tốc độ nạp và bộ nhớ đỉnh cho bảng self_scores sinh ngẫu nhiên, CSV và XLSX, mỗi cỡ trong một JVM riêng
        (mặc định: 250_000 500_000 1_000_000 2_000_000 dòng). Chỉ in số liệu, không phải kiểm thử.""")
          .positionals();

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("--child")) {
      child(Path.of(args[1]), Path.of(args[2]));
      return;
    }
    List<Long> sizes = new ArrayList<>();
    try {
      CommandLine.Arguments a = COMMAND_LINE.parse(args);
      if (a.help()) {
        COMMAND_LINE.printUsage(System.out);
        return;
      }
      for (String size : a.positionals()) {
        sizes.add(rows(size));
      }
    } catch (CchcException e) {
      System.exit(COMMAND_LINE.refuse(e, System.err));
      return;
    }
    if (sizes.isEmpty()) {
      for (long s : SIZES) {
        sizes.add(s);
      }
    }
    Path work = Files.createTempDirectory("cchc-bench-ingest");
    try {
      long max = sizes.stream().mapToLong(Long::longValue).max().orElseThrow();
      Path reference = work.resolve("reference");
      SyntheticScores.writeReference(reference, max);
      System.out.printf(
          "Ingest benchmark: self_scores, %d sub-criteria × units, child JVM %s, %d cores%n",
          SyntheticScores.SUB_CRITERIA, HEAP, Runtime.getRuntime().availableProcessors());
      System.out.printf(
          "%-6s %10s %10s %10s %12s %14s%n",
          "format", "rows", "file MB", "seconds", "rows/s", "peak RSS MB");
      for (String format : List.of("csv", "xlsx")) {
        for (long rows : sizes) {
          if (format.equals("xlsx") && rows > XLSX_MAX_ROWS) {
            System.out.printf(
                "%-6s %,10d   (an XLSX sheet holds at most %,d data rows)%n",
                format, rows, XLSX_MAX_ROWS);
            continue;
          }
          Path input = work.resolve("self_scores_" + rows + "." + format);
          if (format.equals("csv")) {
            SyntheticScores.writeCsv(input, rows);
          } else {
            SyntheticScores.writeXlsx(input, rows);
          }
          Path warehouse = work.resolve("wh-" + format + "-" + rows);
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
          String[] result = runChild(input, warehouse);
          double seconds = Double.parseDouble(result[0]);
          System.out.printf(
              "%-6s %,10d %10.1f %10.2f %,12.0f %,14.0f%n",
              format,
              rows,
              Files.size(input) / 1e6,
              seconds,
              rows / seconds,
              Double.parseDouble(result[1]) / 1024);
          Files.delete(input);
        }
      }
    } finally {
      deleteTree(work);
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

  private static String[] runChild(Path input, Path warehouse)
      throws IOException, InterruptedException {
    List<String> command =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            HEAP,
            "-cp",
            System.getProperty("java.class.path"),
            IngestBenchmark.class.getName(),
            "--child",
            input.toString(),
            warehouse.toString());
    Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    String out = new String(p.getInputStream().readAllBytes()).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("Benchmark run failed: " + out);
    }
    String[] lines = out.split("\n");
    return lines[lines.length - 1].split(" ");
  }

  /** In the child: ingest, then print seconds and peak RSS in kB. */
  private static void child(Path input, Path warehouse) throws IOException {
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
    long hwm =
        Files.readAllLines(Path.of("/proc/self/status")).stream()
            .filter(l -> l.startsWith("VmHWM:"))
            .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
            .findFirst()
            .orElse(-1L);
    System.out.println(seconds + " " + hwm);
  }

  private static void deleteTree(Path root) throws IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
