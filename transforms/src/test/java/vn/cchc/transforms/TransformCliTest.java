package vn.cchc.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line of {@code ./cchc transform}, up to the point where Spark would start. */
class TransformCliTest {
  @TempDir Path dir;
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();

  int run(Map<String, String> env, String... args) {
    return TransformCli.run(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        env,
        args);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theWarehouseComesFromCchcWarehouseWhenNoOptionNamesIt() {
    Path empty = dir.resolve("kho-trong");
    int code = run(Map.of("CCHC_WAREHOUSE", empty.toString()));
    assertThat(code).isEqualTo(2);
    assertThat(err())
        .isEqualTo(
            "Không thể chạy biến đổi: kho "
                + empty
                + " chưa có dữ liệu nạp (thiếu ingest/CURRENT)\n");
  }

  @Test
  void theOptionWinsOverCchcWarehouse() {
    Path named = dir.resolve("kho-tham-so");
    int code =
        run(
            Map.of("CCHC_WAREHOUSE", dir.resolve("kho-bien").toString()),
            "--warehouse",
            named.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err()).startsWith("Không thể chạy biến đổi: kho " + named + " chưa có dữ liệu nạp");
  }

  @Test
  void helpPrintsTheUsageAndAnUnknownOptionIsRefusedWithIt() {
    assertThat(run(Map.of(), "--help")).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .startsWith("Cách dùng: cchc transform [--warehouse DIR]")
        .contains("CCHC_WAREHOUSE");
    assertThat(run(Map.of(), "--colour", "blue")).isEqualTo(2);
    assertThat(err()).startsWith("Không thể hiểu tham số: --colour\nCách dùng: cchc transform");
  }
}
