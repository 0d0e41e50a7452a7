package vn.cchc.report;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.report.font.ReportFonts;

/**
 * {@code ./cchc report [--year Y] [--warehouse DIR] [--out DIR] [--font-dir DIR]}: writes the
 * annual report of the year (the release's latest year when none is given). Exit codes ({@link
 * ExitCode}): 0 on success, 2 when the user must change something (an unknown year, a bad option,
 * no fonts), 1 on any other failure. Messages are Vietnamese; no stack trace reaches the user.
 */
public final class ReportCli {
  public static final String DEFAULT_WAREHOUSE = CommandLine.DEFAULT_WAREHOUSE;
  public static final String DEFAULT_OUT = "out";
  static final String USAGE =
      """
      Cách dùng: ./cchc report [--year NĂM] [--warehouse THƯ_MỤC] [--out THƯ_MỤC] [--font-dir THƯ_MỤC]
        --year       năm đánh giá cần lập báo cáo (mặc định: năm mới nhất của bản phát hành)
        --warehouse  kho dữ liệu (mặc định: biến CCHC_WAREHOUSE hoặc ./warehouse)
        --out        thư mục ghi báo cáo (mặc định: ./out); biểu đồ PNG, SVG ghi vào bieu-do/
        --font-dir   thư mục chứa DejaVuSans.ttf và DejaVuSans-Bold.ttf (mặc định: tìm ở các thư mục phông hệ thống)""";
  static final CommandLine COMMAND_LINE =
      CommandLine.of(USAGE).option("year", CommandLine.WAREHOUSE, "out", "font-dir");

  private ReportCli() {}

  public static void main(String[] args) {
    System.exit(run(System.out, System.err, System.getenv(), args));
  }

  public static int run(String... args) {
    return run(System.out, System.err, System.getenv(), args);
  }

  /** Options as the command line gives them. */
  record Options(Integer year, Path warehouse, Path out, Path fontDir, boolean help) {}

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
      AnnualReportGenerator.Result r =
          new AnnualReportGenerator(ReportFonts.locate(options.fontDir()))
              .generate(options.warehouse(), options.year(), options.out());
      o.println(
          "Đã lập báo cáo năm "
              + r.year()
              + " từ bản phát hành "
              + r.releaseId()
              + ": "
              + r.pdf()
              + " ("
              + r.pages()
              + " trang, "
              + Files.size(r.pdf()) / 1024
              + " KiB), "
              + r.charts().size() / 2
              + " biểu đồ (PNG 300 dpi và SVG) trong "
              + r.pdf().resolveSibling(AnnualReportGenerator.CHART_DIR)
              + ".");
      return ExitCode.OK;
    } catch (CchcException ex) {
      e.println(ex.getMessage());
      return ExitCode.of(ex);
    } catch (Exception ex) {
      String which = options.year() == null ? "" : " năm " + options.year();
      e.println(
          "Không thể lập báo cáo"
              + which
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
      return new Options(null, null, null, null, true);
    }
    Integer year = a.value("year").map(ReportCli::year).orElse(null);
    return new Options(
        year,
        a.warehouse(env),
        Path.of(a.value("out", DEFAULT_OUT)),
        a.value("font-dir").map(Path::of).orElse(null),
        false);
  }

  /** A year on a command line; refuses anything but four digits. */
  public static int year(String raw) {
    if (!raw.matches("\\d{4}")) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Không thể hiểu năm: " + raw + " (cần bốn chữ số, ví dụ 2025)");
    }
    return Integer.parseInt(raw);
  }

  private static PrintStream utf8(PrintStream s) {
    return s == System.out || s == System.err
        ? new PrintStream(s, true, StandardCharsets.UTF_8)
        : s;
  }
}
