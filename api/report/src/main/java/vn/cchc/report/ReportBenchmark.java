package vn.cchc.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;
import vn.cchc.report.font.ReportFonts;

/**
 * {@code ./cchc bench report [--warehouse DIR] [--year Y] [--runs N]}: the time to produce the full
 * report (query, charts as PNG and SVG, PDF), a warm-up run first. Prints figures; it is not a
 * test.
 */
public final class ReportBenchmark {
  private ReportBenchmark() {}

  static final CommandLine COMMAND_LINE =
      CommandLine.of(
              """
      Cách dùng: ./cchc bench report [--warehouse THƯ_MỤC] [--year NĂM] [--runs N]
        Đo thời gian lập toàn bộ báo cáo năm (mặc định: kho ở biến CCHC_WAREHOUSE hoặc ./warehouse, năm mới nhất,
        3 lần sau một lần khởi động).""")
          .option(CommandLine.WAREHOUSE, "year", "runs");

  public static void main(String[] args) throws Exception {
    Path wh;
    Integer year;
    int runs;
    try {
      CommandLine.Arguments a = COMMAND_LINE.parse(args);
      if (a.help()) {
        COMMAND_LINE.printUsage(System.out);
        return;
      }
      wh = a.warehouse(System.getenv());
      year = a.value("year").map(ReportCli::year).orElse(null);
      runs = a.positiveInt("runs", 3);
    } catch (CchcException e) {
      System.exit(COMMAND_LINE.refuse(e, System.err));
      return;
    }
    try {
      Path out = Files.createTempDirectory("cchc-bench-report-");
      AnnualReportGenerator generator = new AnnualReportGenerator(ReportFonts.locate(null));
      long t0 = System.nanoTime();
      AnnualReportGenerator.Result first = generator.generate(wh, year, out);
      long coldMillis = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf(
          Locale.ROOT,
          "Báo cáo năm %d, bản phát hành %s: %d trang, PDF %d KiB, %d biểu đồ (PNG+SVG %d KiB)%n",
          first.year(),
          first.releaseId(),
          first.pages(),
          Files.size(first.pdf()) / 1024,
          first.charts().size() / 2,
          totalKib(first.charts()));
      System.out.printf(Locale.ROOT, "lần đầu (JVM lạnh): %d ms%n", coldMillis);
      List<Long> totals = new ArrayList<>();
      for (int r = 1; r <= runs; r++) {
        AnnualReportGenerator.Result res = generator.generate(wh, year, out);
        totals.add(res.totalMillis());
        System.out.printf(
            Locale.ROOT,
            "lần %d: tổng %d ms (truy vấn %d ms, biểu đồ PNG/SVG %d ms, PDF %d ms)%n",
            r,
            res.totalMillis(),
            res.assembleMillis(),
            res.chartMillis(),
            res.pdfMillis());
      }
      totals.sort(Long::compare);
      System.out.printf(
          Locale.ROOT,
          "trung vị sau khởi động: %d ms cho toàn bộ báo cáo%n",
          totals.get(totals.size() / 2));
    } catch (CchcException e) {
      System.err.println(e.getMessage());
      System.exit(ExitCode.of(e));
    }
  }

  private static long totalKib(List<Path> files) throws java.io.IOException {
    long sum = 0;
    for (Path p : files) {
      sum += Files.size(p);
    }
    return sum / 1024;
  }
}
