package vn.cchc.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.cchc.report.SampleRelease;

/**
 * {@code ./cchc publish}: what it refuses, with which message and exit code, and that a refused or
 * failed run leaves the target as it was and nothing beside it.
 */
class PublishCliTest {
  final ByteArrayOutputStream out = new ByteArrayOutputStream();
  final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final Path target = SampleRelease.target("publish-cli-test");

  @BeforeEach
  void clean() throws IOException {
    SampleRelease.deleteTree(target);
    Files.createDirectories(target);
  }

  int run(String... args) {
    return run(Map.of(), args);
  }

  int run(Map<String, String> env, String... args) {
    out.reset();
    err.reset();
    return PublishCli.run(
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8),
        env,
        args);
  }

  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  String warehouse() {
    return SampleRelease.warehouse().toString();
  }

  /** What the target's folder holds, hidden entries included: no temporary folder may stay. */
  List<String> entries() throws IOException {
    try (Stream<Path> s = Files.list(target)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aYearTheReleaseDoesNotHoldIsRefusedNamingTheYearsItHasAndNothingIsWritten()
      throws IOException {
    Path site = target.resolve("cong-bo");
    int code = run("--year", "2019", "--warehouse", warehouse(), "--out", site.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err())
        .contains("Không tìm thấy năm đánh giá: 2019 (có dữ liệu các năm 2020–2025)")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
    assertThat(site).doesNotExist();
    assertThat(entries()).isEmpty();
  }

  @Test
  void aMissingWarehouseOrOneWithoutReleaseIsRefused() throws IOException {
    Path site = target.resolve("cong-bo");
    assertThat(run("--year", "2025", "--warehouse", "/nonexistent/kho", "--out", site.toString()))
        .isEqualTo(2);
    assertThat(err())
        .contains("Không thể đọc kho dữ liệu: thư mục không tồn tại: /nonexistent/kho");
    Path empty = Files.createDirectories(target.resolve("kho-trong"));
    assertThat(run("--year", "2025", "--warehouse", empty.toString(), "--out", site.toString()))
        .isEqualTo(2);
    assertThat(err()).contains("chưa có bản phát hành nào").contains("./cchc transform");
    assertThat(
            run(
                Map.of("CCHC_WAREHOUSE", "/nonexistent/kho-bien"),
                "--year",
                "2025",
                "--out",
                site.toString()))
        .isEqualTo(2);
    assertThat(err())
        .contains("Không thể đọc kho dữ liệu: thư mục không tồn tại: /nonexistent/kho-bien");
    assertThat(entries()).containsExactly("kho-trong");
  }

  @Test
  void anOutThatIsAFileOrAFolderOfSomethingElseIsRefusedAndLeftAsItWas() throws IOException {
    Path file = Files.writeString(target.resolve("ghi-chu.txt"), "của người dùng");
    assertThat(run("--year", "2025", "--warehouse", warehouse(), "--out", file.toString()))
        .isEqualTo(2);
    assertThat(err())
        .contains(
            "Không thể ghi trang công bố vào "
                + file
                + ": đã có một tệp cùng tên, không phải thư mục");
    assertThat(file).hasContent("của người dùng");

    Path folder = Files.createDirectories(target.resolve("tai-lieu"));
    Files.writeString(folder.resolve("bao-cao.docx"), "x");
    assertThat(run("--year", "2025", "--warehouse", warehouse(), "--out", folder.toString()))
        .isEqualTo(2);
    assertThat(err())
        .contains(
            "Không thể ghi trang công bố vào "
                + folder
                + ": thư mục đã có nội dung không do ./cchc publish tạo ra");
    assertThat(SitePages.files(folder)).containsExactly("bao-cao.docx");
    assertThat(entries()).containsExactly("ghi-chu.txt", "tai-lieu");
  }

  @Test
  void anOutThatCannotBeWrittenIsAFailureNamingTheFolder() throws IOException {
    Path file = Files.writeString(target.resolve("tep"), "");
    Path site = file.resolve("cong-bo");
    int code = run("--year", "2025", "--warehouse", warehouse(), "--out", site.toString());
    assertThat(code).isEqualTo(1);
    assertThat(err())
        .contains(
            "Không thể ghi trang công bố vào "
                + site
                + ": không tạo được thư mục tạm trong "
                + file
                + " (");
    assertThat(entries()).containsExactly("tep");
  }

  @Test
  void aSiteWrittenBeforeIsReplacedWholeAndARefusedRunLeavesIt() throws IOException {
    Path site = target.resolve("cong-bo");
    assertThat(run("--year", "2024", "--warehouse", warehouse(), "--out", site.toString()))
        .as(err())
        .isEqualTo(0);
    assertThat(out())
        .contains("Đã ghi trang công bố kết quả năm 2024 từ bản phát hành")
        .contains(site.resolve("index.html").toString())
        .contains("(5 trang, ");
    assertThat(site.resolve("khoi-huyen.html")).isRegularFile();
    Files.writeString(site.resolve("cu.txt"), "tệp cũ");

    assertThat(run("--year", "2025", "--warehouse", warehouse(), "--out", site.toString()))
        .as(err())
        .isEqualTo(0);
    assertThat(out()).contains("Đã ghi trang công bố kết quả năm 2025").contains("(4 trang, ");
    assertThat(site.resolve("khoi-huyen.html")).doesNotExist();
    assertThat(site.resolve("cu.txt")).doesNotExist();
    assertThat(entries()).containsExactly("cong-bo");

    byte[] index = Files.readAllBytes(site.resolve("index.html"));
    assertThat(run("--year", "2019", "--warehouse", warehouse(), "--out", site.toString()))
        .isEqualTo(2);
    assertThat(Files.readAllBytes(site.resolve("index.html"))).isEqualTo(index);
    assertThat(entries()).containsExactly("cong-bo");
  }

  @Test
  void theYearAndTheOutAreRequiredAndAMalformedOptionIsRefusedWithTheUsage() {
    assertThat(run("--out", target.resolve("x").toString())).isEqualTo(2);
    assertThat(err())
        .contains(
            "Không thể hiểu lệnh: thiếu tham số --year (năm đánh giá cần công bố, ví dụ --year 2025)")
        .contains("Cách dùng: ./cchc publish --year NĂM --out THƯ_MỤC");
    assertThat(run("--year", "2025")).isEqualTo(2);
    assertThat(err()).contains("Không thể hiểu lệnh: thiếu tham số --out");
    assertThat(run("--year", "25", "--out", "x")).isEqualTo(2);
    assertThat(err()).contains("Không thể hiểu năm: 25 (cần bốn chữ số, ví dụ 2025)");
    assertThat(run("--nam", "2025")).isEqualTo(2);
    assertThat(err()).contains("Không thể hiểu tham số: --nam");
    assertThat(run("--year")).isEqualTo(2);
    assertThat(err()).contains("Không thể hiểu tham số --year: thiếu giá trị");
  }

  @Test
  void aFontDirectoryWithoutDejaVuIsRefusedBeforeAnythingIsWritten() throws IOException {
    Path site = target.resolve("cong-bo");
    int code =
        run(
            "--year",
            "2025",
            "--warehouse",
            warehouse(),
            "--font-dir",
            target.toString(),
            "--out",
            site.toString());
    assertThat(code).isEqualTo(2);
    assertThat(err())
        .contains("Không thể tìm phông chữ DejaVuSans.ttf và DejaVuSans-Bold.ttf trong: " + target);
    assertThat(entries()).isEmpty();
  }

  @Test
  void helpPrintsTheUsage() {
    assertThat(run("--help")).isEqualTo(0);
    assertThat(out())
        .contains("--year")
        .contains("--out")
        .contains("--warehouse")
        .contains("--font-dir");
  }
}
