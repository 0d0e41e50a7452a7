package vn.cchc.report;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.report.chart.ChartFiles;
import vn.cchc.report.chart.ChartSpec;
import vn.cchc.report.chart.ChartStyle;
import vn.cchc.report.chart.CommuneMapChart;
import vn.cchc.report.chart.ReportCharts;
import vn.cchc.report.font.ReportFonts;
import vn.cchc.report.geo.CommuneBoundaries;
import vn.cchc.report.model.AnnualReport;
import vn.cchc.report.model.CurrentRelease;
import vn.cchc.report.model.ReportAssembler;
import vn.cchc.report.pdf.ReportPdf;

/**
 * Produces the annual report of a year from a warehouse's current release: the PDF and every chart
 * as PNG (300 dpi) and SVG. The same release gives the same files on every run.
 */
public final class AnnualReportGenerator {
  public static final String CHART_DIR = "bieu-do";

  private final ReportFonts fonts;

  public AnnualReportGenerator(ReportFonts fonts) {
    this.fonts = fonts;
  }

  public static String pdfName(int year) {
    return "bao-cao-chi-so-cchc-" + year + ".pdf";
  }

  /** What a run wrote and how long each step took. */
  public record Result(
      int year,
      Path pdf,
      List<Path> charts,
      int pages,
      String releaseId,
      long assembleMillis,
      long chartMillis,
      long pdfMillis) {
    public long totalMillis() {
      return assembleMillis + chartMillis + pdfMillis;
    }
  }

  /** The report of {@code year}, or of the release's latest year when it is null. */
  public Result generate(Path warehouse, Integer year, Path outDir) {
    long t0 = System.nanoTime();
    AnnualReport report =
        CurrentRelease.read(
            warehouse,
            (catalog, release) ->
                new ReportAssembler(catalog)
                    .assemble(year, release.releaseId(), release.asOfDate()));
    long t1 = System.nanoTime();
    List<ChartSpec> specs = new ReportCharts(new ChartStyle(fonts)).all(report);
    List<Path> files = new ArrayList<>();
    try {
      Path chartDir = outDir.resolve(CHART_DIR);
      Files.createDirectories(chartDir);
      clearCharts(chartDir);
      for (ChartSpec spec : specs) {
        files.add(ChartFiles.writePng(spec, chartDir));
        files.add(ChartFiles.writeSvg(spec, chartDir));
      }
      if (specs.stream().anyMatch(s -> s.id().equals(CommuneMapChart.ID))) {
        // the map's SVG carries the boundaries: their MIT notice goes with it
        Files.writeString(
            chartDir.resolve(CommuneBoundaries.LICENCE_RESOURCE),
            CommuneBoundaries.licenceText(),
            StandardCharsets.UTF_8);
      }
      long t2 = System.nanoTime();
      Path pdf = outDir.resolve(pdfName(report.year()));
      Path tmp = outDir.resolve(pdfName(report.year()) + ".tmp");
      int pages;
      try (OutputStream out = Files.newOutputStream(tmp)) {
        pages = new ReportPdf(fonts).write(report, specs, out);
      }
      Files.move(tmp, pdf, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      long t3 = System.nanoTime();
      return new Result(
          report.year(),
          pdf,
          files,
          pages,
          report.releaseId(),
          (t1 - t0) / 1_000_000,
          (t2 - t1) / 1_000_000,
          (t3 - t2) / 1_000_000);
    } catch (IOException e) {
      throw new CchcException(
          ErrorCode.IO_ERROR, "Không thể ghi báo cáo vào " + outDir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Charts of an earlier run of another year or release would otherwise stay beside the new ones.
   */
  private static void clearCharts(Path dir) throws IOException {
    try (DirectoryStream<Path> old = Files.newDirectoryStream(dir, "*.{png,svg}")) {
      for (Path p : old) {
        Files.delete(p);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    Files.deleteIfExists(dir.resolve(CommuneBoundaries.LICENCE_RESOURCE));
  }
}
