package vn.cchc.transforms;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.transforms.release.ReleaseInfo;
import vn.cchc.transforms.release.ReleaseLock;
import vn.cchc.transforms.release.ReleasePublisher;

/**
 * {@code cchc transform [--warehouse DIR] [--master local[*]|spark://HOST:PORT] [--keep-releases N]
 * [--as-of yyyy-MM-dd]}: computes the marts from the committed snapshot and publishes a release.
 * Exit codes ({@link ExitCode}): 0 published, 2 bad arguments, nothing to transform or another
 * transform running on the warehouse, 1 failure (the previous release stays served).
 */
public final class TransformCli {
  private TransformCli() {}

  static final String USAGE =
      "Cách dùng: cchc transform [--warehouse DIR] [--master local[*]|spark://HOST:PORT]"
          + " [--keep-releases N] [--as-of yyyy-MM-dd] [--weakness-threshold-pct P] [--low-satisfaction-pct P]"
          + " [--small-sample-respondents N]\n"
          + "  Kho dữ liệu: --warehouse, hoặc biến CCHC_WAREHOUSE, hoặc ./warehouse. Mỗi khóa cũng đặt được bằng biến"
          + " môi trường CCHC_TRANSFORM_<KHÓA> (ví dụ CCHC_TRANSFORM_KEEP_RELEASES); tham số dòng lệnh thắng.";

  static final CommandLine COMMAND_LINE =
      CommandLine.of(USAGE).option(TransformConfig.KNOWN_KEYS.toArray(String[]::new));

  public static void main(String[] args) {
    System.exit(run(args));
  }

  public static int run(String... args) {
    return run(System.out, System.err, System.getenv(), args);
  }

  /** As {@link #run(String...)} with explicit streams and environment (for embedding and tests). */
  public static int run(PrintStream out, PrintStream err, Map<String, String> env, String... args) {
    TransformConfig config;
    try {
      CommandLine.Arguments arguments = COMMAND_LINE.parse(args);
      if (arguments.help()) {
        return COMMAND_LINE.printUsage(out);
      }
      config = TransformConfig.fromEnvironmentAnd(arguments.values(), env);
    } catch (CchcException e) {
      return COMMAND_LINE.refuse(e, err);
    }
    WarehouseLayout layout = new WarehouseLayout(config.warehouse());
    try {
      TransformJob.committedSnapshot(layout);
      // the lock comes before Spark starts, so a second transform is refused at once, not after a
      // whole run
      try (ReleaseLock lock = ReleaseLock.acquire(layout)) {
        List<Path> leftovers = new ReleasePublisher(layout, Clock.systemUTC()).removeLeftovers();
        if (!leftovers.isEmpty()) {
          out.printf(
              "Đã xóa %d tệp/thư mục tạm do một lượt biến đổi bị dừng giữa chừng để lại%n",
              leftovers.size());
        }
        return transform(config, out, err);
      }
    } catch (CchcException e) {
      err.println(e.getMessage());
      return ExitCode.of(e);
    } catch (UncheckedIOException e) {
      err.println("Không thể dọn tệp tạm trong kho " + layout.root() + ": " + e.getMessage());
      return ExitCode.FAILED;
    }
  }

  private static int transform(TransformConfig config, PrintStream out, PrintStream err) {
    SparkSession spark = SparkSessions.create(config.master(), config.shufflePartitions());
    try {
      long start = System.nanoTime();
      ReleaseInfo info = new TransformJob(config).run(spark);
      out.printf(
          "Đã xuất bản bản phát hành %s (dữ liệu nạp %s, tính đến %s) trong %.1f s%n",
          info.releaseId(), info.snapshotId(), info.asOf(), (System.nanoTime() - start) / 1e9);
      info.rowCounts().entrySet().stream()
          .sorted(Map.Entry.comparingByKey())
          .forEach(e -> out.printf("  %-22s %8d dòng%n", e.getKey(), e.getValue()));
      return ExitCode.OK;
    } catch (CchcException e) {
      err.println(e.getMessage());
      return ExitCode.of(e);
    } catch (Exception e) { // Spark throws checked SparkException undeclared
      err.println("Không thể chạy biến đổi: " + e);
      e.printStackTrace(err);
      return ExitCode.FAILED;
    } finally {
      spark.stop();
    }
  }

  /** The options given on the command line, by key (for the benchmark and tests). */
  static Map<String, String> parse(String... args) {
    return COMMAND_LINE.parse(args).values();
  }
}
