package vn.cchc.model.warehouse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/** The exception chains a full disk produced in a real ingest and a real transform (on a tmpfs). */
class DiskFullTest {
  @TempDir Path tmp;

  private static final String UNCHANGED = "kho vẫn ở phiên bản s000001";

  /** Spark 4 in local mode: the job's exception is the task's, its cause Hadoop's FSError. */
  @Test
  void sparkTaskWriteFailedWhoseCauseIsAFullDisk() throws IOException {
    Path releases = Files.createDirectories(tmp.resolve("kho;2025 điểm").resolve("releases"));
    Path mart = releases.resolve("r1.tmp-0d30").resolve("index_scores");
    IOException enospc = new IOException("No space left on device");
    Error fsError = new Error("java.io.IOException: No space left on device", enospc);
    fsError.addSuppressed(new Error("java.io.IOException: No space left on device", enospc));
    RuntimeException close = new IllegalStateException("Unable to close resource", fsError);
    Exception task =
        new Exception(
            "[TASK_WRITE_FAILED] Task failed while writing rows to file:"
                + mart
                + ". SQLSTATE: 58030",
            close);

    Optional<DiskFull> full = DiskFull.in(task);

    assertThat(full).contains(new DiskFull(Optional.of(mart)));
    assertThat(full.get().messageVi("Không thể xuất bản bản phát hành", tmp, UNCHANGED))
        .isEqualTo(
            "Không thể xuất bản bản phát hành: ổ đĩa chứa "
                + releases
                + " đã đầy (không ghi được "
                + mart
                + "). Không có gì thay đổi: kho vẫn ở phiên bản s000001. Hãy giải phóng chỗ trống"
                + " trên ổ đĩa đó rồi chạy lại.");
  }

  /** DuckDB's appender, as the ingest's FileLoader wraps it. */
  @Test
  void duckDbCouldNotWriteWrappedInTheLoadersMessage() throws IOException {
    Path scratch = Files.createDirectories(tmp.resolve("kho").resolve("tmp"));
    Path wal = scratch.resolve("b20261201T132405Z-88c7c3.duckdb.wal");
    SQLException duckdb =
        new SQLException(
            "Failed to append: Failed to commit: Could not write file \""
                + wal
                + "\": No space left on device");
    CchcException loader =
        new CchcException(
            ErrorCode.INTERNAL_ERROR,
            "Không thể ghi dòng 20481 của self_scores_2020.csv vào dữ liệu tạm: "
                + duckdb.getMessage(),
            duckdb);

    CchcException refusal =
        DiskFull.in(loader).orElseThrow().exception("Không thể nạp", tmp, UNCHANGED, loader);

    assertThat(refusal.code()).isEqualTo(ErrorCode.IO_ERROR);
    assertThat(refusal.getMessage())
        .isEqualTo(
            "Không thể nạp: ổ đĩa chứa "
                + scratch
                + " đã đầy (không ghi được "
                + wal
                + "). Không có gì thay đổi: kho vẫn ở phiên bản s000001. Hãy giải phóng chỗ trống"
                + " trên ổ đĩa đó rồi chạy lại.");
  }

  /** Java NIO names the file itself; the folder named is the nearest one that exists. */
  @Test
  void javaFileSystemExceptionNamesItsFile() {
    Path manifest = tmp.resolve("snapshots").resolve(".tmp-b1").resolve("_manifest.json");
    UncheckedIOException e =
        new UncheckedIOException(
            new FileSystemException(manifest.toString(), null, "No space left on device"));

    assertThat(DiskFull.in(e)).contains(new DiskFull(Optional.of(manifest)));
    assertThat(DiskFull.in(e).get().messageVi("Không thể nạp", tmp, UNCHANGED))
        .startsWith("Không thể nạp: ổ đĩa chứa " + tmp + " đã đầy (không ghi được " + manifest);
  }

  /** A cluster's driver gets the executor's trace as text only; no file is named. */
  @Test
  void aFullDiskNamedOnlyInTheTextOfARemoteTrace() {
    Exception job =
        new Exception(
            "Job aborted due to stage failure: Task 0 in stage 126.0 failed 4 times\n"
                + "Caused by: java.io.IOException: No space left on device\n\tat"
                + " java.base/java.io.FileOutputStream.writeBytes(Native Method)");

    assertThat(DiskFull.in(job)).contains(new DiskFull(Optional.empty()));
    assertThat(DiskFull.in(job).get().messageVi("Không thể nạp", tmp, UNCHANGED))
        .isEqualTo(
            "Không thể nạp: ổ đĩa chứa "
                + tmp
                + " đã đầy. Không có gì thay đổi: kho vẫn ở phiên bản s000001. Hãy giải phóng chỗ"
                + " trống trên ổ đĩa đó rồi chạy lại.");
  }

  @Test
  void otherFailuresAreNotAFullDisk() {
    IOException denied = new IOException("Permission denied");
    SQLException url = new SQLException("Invalid URL entry: 2025/x.duckdb", denied);
    RuntimeException loop = new RuntimeException("wrapper");
    loop.addSuppressed(new RuntimeException("cause of its wrapper", loop));

    assertThat(DiskFull.in(url)).isEmpty();
    assertThat(DiskFull.in(loop)).isEmpty();
    assertThat(DiskFull.in(new NullPointerException())).isEmpty();
  }

  @Test
  void quotaAndDuckDbShortWritesCount() {
    assertThat(DiskFull.in(new IOException("Disk quota exceeded"))).isPresent();
    assertThat(
            DiskFull.in(
                new SQLException(
                    "IO Error: Could not write all bytes to file \"/k/x.duckdb\": wanted=4096"
                        + " wrote=0")))
        .contains(new DiskFull(Optional.of(Path.of("/k/x.duckdb"))));
    // DuckDB 1.4+ reports an asynchronous write's error as JSON inside its message
    assertThat(
            DiskFull.in(
                new SQLException(
                    "IO Error: Async write failed for range [offset=0, size=268]:"
                        + " {\"exception_type\":\"IO\",\"exception_message\":\"Could not write"
                        + " file \\\"/dev/full\\\": No space left on device\",\"errno\":\"28\"}")))
        .contains(new DiskFull(Optional.of(Path.of("/dev/full"))));
  }
}
