package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.testsupport.FileHashes;
import vn.cchc.testsupport.Repo;

/**
 * The command line of {@code ./cchc ingest}: usage, refusals and where the warehouse comes from.
 */
class IngestCliTest {
  @TempDir Path tmp;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(Map<String, String> env, String... args) {
    return IngestCli.run(
        List.of(args),
        env,
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void helpPrintsTheUsageWhateverElseIsGiven() {
    assertThat(run(Map.of(), "--colour", "--help")).isEqualTo(IngestCli.OK);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(IngestOptions.USAGE);
  }

  @Test
  void anUnknownOptionAMissingValueOrNoInputIsRefusedWithTheUsage() {
    assertThat(run(Map.of(), "a.csv", "--colour", "blue")).isEqualTo(IngestCli.USAGE);
    assertThat(run(Map.of(), "a.csv", "--warehouse")).isEqualTo(IngestCli.USAGE);
    assertThat(run(Map.of(), "--keep-snapshots", "0", "a.csv")).isEqualTo(IngestCli.USAGE);
    assertThat(run(Map.of(), "--warehouse", tmp.toString())).isEqualTo(IngestCli.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "Không thể hiểu tham số: --colour\n"
                + IngestOptions.USAGE
                + "Không thể hiểu tham số --warehouse: thiếu giá trị\n"
                + IngestOptions.USAGE
                + "Không thể dùng --keep-snapshots 0: cần số nguyên dương\n"
                + IngestOptions.USAGE
                + "Không thể nạp: chưa chỉ ra tệp hoặc thư mục nào\n"
                + IngestOptions.USAGE);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void theWarehouseComesFromCchcWarehouseWhenNoOptionNamesIt() throws Exception {
    Path input =
        Files.copy(
            Repo.sampleProvince().resolve("survey_questions.csv"),
            tmp.resolve("survey_questions.csv"));
    Path warehouse = tmp.resolve("kho-bien-moi-truong");
    int code = run(Map.of("CCHC_WAREHOUSE", warehouse.toString()), input.toString());
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isIn(IngestCli.OK, IngestCli.REJECTS);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains(" → kho " + warehouse + "\n");
    assertThat(warehouse.resolve("ingest").resolve("CURRENT")).isRegularFile();
  }

  @Test
  void aBatchWhoseEveryFileIsRefusedSaysNothingWasLoadedAndExitsWithUsage() throws Exception {
    Path warehouse = tmp.resolve("kho");
    Path questions =
        Files.copy(
            Repo.sampleProvince().resolve("survey_questions.csv"),
            tmp.resolve("survey_questions.csv"));
    assertThat(run(Map.of(), "--warehouse", warehouse.toString(), questions.toString()))
        .isIn(IngestCli.OK, IngestCli.REJECTS);
    Map<String, String> before = FileHashes.of(warehouse.resolve("ingest"));
    out.reset();

    int code =
        run(
            Map.of(),
            "--warehouse",
            warehouse.toString(),
            Repo.badSamples().resolve("self_scores-random-bytes.csv").toString(),
            Repo.badSamples().resolve("self_scores-unbalanced-quote.csv").toString());

    assertThat(code).isEqualTo(IngestCli.USAGE);
    String printed = out.toString(StandardCharsets.UTF_8);
    assertThat(printed)
        .contains("Không có tệp nào được nạp; kho giữ nguyên.\n")
        .doesNotContain("đã có sẵn trong kho")
        .doesNotContain("Đã ghi phiên bản kho");
    assertThat(FileHashes.of(warehouse.resolve("ingest"))).isEqualTo(before);
  }

  @Test
  void aBatchWhoseEveryRowIsRejectedSaysNoRowWasTaken() throws Exception {
    Path warehouse = tmp.resolve("kho");
    Path scores =
        Files.writeString(
            tmp.resolve("self_scores.csv"),
            "year,unit_code,sub_criterion_code,points\n2023,89-STP,1.1.1,chín\n",
            StandardCharsets.UTF_8);
    assertThat(run(Map.of(), "--warehouse", warehouse.toString(), scores.toString()))
        .isEqualTo(IngestCli.USAGE);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Không có dòng nào được nhận: không có tệp nào được nạp; kho giữ nguyên.\n");
    assertThat(warehouse.resolve("ingest").resolve("CURRENT")).doesNotExist();
  }
}
