package vn.cchc.transforms;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.error.ErrorType;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.transforms.release.ReleaseInfo;
import vn.cchc.transforms.release.ReleaseLock;
import vn.cchc.transforms.release.ReleasePublisher;

/**
 * {@code cchc transform [--warehouse DIR] [--master local[*]|spark://HOST:PORT] [--keep-releases N]
 * [--as-of yyyy-MM-dd]}: computes the marts from the committed snapshot and publishes a release.
 * Exit codes: 0 published, 2 bad arguments, nothing to transform or another transform running on the
 * warehouse, 1 failure (the previous release stays served).
 */
public final class TransformCli {
  private TransformCli() {}

  static final String USAGE = "Cách dùng: cchc transform [--warehouse DIR] [--master local[*]|spark://HOST:PORT]"
      + " [--keep-releases N] [--as-of yyyy-MM-dd] [--weakness-threshold-pct P] [--low-satisfaction-pct P]"
      + " [--small-sample-respondents N]";

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
      config = TransformConfig.fromEnvironmentAnd(parse(args), env);
    } catch (CchcException e) {
      err.println(e.getMessage());
      err.println(USAGE);
      return 2;
    }
    WarehouseLayout layout = new WarehouseLayout(config.warehouse());
    try {
      TransformJob.committedSnapshot(layout);
      // the lock comes before Spark starts, so a second transform is refused at once, not after a whole run
      try (ReleaseLock lock = ReleaseLock.acquire(layout)) {
        List<Path> leftovers = new ReleasePublisher(layout, Clock.systemUTC()).removeLeftovers();
        if (!leftovers.isEmpty()) {
          out.printf("Đã xóa %d tệp/thư mục tạm do một lượt biến đổi bị dừng giữa chừng để lại%n", leftovers.size());
        }
        return transform(config, out, err);
      }
    } catch (CchcException e) {
      err.println(e.getMessage());
      return exitCode(e);
    } catch (UncheckedIOException e) {
      err.println("Không thể dọn tệp tạm trong kho " + layout.root() + ": " + e.getMessage());
      return 1;
    }
  }

  private static int transform(TransformConfig config, PrintStream out, PrintStream err) {
    SparkSession spark = SparkSessions.create(config.master(), config.shufflePartitions());
    try {
      long start = System.nanoTime();
      ReleaseInfo info = new TransformJob(config).run(spark);
      out.printf("Đã xuất bản bản phát hành %s (dữ liệu nạp %s, tính đến %s) trong %.1f s%n", info.releaseId(),
          info.snapshotId(), info.asOf(), (System.nanoTime() - start) / 1e9);
      info.rowCounts().entrySet().stream().sorted(Map.Entry.comparingByKey())
          .forEach(e -> out.printf("  %-22s %8d dòng%n", e.getKey(), e.getValue()));
      return 0;
    } catch (CchcException e) {
      err.println(e.getMessage());
      return exitCode(e);
    } catch (Exception e) { // Spark throws checked SparkException undeclared
      err.println("Không thể chạy biến đổi: " + e);
      e.printStackTrace(err);
      return 1;
    } finally {
      spark.stop();
    }
  }

  private static int exitCode(CchcException e) {
    return e.type() == ErrorType.USER ? 2 : 1;
  }

  static Map<String, String> parse(String... args) {
    Map<String, String> values = new HashMap<>();
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || a.length() == 2) {
        throw new CchcException(ErrorCode.INVALID_ARGUMENT, "Không thể hiểu tham số: " + a);
      }
      String key = a.substring(2);
      String value;
      int eq = key.indexOf('=');
      if (eq >= 0) {
        value = key.substring(eq + 1);
        key = key.substring(0, eq);
      } else if (i + 1 < args.length) {
        value = args[++i];
      } else {
        throw new CchcException(ErrorCode.INVALID_ARGUMENT, "Không thể hiểu tham số: " + a + " thiếu giá trị");
      }
      if (!TransformConfig.KNOWN_KEYS.contains(key)) {
        throw new CchcException(ErrorCode.INVALID_ARGUMENT, "Không thể hiểu tham số: --" + key);
      }
      values.put(key, value);
    }
    return values;
  }
}
