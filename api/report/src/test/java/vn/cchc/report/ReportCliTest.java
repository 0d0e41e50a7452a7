package vn.cchc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The command's exit codes and messages, and reports that say what is missing instead of breaking.
 */
class ReportCliTest {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final Path target = SampleRelease.target("cli-test");

  int run(String... args) {
    return ReportCli.run(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        Map.of(),
        args);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aYearTheReleaseDoesNotHoldIsAUserErrorNamingTheYearsItHas() {
    int code =
        run(
            "--year",
            "2019",
            "--warehouse",
            SampleRelease.warehouse().toString(),
            "--out",
            target.resolve("2019").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err())
        .contains("Không tìm thấy năm đánh giá: 2019 (có dữ liệu các năm 2020–2025)")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void aMissingWarehouseIsAUserError() {
    int code =
        run(
            "--year",
            "2025",
            "--warehouse",
            "/nonexistent/kho",
            "--out",
            target.resolve("x").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err())
        .contains("Không thể đọc kho dữ liệu: thư mục không tồn tại: /nonexistent/kho");
  }

  @Test
  void aWarehouseWithoutReleaseSaysToRunTheTransform() {
    Path empty = target.resolve("empty-warehouse");
    empty.toFile().mkdirs();
    int code =
        run(
            "--year",
            "2025",
            "--warehouse",
            empty.toString(),
            "--out",
            target.resolve("y").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err()).contains("chưa có bản phát hành nào").contains("./cchc transform");
  }

  @Test
  void anOptionWithoutValueShowsTheUsage() {
    assertThat(run("--warehouse")).isEqualTo(2);
    assertThat(err())
        .contains("Không thể hiểu tham số --warehouse: thiếu giá trị")
        .contains("Cách dùng: ./cchc report [--year NĂM]");
  }

  @Test
  void aMalformedYearOrUnknownOptionIsRefused() {
    assertThat(run("--year", "25")).isEqualTo(2);
    assertThat(err()).contains("Không thể hiểu năm: 25 (cần bốn chữ số, ví dụ 2025)");
    assertThat(run("--nam", "2025")).isEqualTo(2);
    assertThat(err()).contains("Không thể hiểu tham số: --nam");
  }

  @Test
  void aFontDirectoryWithoutDejaVuIsAUserErrorSayingWhatToInstall() {
    int code =
        run(
            "--year",
            "2025",
            "--warehouse",
            SampleRelease.warehouse().toString(),
            "--font-dir",
            target.toString(),
            "--out",
            target.resolve("z").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err())
        .contains("Không thể tìm phông chữ DejaVuSans.ttf và DejaVuSans-Bold.ttf trong: " + target)
        .contains("fonts-dejavu-core");
  }

  @Test
  void theFirstYearHasNoPreviousYearAndTheReportSaysSo() throws IOException {
    Path dir = target.resolve("2020");
    int code =
        run(
            "--year",
            "2020",
            "--warehouse",
            SampleRelease.warehouse().toString(),
            "--out",
            dir.toString());
    assertThat(code).as(err()).isEqualTo(0);
    assertThat(out()).contains("Đã lập báo cáo năm 2020").contains("bao-cao-chi-so-cchc-2020.pdf");
    String text =
        AnnualReportTest.oneLine(DeterminismTest.text(dir.resolve("bao-cao-chi-so-cchc-2020.pdf")));
    assertThat(text)
        .contains("Kho dữ liệu không có số liệu năm 2019 nên báo cáo không so sánh với năm trước.")
        .contains("Không có số liệu năm trước: không xác định được đơn vị tăng, giảm.")
        .contains("Kho dữ liệu không có năm nào trước năm 2020")
        .doesNotContain("Năm 2019");
    assertThat(dir.resolve("bieu-do/linh-vuc-so.png")).isRegularFile();
  }

  @Test
  void withoutAYearTheLatestIsReportedAndABlocNotAssessedThenIsNamedAndLeftOut()
      throws IOException {
    Path dir = target.resolve("latest");
    int code = run("--warehouse", SampleRelease.warehouse().toString(), "--out", dir.toString());
    assertThat(code).as(err()).isEqualTo(0);
    assertThat(out()).contains("Đã lập báo cáo năm 2025");
    String text =
        AnnualReportTest.oneLine(DeterminismTest.text(dir.resolve("bao-cao-chi-so-cchc-2025.pdf")));
    assertThat(text)
        .contains(
            "Khối UBND cấp huyện: không có đơn vị nào được đánh giá năm 2025 (năm đánh giá gần nhất:"
                + " 2024); khối này không có trong các bảng và biểu đồ của báo cáo.");
    assertThat(dir.resolve("bieu-do/xep-hang-huyen.png")).doesNotExist();
    assertThat(dir.resolve("bieu-do/xep-hang-so.png")).isRegularFile();
  }

  @Test
  void theWarehouseComesFromCchcWarehouseWhenNoOptionNamesIt() {
    int code =
        ReportCli.run(
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8),
            Map.of("CCHC_WAREHOUSE", "/nonexistent/kho-bien"),
            "--year",
            "2025",
            "--out",
            target.resolve("w").toString());
    assertThat(code).isEqualTo(2);
    assertThat(err())
        .contains("Không thể đọc kho dữ liệu: thư mục không tồn tại: /nonexistent/kho-bien");
  }

  @Test
  void helpPrintsTheUsage() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out()).contains("--warehouse").contains("--font-dir");
  }
}
