package vn.cchc.transforms.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.transforms.Fixtures;
import vn.cchc.transforms.SparkSessions;
import vn.cchc.transforms.TransformConfig;
import vn.cchc.transforms.bench.MartVerification.SparkRun;

/**
 * {@code ./cchc bench verify} on the hand-computed province: the Spark run agrees with the SQL
 * yardstick; a mart altered after the run is reported, against the yardstick and as a cluster run
 * against the local one; bad arguments are refused before any run. One Spark run for the class: the
 * altered marts are a copy of its marts, compared again. The comparison with a real cluster runs in
 * {@code TransformClusterIT}.
 */
class MartVerificationTest {
  private static final String AS_OF = "2023-06-30";
  @TempDir static Path dir;
  private static Path warehouse;

  /** The one Spark run of this class (a Spark run costs seconds; the comparison does not). */
  private static Outcome verified;

  /** A copy of the marts that run wrote, taken before they were compared. */
  private static Path sparkMarts;

  @BeforeAll
  static void verifyTheIngestedFixture() throws IOException {
    warehouse = dir.resolve("warehouse");
    SparkSession spark = SparkSessions.create("local[2]", 2);
    try {
      Fixtures.province2022(spark).writeSnapshot(warehouse, "s000001");
    } finally {
      spark.stop();
    }
    sparkMarts = dir.resolve("spark-marts");
    verified =
        verify(
            marts -> copyTree(marts, sparkMarts),
            "--warehouse",
            warehouse.toString(),
            "--as-of",
            AS_OF);
  }

  /** Exit code, standard output and standard error of one run. */
  private record Outcome(int exitCode, String out, String err) {}

  private static Outcome verify(Consumer<Path> beforeComparing, String... args) {
    return capture((out, err) -> MartVerification.run(out, err, Map.of(), beforeComparing, args));
  }

  private interface Command {
    int run(PrintStream out, PrintStream err) throws Exception;
  }

