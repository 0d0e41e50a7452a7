package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.ingestion.bench.SyntheticScores;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.testsupport.FileHashes;
import vn.cchc.testsupport.Repo;

/**
 * A real ingest process killed mid-way leaves the committed snapshot complete, readable and
 * unchanged.
 */
class CrashSafetyTest {
  private static final long ROWS = 600_000;
  private static final long BASE_ROWS = 5_000;

  @TempDir static Path tmp;
  static Path big;

  @BeforeAll
  static void writeInputs() throws IOException {
    SyntheticScores.writeReference(tmp.resolve("reference"), ROWS);
    SyntheticScores.writeCsv(tmp.resolve("reference").resolve("self_scores_base.csv"), BASE_ROWS);
    big = tmp.resolve("self_scores_big.csv");
    SyntheticScores.writeCsv(big, ROWS);
  }

  private Path baseWarehouse(String name) {
    Path wh = tmp.resolve(name);
    Ingestion.Result r =
        new Ingestion(
                new IngestOptions(
                    List.of(tmp.resolve("reference")),
                    wh,
                    IngestOptions.OnError.FAIL_FILE,
                    null,
                    10))
            .run();
    assertThat(r.snapshotId()).contains("s000001");
    return wh;
  }

  private static Process startIngest(Path wh) throws IOException {
    return new ProcessBuilder(
            Repo.java(),
            "-cp",
            System.getProperty("java.class.path"),
            IngestCli.class.getName(),
            big.toString(),
            "--warehouse",
            wh.toString())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static boolean anyChild(Path dir, Predicate<String> name) {
    if (!Files.isDirectory(dir)) {
      return false;
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.anyMatch(p -> name.test(p.getFileName().toString()));
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Starts an ingest, waits until {@code phase} holds, and kills the process with SIGKILL while it
   * runs.
   */
  private static void killDuring(Path wh, Predicate<Path> phase) throws Exception {
    Process p = startIngest(wh);
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!phase.test(wh) && p.isAlive() && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(p.isAlive()).as("the ingest must still be running when it is killed").isTrue();
    p.destroyForcibly();
    assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
  }

  private static long scoreRows(Path wh) throws Exception {
    Path snapshot = new WarehouseLayout(wh).currentSnapshotDir().orElseThrow();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM read_parquet('" + snapshot + "/self_scores/*/*.parquet')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private void assertKillLeavesPreviousState(String name, Predicate<Path> phase) throws Exception {
    Path wh = baseWarehouse(name);
    WarehouseLayout layout = new WarehouseLayout(wh);
    Map<String, String> before = FileHashes.of(layout.snapshotDir("s000001"));
    killDuring(wh, phase);
    assertThat(layout.currentSnapshotId()).contains("s000001");
    assertThat(FileHashes.of(layout.snapshotDir("s000001"))).isEqualTo(before);
    assertThat(scoreRows(wh)).isEqualTo(BASE_ROWS);

    // the next run clears what the killed one left and commits
    Ingestion.Result r =
        new Ingestion(
                new IngestOptions(List.of(big), wh, IngestOptions.OnError.FAIL_FILE, null, 10))
            .run();
    assertThat(r.snapshotId()).contains("s000002");
    assertThat(scoreRows(wh)).isEqualTo(ROWS);
    assertThat(anyChild(layout.snapshotsDir(), n -> n.startsWith(".tmp-"))).isFalse();
    assertThat(anyChild(layout.tmpDir(), n -> n.startsWith("b"))).isFalse();
  }

  @Test
  void killedWhileLoadingRows() throws Exception {
    long[] stagingSeen = {0};
    // 1.5 s after the staging database appears, a 600k-row load (about 9 s here) is well under way
    assertKillLeavesPreviousState(
        "loading",
        wh -> {
          if (stagingSeen[0] == 0 && anyChild(wh.resolve("tmp"), n -> n.endsWith(".duckdb"))) {
            stagingSeen[0] = System.nanoTime();
          }
          return stagingSeen[0] != 0 && System.nanoTime() - stagingSeen[0] > 1_500_000_000L;
        });
  }

  @Test
  void killedWhileWritingTheNewSnapshot() throws Exception {
    assertKillLeavesPreviousState(
        "committing",
        wh -> anyChild(wh.resolve("ingest").resolve("snapshots"), n -> n.startsWith(".tmp-")));
  }
}
