package vn.cchc.transforms;

import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.SparkSession;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.survey.OptionWeights;
import vn.cchc.model.warehouse.DiskFull;
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

  /**
   * The defaults and conventions a reader needs to get the figures right, stated once: in {@code
   * --help} and, as a section, in transforms/MARTS.md (MartDocsTest appends it).
   */
  public static final String CONVENTIONS =
      "Ngưỡng và quy ước / thresholds and conventions (giá trị mặc định / defaults):\n"
          + "- --weakness-threshold-pct "
          + TransformConfig.DEFAULT_WEAKNESS_THRESHOLD_PCT
          + ": một tiêu chí là yếu (criterion_heatmap.weak, criterion_weakness,"
          + " inspection_targets.score_failing_criteria) khi tỷ lệ đạt CHƯA làm tròn (component_scores.pct"
          + " = attainment_pct) nhỏ hơn ngưỡng: 49.996 % là yếu dù công bố 50.00 %. / A criterion is weak"
          + " when its unrounded attainment is below the threshold.\n"
          + "- --low-satisfaction-pct "
          + TransformConfig.DEFAULT_LOW_SATISFACTION_PCT
          + ": hài lòng thấp (inspection_targets.score_low_satisfaction) khi satisfied_pct tổng thể mới"
          + " nhất (chưa làm tròn) nhỏ hơn ngưỡng. / Low satisfaction: the latest overall satisfied_pct,"
          + " unrounded, below the threshold.\n"
          + "- --small-sample-respondents "
          + TransformConfig.DEFAULT_SMALL_SAMPLE_RESPONDENTS
          + ": satisfaction.small_sample khi số người trả lời (respondents) nhỏ hơn số này. / Small"
          + " sample: fewer respondents than this.\n"
          + "- Trọng số mặc định của câu hỏi LIKERT5 không ghi option_weights / LIKERT5 default weights: "
          + likert5Weights()
          + " (điểm của câu = điểm tối đa × trung bình trọng số của các câu trả lời).\n"
          + "- Chỉ số công bố (index_pct_rounded) làm tròn nửa lên 2 chữ số; xếp hạng và xếp loại dùng giá"
          + " trị công bố, ngưỡng yếu và hài lòng thấp dùng giá trị chưa làm tròn. / Rank and band use the"
          + " published (rounded) index; the weakness and low-satisfaction thresholds the unrounded"
          + " values.\n"
          + "- component_scores: một lĩnh vực hay tiêu chí mà không tiêu chí thành phần nào áp dụng cho"
          + " đơn vị (applicable = false ở mọi dòng) không có dòng; pct chỉ trống khi tổng điểm tối đa"
          + " áp dụng bằng 0. / A field or criterion none of whose sub-criteria applies to the unit has"
          + " no row.\n";

  private static String likert5Weights() {
    return OptionWeights.LIKERT5_DEFAULT.weights().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getKey() + " → " + e.getValue())
        .collect(java.util.stream.Collectors.joining(", "));
  }

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
        COMMAND_LINE.printUsage(out);
        out.print("\n" + CONVENTIONS);
        return ExitCode.OK;
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
        return transform(config, layout, out, err);
      }
    } catch (CchcException e) {
      err.println(diskFull(e, layout).orElse(e.getMessage()));
      return ExitCode.of(e);
    } catch (UncheckedIOException e) {
      err.println(
          diskFull(e, layout)
              .orElse("Không thể dọn tệp tạm trong kho " + layout.root() + ": " + e.getMessage()));
      return ExitCode.FAILED;
    }
  }

  /**
   * The message for a failure on a full disk (Spark's TASK_WRITE_FAILED, DuckDB's IO Error, a Java
   * IOException): the previous release stays served, the half-written one is already removed.
   */
  static Optional<String> diskFull(Throwable e, WarehouseLayout layout) {
    return DiskFull.in(e)
        .map(
            full ->
                full.messageVi(
                    "Không thể xuất bản bản phát hành",
                    layout.root(),
                    layout
                        .currentReleaseId()
                        .map(r -> "bản phát hành " + r + " vẫn được phục vụ")
                        .orElse("kho vẫn chưa có bản phát hành nào")));
  }

  private static int transform(
      TransformConfig config, WarehouseLayout layout, PrintStream out, PrintStream err) {
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
      err.println(diskFull(e, layout).orElse(e.getMessage()));
      return diskFull(e, layout).isPresent() ? ExitCode.FAILED : ExitCode.of(e);
    } catch (Exception e) { // Spark throws checked SparkException undeclared
      Optional<String> full = diskFull(e, layout);
      if (full.isPresent()) {
        err.println(full.get());
        return ExitCode.FAILED;
      }
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
