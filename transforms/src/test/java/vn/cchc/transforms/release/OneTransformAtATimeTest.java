package vn.cchc.transforms.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.ingestion.IngestCli;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.testsupport.Repo;
import vn.cchc.transforms.DuckDb;
import vn.cchc.transforms.TransformCli;

/**
 * One transform at a time per warehouse: a second one started beside a running one is refused at
 * once, and a run clears what a killed one left behind.
 */
class OneTransformAtATimeTest {
  private static final String AS_OF = "2025-06-30";

  @TempDir Path tmp;

  @Test
  void twoTransformsStartedTogetherOnePublishesAndTheOtherIsRefusedAtOnce() throws Exception {
    WarehouseLayout layout = ingestedWarehouse(tmp.resolve("warehouse"));
    Process a = startTransform(layout, tmp.resolve("a.log"));
    Process b = startTransform(layout, tmp.resolve("b.log"));
    CompletableFuture.anyOf(a.onExit(), b.onExit()).get(300, TimeUnit.SECONDS);
    boolean aEndedFirst = !a.isAlive();
    Process refused = aEndedFirst ? a : b;
    Process publishing = aEndedFirst ? b : a;
    String refusedLog =
        Files.readString(tmp.resolve(aEndedFirst ? "a.log" : "b.log"), StandardCharsets.UTF_8);

    // refused before its own Spark started: the other one was still running its job when it ended
    assertThat(publishing.isAlive())
        .as("the refused transform ended while the other still ran")
        .isTrue();
    assertThat(refused.exitValue()).as(refusedLog).isEqualTo(2);
    assertThat(refusedLog)
        .contains(
            "Không thể chạy biến đổi: một lượt biến đổi khác đang chạy trên kho "
                + layout.root()
                + " (chờ lượt đó xong rồi chạy lại)")
        .doesNotContain("Đã xuất bản");

    assertThat(publishing.waitFor(300, TimeUnit.SECONDS)).isTrue();
    String publishedLog =
        Files.readString(tmp.resolve(aEndedFirst ? "b.log" : "a.log"), StandardCharsets.UTF_8);
    assertThat(publishing.exitValue()).as(publishedLog).isZero();
    String current = layout.currentReleaseId().orElseThrow();
    assertThat(publishedLog).contains("Đã xuất bản bản phát hành " + current);
    assertThat(new ReleasePublisher(layout, java.time.Clock.systemUTC()).releaseIds())
        .containsExactly(current);
    try (DuckDb db = DuckDb.readOnly(layout.catalogFile())) {
      assertThat(db.scalar("SELECT release_id FROM release_info")).isEqualTo(current);
      assertThat(db.scalar("SELECT count(*) FROM index_scores")).isEqualTo(2L);
    }
    assertThat(namesUnder(layout.root())).noneMatch(n -> n.contains(".tmp-"));
  }

  @Test
  void aRefusedTransformTouchesNothingAndTheNextOneClearsWhatAKilledOneLeft() throws Exception {
    WarehouseLayout layout = ingestedWarehouse(tmp.resolve("warehouse"));
    String uuid = UUID.randomUUID().toString();
    // what a transform killed while building the catalog leaves: the temp catalog and its WAL, and
    // a release
    // directory that never got renamed
    Path catalog = layout.root().resolve(".catalog.duckdb.tmp-" + uuid);
    Path wal = layout.root().resolve(".catalog.duckdb.tmp-" + uuid + ".wal");
    Path release = layout.releasesDir().resolve("r20250101T000000Z-0a1b2c.tmp-" + uuid);
    Files.write(catalog, new byte[4096]);
    Files.write(wal, new byte[512]);
    Files.createDirectories(release.resolve("index_scores"));
    Files.writeString(release.resolve("index_scores").resolve("part-0.parquet"), "half written");

    try (ReleaseLock running = ReleaseLock.acquire(layout)) {
      Run refused = transform(layout);
      assertThat(refused.code()).isEqualTo(2);
      assertThat(refused.err())
          .isEqualTo(
              "Không thể chạy biến đổi: một lượt biến đổi khác đang chạy trên kho "
                  + layout.root()
                  + " (chờ lượt đó xong rồi chạy lại)"
                  + System.lineSeparator());
      assertThat(catalog).exists();
      assertThat(wal).exists();
      assertThat(release).exists();
    }

    Run next = transform(layout);
    assertThat(next.code()).as(next.err()).isZero();
    assertThat(next.out())
        .contains("Đã xóa 3 tệp/thư mục tạm do một lượt biến đổi bị dừng giữa chừng để lại");
    assertThat(catalog).doesNotExist();
    assertThat(wal).doesNotExist();
    assertThat(release).doesNotExist();
    assertThat(namesUnder(layout.root())).noneMatch(n -> n.contains(".tmp-"));
    try (DuckDb db = DuckDb.readOnly(layout.catalogFile())) {
      assertThat(db.scalar("SELECT release_id FROM release_info"))
          .isEqualTo(layout.currentReleaseId().orElseThrow());
    }
  }

