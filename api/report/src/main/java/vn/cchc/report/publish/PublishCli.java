package vn.cchc.report.publish;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.report.ReportCli;
import vn.cchc.report.font.ReportFonts;

/**
 * {@code ./cchc publish --year Y --out DIR [--warehouse DIR] [--font-dir DIR]}: writes the public
 * results site of the year, static and login-free, to copy onto the province's portal. Exit codes
 * ({@link ExitCode}) as {@code ./cchc report}: 0 on success, 2 when the user must change something
 * (a year the release does not hold, a missing warehouse, an {@code --out} that is a file or holds
 * something else, a bad option, no fonts), 1 on any other failure (a folder that cannot be
 * written). Messages are Vietnamese; no stack trace reaches the user.
 */
public final class PublishCli {
  static final String USAGE =
      """
      Cách dùng: ./cchc publish --year NĂM --out THƯ_MỤC [--warehouse THƯ_MỤC] [--font-dir THƯ_MỤC]
        --year       năm đánh giá cần công bố
        --out        thư mục ghi trang công bố (index.html, các trang theo khối, assets/); thư mục phải
                     trống, chưa có, hoặc là trang do ./cchc publish tạo trước đó (được thay toàn bộ)
        --warehouse  kho dữ liệu (mặc định: biến CCHC_WAREHOUSE hoặc ./warehouse)
        --font-dir   thư mục chứa DejaVuSans.ttf và DejaVuSans-Bold.ttf (mặc định: tìm ở các thư mục phông hệ thống)""";
  static final CommandLine COMMAND_LINE =
      CommandLine.of(USAGE).option("year", "out", CommandLine.WAREHOUSE, "font-dir");

  private PublishCli() {}

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, System.getenv(), args));
  }

  /** Options as the command line gives them. */
  record Options(int year, Path warehouse, Path out, Path fontDir, boolean help) {}

  static int run(PrintStream out, PrintStream err, Map<String, String> env, String... args) {
    PrintStream o = utf8(out);
    PrintStream e = utf8(err);
    Options options;
    try {
      options = parse(env, args);
    } catch (CchcException ex) {
      return COMMAND_LINE.refuse(ex, e);
    }
    if (options.help()) {
      return COMMAND_LINE.printUsage(o);
    }
    try {
      SitePublisher.Result r =
          new SitePublisher(ReportFonts.locate(options.fontDir()))
              .publish(options.warehouse(), options.year(), options.out());
      o.println(
          "Đã ghi trang công bố kết quả năm "
              + r.year()
              + " từ bản phát hành "
              + r.releaseId()
              + ": "
              + r.dir().resolve(SitePage.INDEX)
              + " ("
              + r.pages().size()
              + " trang, "
              + r.charts().size()
              + " biểu đồ SVG trong "
              + r.dir().resolve(SiteCharts.DIR)
              + ").");
      r.warnings().forEach(e::println);
      return ExitCode.OK;
    } catch (CchcException ex) {
      e.println(ex.getMessage());
      return ExitCode.of(ex);
    } catch (RuntimeException ex) {
      e.println(
          "Không thể ghi trang công bố năm "
              + options.year()
              + ": lỗi nội bộ ("
              + ex.getClass().getSimpleName()
              + ": "
              + ex.getMessage()
              + ")");
      return ExitCode.FAILED;
    }
  }

  static Options parse(Map<String, String> env, String... args) {
    CommandLine.Arguments a = COMMAND_LINE.parse(args);
    if (a.help()) {
      return new Options(0, null, null, null, true);
    }
    int year =
        ReportCli.year(
            a.value("year")
                .orElseThrow(
                    () -> missing("--year", "năm đánh giá cần công bố, ví dụ --year 2025")));
    String out =
        a.value("out")
            .orElseThrow(
                () -> missing("--out", "thư mục ghi trang công bố, ví dụ --out cong-bo-" + year));
    return new Options(
        year,
        a.warehouse(env),
        Path.of(out),
        a.value("font-dir").map(Path::of).orElse(null),
        false);
  }

  private static CchcException missing(String option, String what) {
    return new CchcException(
        ErrorCode.INVALID_ARGUMENT,
        "Không thể hiểu lệnh: thiếu tham số " + option + " (" + what + ")");
  }

  private static PrintStream utf8(PrintStream s) {
    return s == System.out || s == System.err
        ? new PrintStream(s, true, StandardCharsets.UTF_8)
        : s;
  }
}
