package vn.cchc.ingestion.commit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.schema.InputTables;

/**
 * A write of the batch's DuckDB that fails for a full disk, for real: {@code /dev/full} answers
 * every write with ENOSPC, so DuckDB reports {@code Could not write file "/dev/full": No space left
 * on device}, which the user reads in Vietnamese.
 */
class FullDiskTest {
  @TempDir Path tmp;

  @Test
  void aFullDiskIsReportedInVietnameseNamingTheFileAndTheSnapshotKept() throws Exception {
    Path devFull = Path.of("/dev/full");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(devFull), "needs /dev/full");
    try (Staging staging =
        new Staging(tmp.resolve("tmp"), "b1", Optional.of(tmp.resolve("s000007")))) {
      staging.prepare(InputTables.UNITS);
      staging.computeChanges(InputTables.UNITS);

      assertThatThrownBy(() -> staging.writeParquet(InputTables.UNITS, null, devFull))
          .isInstanceOfSatisfying(
              CchcException.class, e -> assertThat(e.code()).isEqualTo(ErrorCode.IO_ERROR))
          .hasMessage(
              "Không thể nạp: ổ đĩa chứa /dev đã đầy (không ghi được /dev/full). Không có gì thay"
                  + " đổi: kho vẫn ở phiên bản s000007. Hãy giải phóng chỗ trống trên ổ đĩa đó rồi"
                  + " chạy lại.");
    }
    assertThat(Staging.unchanged(Optional.empty())).isEqualTo("kho vẫn chưa có phiên bản nào");
  }
}
