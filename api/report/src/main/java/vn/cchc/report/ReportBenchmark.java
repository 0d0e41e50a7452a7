package vn.cchc.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.cchc.model.error.CchcException;
import vn.cchc.report.font.ReportFonts;

/**
 * {@code ./cchc bench report [--warehouse DIR] [--year Y] [--runs N]}: the time to produce the full report
 * (query, charts as PNG and SVG, PDF), a warm-up run first. Prints figures; it is not a test.
 */
public final class ReportBenchmark {
  private ReportBenchmark() {}

  public static void main(String[] args) throws Exception {
    String warehouse = System.getenv().getOrDefault("CCHC_WAREHOUSE", ReportCli.DEFAULT_WAREHOUSE);
    Integer year = null;
    int runs = 3;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--warehouse" -> warehouse = args[i + 1];
        case "--year" -> year = Integer.parseInt(args[i + 1]);
        case "--runs" -> runs = Integer.parseInt(args[i + 1]);
        default -> {
          System.err.println("Cách dùng: ./cchc bench report [--warehouse THƯ_MỤC] [--year NĂM] [--runs N]");
          System.exit(2);
        }
      }
    }
    Path wh = Path.of(warehouse);
    try {
      Path out = Files.createTempDirectory("cchc-bench-report-");
      AnnualReportGenerator generator = new AnnualReportGenerator(ReportFonts.locate(null));
      long t0 = System.nanoTime();
      AnnualReportGenerator.Result first = generator.generate(wh, year, out);
      long coldMillis = (System.nanoTime() - t0) / 1_000_000;
      System.out.printf(Locale.ROOT, "Báo cáo năm %d, bản phát hành %s: %d trang, PDF %d KiB, %d biểu đồ (PNG+SVG %d KiB)%n",
          first.year(), first.releaseId(), first.pages(), Files.size(first.pdf()) / 1024, first.charts().size() / 2,
          totalKib(first.charts()));
      System.out.printf(Locale.ROOT, "lần đầu (JVM lạnh): %d ms%n", coldMillis);
      List<Long> totals = new ArrayList<>();
      for (int r = 1; r <= runs; r++) {
        AnnualReportGenerator.Result res = generator.generate(wh, year, out);
        totals.add(res.totalMillis());
        System.out.printf(Locale.ROOT, "lần %d: tổng %d ms (truy vấn %d ms, biểu đồ PNG/SVG %d ms, PDF %d ms)%n", r,
            res.totalMillis(), res.assembleMillis(), res.chartMillis(), res.pdfMillis());
      }
      totals.sort(Long::compare);
      System.out.printf(Locale.ROOT, "trung vị sau khởi động: %d ms cho toàn bộ báo cáo%n", totals.get(totals.size() / 2));
    } catch (CchcException e) {
      System.err.println(e.getMessage());
      System.exit(2);
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
