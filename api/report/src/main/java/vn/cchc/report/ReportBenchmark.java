package vn.cchc.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import vn.cchc.model.bench.MarkdownTable;
import vn.cchc.model.bench.Samples;
import vn.cchc.model.cli.CommandLine;
import vn.cchc.model.cli.ExitCode;
import vn.cchc.model.error.CchcException;
import vn.cchc.report.font.ReportFonts;

/**
 * {@code ./cchc bench report [--warehouse DIR] [--year Y] [--runs N]}: the time to produce the full
 * report (query, charts as PNG and SVG, PDF), as {@code ./cchc report} does it (one report in a
 * fresh JVM, each run a child process) and then in one JVM after a first report. Each figure is the
 * median of {@code --runs} runs with their range. The table goes to standard output, progress to
 * standard error. Prints figures; it is not a test.
 */
public final class ReportBenchmark {
  private ReportBenchmark() {}

  static final int DEFAULT_RUNS = 3;
  private static final String CHILD = "--child";

  static final CommandLine COMMAND_LINE =
      CommandLine.of(
              """
      Cách dùng: ./cchc bench report [--warehouse THƯ_MỤC] [--year NĂM] [--runs N]
        Đo thời gian lập toàn bộ báo cáo năm (mặc định: kho ở biến CCHC_WAREHOUSE hoặc ./warehouse, năm mới nhất,
        3 lần sau một lần khởi động).""")
          .option(CommandLine.WAREHOUSE, "year", "runs");

  public static void main(String[] args) throws Exception {
    if (args.length == 4 && args[0].equals(CHILD)) {
      child(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3]));
      return;
    }
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
      runs = a.positiveInt("runs", DEFAULT_RUNS);
    } catch (CchcException e) {
      System.exit(COMMAND_LINE.refuse(e, System.err));
      return;
    }
    Path out = Files.createTempDirectory("cchc-bench-report-");
    try {
      // the first report here also says, in Vietnamese, what is wrong with the warehouse or the
      // year
      AnnualReportGenerator generator = new AnnualReportGenerator(ReportFonts.locate(null));
      AnnualReportGenerator.Result first = generator.generate(wh, year, out);
      Samples cold = new Samples();
      for (int r = 1; r <= runs; r++) {
        double ms = runChild(wh, first.year(), out);
        cold.add(ms);
        System.err.printf(Locale.ROOT, "JVM mới, lần %d/%d: %.0f ms%n", r, runs, ms);
      }
      Samples total = new Samples();
      Samples query = new Samples();
      Samples charts = new Samples();
      Samples pdf = new Samples();
      for (int r = 1; r <= runs; r++) {
        AnnualReportGenerator.Result res = generator.generate(wh, year, out);
        total.add(res.totalMillis());
        query.add(res.assembleMillis());
        charts.add(res.chartMillis());
        pdf.add(res.pdfMillis());
        System.err.printf(
            Locale.ROOT,
            "lần %d/%d: tổng %d ms (truy vấn %d ms, biểu đồ PNG/SVG %d ms, PDF %d ms)%n",
            r,
            runs,
            res.totalMillis(),
            res.assembleMillis(),
            res.chartMillis(),
            res.pdfMillis());
      }
      System.out.printf(
          Locale.ROOT,
          "Báo cáo năm %d, bản phát hành %s: %d trang, PDF %d KiB, %d biểu đồ (PNG 300 dpi + SVG,"
              + " %d KiB). JVM mới: mỗi lần một tiến trình lập một báo cáo, như ./cchc report;"
              + " cùng JVM: sau một báo cáo đầu. Trung vị (nhỏ nhất–lớn nhất) của %d lần.%n%n",
          first.year(),
          first.releaseId(),
          first.pages(),
          Files.size(first.pdf()) / 1024,
          first.charts().size() / 2,
          totalKib(first.charts()),
          runs);
      System.out.print(
          new MarkdownTable()
              .text("số đo")
              .figure("ms")
              .row("JVM mới: toàn bộ báo cáo", cold.format(0))
              .row("cùng JVM: toàn bộ báo cáo", total.format(0))
              .row("  trong đó truy vấn", query.format(0))
              .row("  trong đó biểu đồ PNG/SVG", charts.format(0))
              .row("  trong đó PDF", pdf.format(0))
              .render());
    } catch (CchcException e) {
      System.err.println(e.getMessage());
      System.exit(ExitCode.of(e));
    } finally {
      deleteTree(out);
    }
  }

  /** One report in a fresh JVM; returns its milliseconds, fonts and generator included. */
  private static double runChild(Path wh, int year, Path out)
      throws java.io.IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true",
                "-Dfile.encoding=UTF-8",
                "-cp",
                System.getProperty("java.class.path"),
                ReportBenchmark.class.getName(),
                CHILD,
                wh.toString(),
                String.valueOf(year),
                out.toString())
            .redirectError(ProcessBuilder.Redirect.INHERIT)
            .start();
    String printed = new String(p.getInputStream().readAllBytes()).strip();
    if (p.waitFor() != 0) {
      throw new IllegalStateException("Benchmark run failed: " + printed);
    }
    return Double.parseDouble(printed.lines().reduce((a, b) -> b).orElseThrow());
  }

  private static void child(Path wh, int year, Path out) {
    long t0 = System.nanoTime();
    new AnnualReportGenerator(ReportFonts.locate(null)).generate(wh, year, out);
    System.out.println((System.nanoTime() - t0) / 1e6);
  }

  private static long totalKib(List<Path> files) throws java.io.IOException {
    long sum = 0;
    for (Path p : files) {
      sum += Files.size(p);
    }
    return sum / 1024;
  }

  private static void deleteTree(Path root) throws java.io.IOException {
    try (var walk = Files.walk(root)) {
      for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
