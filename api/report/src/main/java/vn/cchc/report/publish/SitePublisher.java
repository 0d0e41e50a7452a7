package vn.cchc.report.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.report.chart.ChartFiles;
import vn.cchc.report.chart.ChartSpec;
import vn.cchc.report.chart.ChartStyle;
import vn.cchc.report.chart.ReportCharts;
import vn.cchc.report.font.ReportFonts;
import vn.cchc.report.geo.CommuneBoundaries;
import vn.cchc.report.model.AnnualReport;
import vn.cchc.report.model.BlocReport;
import vn.cchc.report.model.CurrentRelease;
import vn.cchc.report.model.ReportAssembler;
import vn.cchc.report.model.UnitChanges;
import vn.cchc.report.model.UnitChanges.UnitChange;
import vn.cchc.report.publish.PublicResults.PublicBloc;

/**
 * Writes the public results site of a year from a warehouse's current release: the pages, the style
 * sheet, the charts as SVG and the boundaries' MIT notice beside the map. Every address is
 * relative, nothing is fetched from the network, and the same release gives the same files.
 */
public final class SitePublisher {
  private final ReportFonts fonts;

  public SitePublisher(ReportFonts fonts) {
    this.fonts = fonts;
  }

  /**
   * What a run wrote: the site's folder, its pages and charts (paths inside it), and what could not
   * be cleaned up.
   */
  public record Result(
      int year,
      String releaseId,
      Path dir,
      List<Path> pages,
      List<Path> charts,
      List<String> warnings) {}

  /**
   * The site of {@code year} in {@code out}. A year the release does not hold, a missing warehouse,
   * or an {@code out} that is a file or a folder of something else is refused before anything is
   * written; {@code out} keeps its previous content unless the whole new site is written.
   */
  public Result publish(Path warehouse, int year, Path out) {
    SiteFolder folder = SiteFolder.at(out);
    Read read =
        CurrentRelease.read(
            warehouse,
            (catalog, release) -> {
              AnnualReport report =
                  new ReportAssembler(catalog)
                      .assemble(year, release.releaseId(), release.asOfDate());
              Map<String, Map<String, UnitChange>> changes = new LinkedHashMap<>();
              for (BlocReport b : report.blocs()) {
                changes.put(
                    b.bloc(), UnitChanges.of(catalog, report.year(), report.previousYear(), b));
              }
              return new Read(report, changes);
            });
    SiteCharts charts = SiteCharts.of(new ReportCharts(new ChartStyle(fonts)), read.report());
    PublicResults results = PublicResults.of(read.report(), read.changes());
    Map<String, String> pages = pages(results, charts);

    Path written = folder.begin();
    boolean placed = false;
    try {
      write(written, pages, charts, results);
      folder.replace(written);
      placed = true;
    } catch (IOException e) {
      throw new CchcException(
          ErrorCode.IO_ERROR,
          "Không thể ghi trang công bố vào " + folder.target() + ": " + e.getMessage(),
          e);
    } finally {
      if (!placed) {
        folder.discard(written);
      }
    }
    Path dir = folder.target();
    return new Result(
        results.year(),
        results.releaseId(),
        dir,
        pages.keySet().stream().map(dir::resolve).toList(),
        charts.all().stream().map(s -> dir.resolve(SiteCharts.src(s))).toList(),
        folder.warnings());
  }

  private record Read(AnnualReport report, Map<String, Map<String, UnitChange>> changes) {}

  /** Every page by its file name, in navigation order. */
  static Map<String, String> pages(PublicResults results, SiteCharts charts) {
    Map<String, String> pages = new LinkedHashMap<>();
    pages.put(SitePage.INDEX, IndexPage.render(results));
    for (PublicBloc b : results.blocs()) {
      pages.put(SitePage.blocFile(b.bloc()), BlocPage.render(results, b, charts));
    }
    if (!results.satisfaction().isEmpty()) {
      pages.put(SitePage.SATISFACTION, SatisfactionPage.render(results, charts));
    }
    return pages;
  }

  private static void write(
      Path dir, Map<String, String> pages, SiteCharts charts, PublicResults results)
      throws IOException {
    for (Map.Entry<String, String> p : pages.entrySet()) {
      Files.writeString(dir.resolve(p.getKey()), p.getValue(), StandardCharsets.UTF_8);
    }
    Path css = dir.resolve(SiteStyle.FILE);
    Files.createDirectories(css.getParent());
    Files.writeString(css, SiteStyle.css(), StandardCharsets.UTF_8);
    Path chartDir = dir.resolve(SiteCharts.DIR);
    Files.createDirectories(chartDir);
    for (ChartSpec spec : charts.all()) {
      ChartFiles.writeWebSvg(spec, chartDir);
    }
    if (results.communeMap() != null) {
      // the map's SVG carries the boundaries: their MIT notice goes with it
      Files.writeString(
          dir.resolve(SitePage.LICENCE), CommuneBoundaries.licenceText(), StandardCharsets.UTF_8);
    }
  }
}
