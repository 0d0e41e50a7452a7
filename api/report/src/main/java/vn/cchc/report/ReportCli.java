package vn.cchc.report;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorType;
import vn.cchc.report.font.ReportFonts;

/**
 * {@code ./cchc report [--year Y] [--warehouse DIR] [--out DIR] [--font-dir DIR]}: writes the annual report
 * of the year (the release's latest year when none is given).
 * Exit 0 on success, 2 when the user must change something (an unknown year, a bad option, no fonts), 1 on
 * any other failure. Messages are Vietnamese; no stack trace reaches the user.
 */
public final class ReportCli {
  public static final String DEFAULT_WAREHOUSE = "warehouse";
  public static final String DEFAULT_OUT = "out";
  static final String USAGE = """
      Cách dùng: ./cchc report [--year NĂM] [--warehouse THƯ_MỤC] [--out THƯ_MỤC] [--font-dir THƯ_MỤC]
        --year       năm đánh giá cần lập báo cáo (mặc định: năm mới nhất của bản phát hành)
        --warehouse  kho dữ liệu (mặc định: biến CCHC_WAREHOUSE hoặc ./warehouse)
        --out        thư mục ghi báo cáo (mặc định: ./out); biểu đồ PNG, SVG ghi vào bieu-do/
        --font-dir   thư mục chứa DejaVuSans.ttf và DejaVuSans-Bold.ttf (mặc định: tìm ở các thư mục phông hệ thống)""";

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
    } catch (IllegalArgumentException ex) {
      e.println(ex.getMessage());
      e.println(USAGE);
      return 2;
    }
    if (options.help()) {
      o.println(USAGE);
      return 0;
    }
    try {
      AnnualReportGenerator.Result r = new AnnualReportGenerator(ReportFonts.locate(options.fontDir()))
          .generate(options.warehouse(), options.year(), options.out());
      o.println("Đã lập báo cáo năm " + r.year() + " từ bản phát hành " + r.releaseId() + ": " + r.pdf() + " ("
          + r.pages() + " trang, " + Files.size(r.pdf()) / 1024 + " KiB), " + r.charts().size() / 2
          + " biểu đồ (PNG 300 dpi và SVG) trong " + r.pdf().resolveSibling(AnnualReportGenerator.CHART_DIR) + ".");
      return 0;
    } catch (CchcException ex) {
      e.println(ex.getMessage());
      return ex.type() == ErrorType.USER ? 2 : 1;
    } catch (Exception ex) {
      String which = options.year() == null ? "" : " năm " + options.year();
      e.println("Không thể lập báo cáo" + which + ": lỗi nội bộ (" + ex.getClass().getSimpleName() + ": "
          + ex.getMessage() + ")");
      return 1;
    }
  }

  static Options parse(Map<String, String> env, String... args) {
    Integer year = null;
    String warehouse = env.getOrDefault("CCHC_WAREHOUSE", DEFAULT_WAREHOUSE);
    String out = DEFAULT_OUT;
    String fontDir = null;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--help") || a.equals("-h")) {
        return new Options(null, null, null, null, true);
      }
      if (!a.equals("--year") && !a.equals("--warehouse") && !a.equals("--out") && !a.equals("--font-dir")) {
        throw new IllegalArgumentException("Không thể hiểu tùy chọn: " + a);
      }
      if (i + 1 >= args.length || args[i + 1].startsWith("--")) {
        throw new IllegalArgumentException("Không thể hiểu tùy chọn " + a + ": thiếu giá trị");
      }
      String v = args[++i];
      switch (a) {
        case "--year" -> {
          if (!v.matches("\\d{4}")) {
            throw new IllegalArgumentException("Không thể hiểu năm: " + v + " (cần bốn chữ số, ví dụ 2025)");
          }
          year = Integer.parseInt(v);
        }
        case "--warehouse" -> warehouse = v;
        case "--out" -> out = v;
        default -> fontDir = v;
      }
    }
    return new Options(year, Path.of(warehouse), Path.of(out), fontDir == null ? null : Path.of(fontDir), false);
  }

  private static PrintStream utf8(PrintStream s) {
    return s == System.out || s == System.err ? new PrintStream(s, true, StandardCharsets.UTF_8) : s;
  }
}