  private static Outcome capture(Command command) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try {
      code =
          command.run(
              new PrintStream(out, true, StandardCharsets.UTF_8),
              new PrintStream(err, true, StandardCharsets.UTF_8));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    return new Outcome(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** The comparison alone, over marts written before, as after the Spark runs of a verification. */
  private static Outcome compare(Path localMarts, Optional<SparkRun> cluster) {
    TransformConfig config =
        TransformConfig.defaults().withWarehouse(warehouse).withAsOf(LocalDate.parse(AS_OF));
    Path snapshot = new WarehouseLayout(warehouse).currentSnapshotDir().orElseThrow();
    return capture(
        (out, err) ->
            MartVerification.compare(
                config,
                snapshot,
                Files.createTempDirectory(dir, "scratch"),
                MartVerification.DEFAULT_DUCKDB_MEMORY,
                new SparkRun(MartVerification.LOCAL_MASTER, localMarts, 1.0),
                cluster,
                out,
                err));
  }

  @Test
  void everyMartOfTheSparkRunAgreesWithTheSqlYardstick() throws IOException {
    Outcome o = verified;

    assertThat(o.exitCode()).as(o.out() + o.err()).isEqualTo(ExitCode.OK);
    for (TableSchema mart : MartTables.ALL) {
      assertThat(o.out()).containsPattern("\\| " + mart.name() + " +\\|");
    }
    assertThat(o.out())
        .contains("tính đến " + AS_OF)
        .contains("Spark local[*] so với SQL DuckDB (số thực sai khác tối đa 1e-9).")
        .containsPattern("\\| index_scores +\\| +5 \\| +5 \\| +0 \\| +– \\| +– \\|")
        .contains("Khớp: cả " + MartTables.ALL.size() + " bảng của Spark trùng với SQL DuckDB.")
        .contains("| Spark cục bộ (local[*])")
        .contains("| SQL DuckDB (cùng các bảng)")
        .doesNotContain("trên cụm (");
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    assertThat(layout.currentReleaseId()).as("nothing is published").isEmpty();
    try (Stream<Path> left = Files.list(layout.tmpDir())) {
      assertThat(left).as("the scratch folder is removed").isEmpty();
    }
  }

  @Test
  void aMartThatDiffersIsReportedWithItsFirstDifferences() throws IOException {
    Path altered = dir.resolve("altered-marts");
    copyTree(sparkMarts, altered);
    addOneToTotalOfUnit(altered.resolve(MartTables.INDEX_SCORES.name()), "B");
    Outcome o = compare(altered, Optional.empty());

    assertThat(o.exitCode()).as(o.out() + o.err()).isEqualTo(ExitCode.FAILED);
    assertThat(o.out())
        .containsPattern("\\| index_scores +\\| +5 \\| +5 \\| +1 \\| +– \\| +– \\|")
        .containsPattern("\\| score_facts +\\|( +[0-9,]+ \\|){2} +0 \\|")
        .contains("KHÁC BIỆT ở 1 bảng: index_scores.")
        .contains(
            "  Spark–DuckDB index_scores.total_points [2022|B@2000-01-01]: mong đợi 90.0 nhưng có"
                + " 91.0\n");
  }

  @Test
  void aClusterRunThatDiffersFromTheLocalRunIsReported() throws IOException {
    Path altered = dir.resolve("altered-cluster-marts");
    copyTree(sparkMarts, altered);
    addOneToTotalOfUnit(altered.resolve(MartTables.INDEX_SCORES.name()), "B");
    Outcome o =
        compare(sparkMarts, Optional.of(new SparkRun("spark://127.0.0.1:7077", altered, 2.0)));

    assertThat(o.exitCode()).as(o.out() + o.err()).isEqualTo(ExitCode.FAILED);
    assertThat(o.out())
        .contains("; Spark trên cụm spark://127.0.0.1:7077 so với lượt cục bộ (trùng khít).")
        .containsPattern("\\| index_scores +\\| +5 \\| +5 \\| +0 \\| +5 \\| +2 \\|")
        .containsPattern("\\| score_facts +\\|( +[0-9,]+ \\|){2} +0 \\| +[0-9,]+ \\| +0 \\|")
        .contains("| Spark trên cụm (spark://127.0.0.1:7077) |")
        .contains("KHÁC BIỆT ở 1 bảng: index_scores.")
        .containsPattern(
            "  cụm–cục bộ index_scores: thiếu dòng \\(2022, B, B@2000-01-01, .*90\\.0, ")
        .containsPattern(
            "  cụm–cục bộ index_scores: thừa dòng \\(2022, B, B@2000-01-01, .*91\\.0, ");
  }

  @Test
  void aLocalMasterIsRefusedBeforeAnyRun() {
    Outcome o = verify(marts -> {}, "--warehouse", warehouse.toString(), "--master", "local[2]");

    assertThat(o.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(o.err())
        .startsWith(
            "Không thể dùng --master local[2]: lượt cục bộ (local[*]) luôn được chạy, --master là"
                + " cụm để so với nó (spark://MÁY:CỔNG)\n")
        .contains("Cách dùng: ./cchc bench verify");
  }

  @Test
  void aMemoryLimitThatIsNotASizeIsRefused() {
    Outcome o = verify(marts -> {}, "--warehouse", warehouse.toString(), "--duckdb-memory", "lots");

    assertThat(o.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(o.err())
        .startsWith(
            "Không thể dùng --duckdb-memory lots: cần một dung lượng như 4GB, 512MB hoặc 1.5GiB\n");
  }

  @Test
  void aWarehouseWithoutIngestIsRefused() {
    Path empty = dir.resolve("empty");
    Outcome o = verify(marts -> {}, "--warehouse", empty.toString());

    assertThat(o.exitCode()).isEqualTo(ExitCode.USAGE);
    assertThat(o.err())
        .isEqualTo(
            "Không thể kiểm chứng: kho "
                + empty
                + " chưa có dữ liệu nạp (chạy ./cchc ingest trước)"
                + System.lineSeparator());
  }

  /** Rewrites the mart's one file with 1 point more in one unit's total, as a buggy run would. */
  private static void addOneToTotalOfUnit(Path mart, String unitCode) {
    Path altered = mart.resolveSibling(mart.getFileName() + ".parquet");
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      st.execute(
          "COPY (SELECT * REPLACE (CASE WHEN unit_code = '"
              + unitCode
              + "' THEN total_points + 1 ELSE total_points END AS total_points) FROM read_parquet('"
              + mart
              + "/*.parquet')) TO '"
              + altered
              + "' (FORMAT parquet)");
      try (Stream<Path> files = Files.list(mart)) {
        for (Path f : files.toList()) {
          Files.delete(f);
        }
      }
      Files.move(altered, mart.resolve("part-0.parquet"), StandardCopyOption.ATOMIC_MOVE);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot alter " + mart, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void copyTree(Path from, Path to) {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
