package vn.cchc.transforms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.model.error.CchcException;

class TransformConfigTest {

  @Test
  void defaults() {
    TransformConfig c = TransformConfig.fromEnvironmentAnd(Map.of("as-of", "2025-12-31"), Map.of());
    assertThat(c.warehouse()).isEqualTo(Path.of("./warehouse").toAbsolutePath().normalize());
    assertThat(c.master()).isEqualTo("local[*]");
    assertThat(c.keepReleases()).isEqualTo(5);
    assertThat(c.asOf()).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(c.weaknessThresholdPct()).isEqualTo(50.0);
    assertThat(c.smallSampleRespondents()).isEqualTo(30);
    assertThat(c.lowSatisfactionPct()).isEqualTo(80.0);
    assertThat(c.shufflePartitions()).isEqualTo(4);
  }

  @Test
  void environmentOverridesDefaultsAndArgumentsOverrideEnvironment() {
    TransformConfig c =
        TransformConfig.fromEnvironmentAnd(
            TransformCli.parse("--keep-releases", "3", "--master=spark://127.0.0.1:7077"),
            Map.of(
                "CCHC_TRANSFORM_KEEP_RELEASES",
                "9",
                "CCHC_TRANSFORM_WEAKNESS_THRESHOLD_PCT",
                "60",
                "HOME",
                "/root"));
    assertThat(c.keepReleases()).isEqualTo(3);
    assertThat(c.weaknessThresholdPct()).isEqualTo(60.0);
    assertThat(c.master()).isEqualTo("spark://127.0.0.1:7077");
  }

  @Test
  void theWarehouseIsTheArgumentThenTheTransformVariableThenCchcWarehouseThenTheDefault() {
    Map<String, String> env =
        Map.of("CCHC_WAREHOUSE", "/data/kho", "CCHC_TRANSFORM_WAREHOUSE", "/data/kho-bien-doi");
    assertThat(
            TransformConfig.fromEnvironmentAnd(
                    Map.of("warehouse", "/srv/kho", "as-of", "2025-12-31"), env)
                .warehouse())
        .isEqualTo(Path.of("/srv/kho"));
    assertThat(TransformConfig.fromEnvironmentAnd(Map.of("as-of", "2025-12-31"), env).warehouse())
        .isEqualTo(Path.of("/data/kho-bien-doi"));
    assertThat(
            TransformConfig.fromEnvironmentAnd(
                    Map.of("as-of", "2025-12-31"), Map.of("CCHC_WAREHOUSE", "/data/kho"))
                .warehouse())
        .isEqualTo(Path.of("/data/kho"));
  }

  @Test
  void rejectsBadValuesWithTheKeyInTheMessage() {
    assertThatThrownBy(() -> TransformConfig.fromMap(Map.of("keep-releases", "0")))
        .isInstanceOf(CchcException.class)
        .hasMessage("Không thể dùng giá trị cấu hình keep-releases: 0");
    assertThatThrownBy(() -> TransformConfig.fromMap(Map.of("as-of", "31/12/2025")))
        .isInstanceOf(CchcException.class)
        .hasMessage("Không thể dùng giá trị cấu hình as-of: 31/12/2025");
    assertThatThrownBy(() -> TransformConfig.fromMap(Map.of("colour", "blue")))
        .isInstanceOf(CchcException.class)
        .hasMessage("Không thể đọc cấu hình: khóa không hợp lệ colour");
    assertThatThrownBy(() -> TransformCli.parse("--keep-releases"))
        .isInstanceOf(CchcException.class)
        .hasMessage("Không thể hiểu tham số --keep-releases: thiếu giá trị");
  }
}
