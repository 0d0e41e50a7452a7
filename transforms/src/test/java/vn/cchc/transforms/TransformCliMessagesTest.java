package vn.cchc.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.SparkException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.warehouse.AtomicFiles;
import vn.cchc.model.warehouse.WarehouseLayout;

/** What {@code ./cchc transform} tells a user without running Spark: --help, a full disk. */
class TransformCliMessagesTest {
  @TempDir Path tmp;

  @Test
  void helpStatesTheDefaultThresholdsTheLikert5WeightsAndWhatIsRounded() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        TransformCli.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            Map.of(),
            "--help");

    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith(TransformCli.USAGE + "\n\n")
        .endsWith(TransformCli.CONVENTIONS)
        .contains(
            "- --weakness-threshold-pct 50.0: một tiêu chí là yếu (criterion_heatmap.weak,"
                + " criterion_weakness, inspection_targets.score_failing_criteria) khi tỷ lệ đạt CHƯA"
                + " làm tròn",
            "- --low-satisfaction-pct 80.0: hài lòng thấp",
            "- --small-sample-respondents 30: satisfaction.small_sample khi số người trả lời"
                + " (respondents) nhỏ hơn số này.",
            "LIKERT5 default weights: 1 → 0.0, 2 → 0.25, 3 → 0.5, 4 → 0.75, 5 → 1.0 ");
  }

  /** The chain of a real run on a full 4 MB tmpfs, Spark's exception at its head. */
  @Test
  void aFullDiskDuringTheReleaseWriteIsReportedInVietnamese() throws IOException {
    WarehouseLayout layout = new WarehouseLayout(tmp.resolve("kho"));
    Files.createDirectories(layout.releasesDir());
    AtomicFiles.flipPointer(layout.releasePointer(), "r20251201T000000Z-aaaaaa");
    Path mart = layout.releasesDir().resolve("r2.tmp-0d30").resolve("index_scores");
    SparkException failure =
        new SparkException(
            "[TASK_WRITE_FAILED] Task failed while writing rows to file:"
                + mart
                + ". SQLSTATE: 58030",
            new IllegalStateException(
                "Unable to close resource",
                new Error(
                    "java.io.IOException: No space left on device",
                    new IOException("No space left on device"))));

    assertThat(TransformCli.diskFull(failure, layout))
        .contains(
            "Không thể xuất bản bản phát hành: ổ đĩa chứa "
                + layout.releasesDir()
                + " đã đầy (không ghi được "
                + mart
                + "). Không có gì thay đổi: bản phát hành r20251201T000000Z-aaaaaa vẫn được phục"
                + " vụ. Hãy giải phóng chỗ trống trên ổ đĩa đó rồi chạy lại.");
    assertThat(TransformCli.diskFull(new SparkException("Job aborted"), layout))
        .isEqualTo(Optional.empty());
  }
}
