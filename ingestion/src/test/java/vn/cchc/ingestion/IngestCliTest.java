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
}
