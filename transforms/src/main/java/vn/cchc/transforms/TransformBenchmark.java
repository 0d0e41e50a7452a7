package vn.cchc.transforms;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.transforms.bench.DuckDbMarts;

/**
 * {@code cchc bench transform [--warehouse DIR] [--master M]}: on an ingested warehouse (the sample
 * province), times the Spark transform (read, compute, write every mart) and, in the same run,
 * plain DuckDB SQL computing the same marts (read, compute, write), and prints the ratio. Writes
 * only under WAREHOUSE/tmp, removed afterwards; the published release is not touched.
 */
public final class TransformBenchmark {
  private TransformBenchmark() {}

  static final CommandLine COMMAND_LINE =
      CommandLine.of(
              """
      Cách dùng: ./cchc bench transform [--warehouse THƯ_MỤC] [--master local[*]|spark://MÁY:CỔNG]
        Đo thời gian biến đổi trên kho đã nạp (mặc định: biến CCHC_WAREHOUSE hoặc ./warehouse); nhận mọi khóa
        của ./cchc transform. Chỉ ghi vào THƯ_MỤC/tmp, xóa khi xong.""")
          .option(TransformConfig.KNOWN_KEYS.toArray(String[]::new));

  public static void main(String[] args) throws Exception {
    TransformConfig config;
    try {
      CommandLine.Arguments arguments = COMMAND_LINE.parse(args);
      if (arguments.help()) {
        COMMAND_LINE.printUsage(System.out);
        return;
      }
      config = TransformConfig.fromEnvironmentAnd(arguments.values(), System.getenv());
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
      long t0 = System.nanoTime();
      SparkSession spark = SparkSessions.create(config.master(), config.shufflePartitions());
      long t1 = System.nanoTime();
      long rows = 0;
      StringBuilder perMart = new StringBuilder();
      try {
        TransformInputs in = WarehouseReader.read(spark, snapshot);
        long c0 = System.nanoTime();
        Map<TableSchema, Dataset<Row>> marts = TransformJob.computeMarts(in, config);
        perMart.append(
            String.format("  %-22s %6.1f s%n", "(checkpoints)", (System.nanoTime() - c0) / 1e9));
        for (var e : marts.entrySet()) {
          long m0 = System.nanoTime();
          e.getValue()
              .coalesce(1)
              .write()
              .mode(SaveMode.ErrorIfExists)
              .parquet(scratch.resolve("spark").resolve(e.getKey().name()).toString());
          perMart.append(
              String.format(
                  "  %-22s %6.1f s%n", e.getKey().name(), (System.nanoTime() - m0) / 1e9));
        }
        for (TableSchema mart : marts.keySet()) {
          rows +=
              spark
                  .read()
                  .parquet(scratch.resolve("spark").resolve(mart.name()).toString())
                  .count();
        }
      } finally {
        spark.stop();
      }
      long t2 = System.nanoTime();
      long duckRows = 0;
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:")) {
        DuckDbMarts.createRawViews(c, snapshot);
        DuckDbMarts.compute(c, config);
        java.nio.file.Files.createDirectories(scratch.resolve("duckdb"));
        for (TableSchema mart : MartTables.ALL) {
          try (Statement st = c.createStatement()) {
            st.execute(
                "COPY "
                    + DuckDbMarts.EXPECTED_PREFIX
                    + mart.name()
                    + " TO '"
                    + scratch.resolve("duckdb").resolve(mart.name() + ".parquet")
                    + "' (FORMAT parquet)");
            try (var rs =
                st.executeQuery(
                    "SELECT count(*) FROM " + DuckDbMarts.EXPECTED_PREFIX + mart.name())) {
              rs.next();
              duckRows += rs.getLong(1);
            }
          }
        }
      }
      long t3 = System.nanoTime();
      double sparkStart = (t1 - t0) / 1e9;
      double sparkJob = (t2 - t1) / 1e9;
      double duck = (t3 - t2) / 1e9;
      System.out.printf(
          "Kho: %s (dữ liệu nạp %s), master %s%n",
          layout.root(), snapshot.getFileName(), config.master());
      System.out.printf(
          "Spark  : khởi động %.1f s + biến đổi %.1f s (%d dòng trong %d bảng)%n",
          sparkStart, sparkJob, rows, MartTables.ALL.size());
      System.out.print(perMart);
      System.out.printf("DuckDB : %.1f s (%d dòng, cùng các bảng bằng SQL)%n", duck, duckRows);
      System.out.printf(
          "Tỷ lệ Spark / DuckDB: %.1f× (tính cả khởi động Spark: %.1f×)%n",
          sparkJob / duck, (sparkStart + sparkJob) / duck);
    } finally {
      if (java.nio.file.Files.exists(scratch)) {
        vn.cchc.transforms.release.ReleasePublisher.deleteTree(scratch);
      }
    }
  }
}