  @Test
  void aWarehouseNothingWasIngestedIntoIsRefusedWithoutALockFile() {
    WarehouseLayout layout = new WarehouseLayout(tmp.resolve("empty"));
    Run run = transform(layout);
    assertThat(run.code()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "Không thể chạy biến đổi: kho "
                + layout.root()
                + " chưa có dữ liệu nạp (thiếu ingest/CURRENT)"
                + System.lineSeparator());
    assertThat(layout.root()).doesNotExist();
  }

  private record Run(int code, String out, String err) {}

  private static Run transform(WarehouseLayout layout) {
    var out = new ByteArrayOutputStream();
    var err = new ByteArrayOutputStream();
    int code =
        TransformCli.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of(),
            "--warehouse",
            layout.root().toString(),
            "--master",
            "local[2]",
            "--as-of",
            AS_OF);
    return new Run(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** A real transform in its own JVM, started with this JVM's Spark flags and class path. */
  private static Process startTransform(WarehouseLayout layout, Path log) throws Exception {
    List<String> command = new ArrayList<>(List.of(Repo.java(), "-Xmx1g"));
    command.addAll(
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
            .filter(
                a ->
                    (a.startsWith("-X") && !a.startsWith("-Xmx"))
                        || a.startsWith("--add")
                        || a.startsWith("-D"))
            .toList());
    command.addAll(
        List.of(
            "-cp",
            System.getProperty("java.class.path"),
            TransformCli.class.getName(),
            "--warehouse",
            layout.root().toString(),
            "--master",
            "local[2]",
            "--as-of",
            AS_OF));
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(log.toFile())
        .start();
  }

  /**
   * Two departments, one year, four self-scores: enough for every mart, loaded by the real
   * ingestion.
   */
  private static WarehouseLayout ingestedWarehouse(Path root) throws Exception {
    Path in = Files.createDirectories(root.resolveSibling(root.getFileName() + "-input"));
    write(
        in,
        "methodology_versions.csv",
        "version,name,legal_basis,from_year,to_year",
        "V2022,Bộ tiêu chí 2022,103/QĐ-UBND,2022,");
    write(
        in,
        "criteria.csv",
        "version,bloc,field_code,criterion_code,sub_criterion_code,name,max_points,assessment,scoring",
        "V2022,SO,1,,,Công tác chỉ đạo điều hành CCHC,,,",
        "V2022,SO,1,1.1,,Kế hoạch CCHC năm,,,",
        "V2022,SO,1,1.1,1.1.1,Ban hành kế hoạch CCHC đúng thời hạn,1,SELF,LEVELS:1|0.5|0",
        "V2022,SO,2,,,Cải cách thủ tục hành chính,,,",
        "V2022,SO,2,2.1,,Giải quyết TTHC,,,",
        "V2022,SO,2,2.1,2.1.1,Tỷ lệ hồ sơ giải quyết đúng hạn,3,SELF,PROPORTIONAL");
    write(
        in,
        "bands.csv",
        "version,bloc,band,min_pct,label",
        "V2022,SO,A,90,Tốt",
        "V2022,SO,B,80,Khá",
        "V2022,SO,C,0,Trung bình");
    write(
        in,
        "units.csv",
        "unit_code,name,bloc,parent_code,valid_from,valid_to",
        "AG,Tỉnh An Giang,TINH,,2000-01-01,",
        "SO-TC,Sở Tài chính,SO,AG,2000-01-01,",
        "SO-NV,Sở Nội vụ,SO,AG,2000-01-01,");
    write(
        in,
        "self_scores_2024.csv",
        "year,unit_code,sub_criterion_code,points,applicable,note",
        "2024,SO-TC,1.1.1,1,,",
        "2024,SO-TC,2.1.1,2.5,,",
        "2024,SO-NV,1.1.1,0.5,,",
        "2024,SO-NV,2.1.1,3,,");
    assertThat(IngestCli.run(in.toString(), "--warehouse", root.toString())).isZero();
    return new WarehouseLayout(root);
  }

  private static void write(Path dir, String name, String... lines) throws Exception {
    Files.writeString(dir.resolve(name), String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
  }

  private static List<String> namesUnder(Path root) throws Exception {
    try (Stream<Path> all = Files.walk(root)) {
      return all.map(p -> p.getFileName().toString()).toList();
    }
  }
}
