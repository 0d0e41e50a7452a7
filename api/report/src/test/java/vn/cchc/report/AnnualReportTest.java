package vn.cchc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.report.chart.ChartStyle;
import vn.cchc.report.chart.CommuneMapChart;
import vn.cchc.report.font.ReportFonts;
import vn.cchc.report.text.Formats;

/**
 * The report of the sample release's latest year, checked against figures computed here with our
 * own SQL over the marts, not through the query layer the report uses.
 */
class AnnualReportTest {
  static final int YEAR = 2025;
  static Path out;
  static AnnualReportGenerator.Result result;
  static String text;

  @BeforeAll
  static void generate() throws IOException {
    out = SampleRelease.target("report-test").resolve(Integer.toString(YEAR));
    SampleRelease.deleteTree(out);
    result =
        new AnnualReportGenerator(ReportFonts.locate(null))
            .generate(SampleRelease.warehouse(), YEAR, out);
    try (PDDocument doc = Loader.loadPDF(result.pdf().toFile())) {
      text = new PDFTextStripper().getText(doc);
    }
  }

  @Test
  void writesThePdfUnderItsPublishedName() {
    assertThat(result.pdf()).isEqualTo(out.resolve("bao-cao-chi-so-cchc-2025.pdf"));
    assertThat(result.pdf()).isRegularFile();
    assertThat(result.pages()).isGreaterThan(10);
  }

  @Test
  void summaryShowsTheAverageOfEveryBlocAsComputedFromTheIndexMart() {
    for (List<Object> row :
        SampleRelease.query(
            "SELECT bloc, count(*), avg(index_pct) FROM index_scores WHERE year = ? GROUP BY bloc ORDER BY bloc",
            YEAR)) {
      String bloc = (String) row.get(0);
      String label = bloc.equals("SO") ? "Khối sở, ban, ngành" : "Khối UBND cấp xã";
      String expected =
          label
              + " có "
              + row.get(1)
              + " đơn vị được đánh giá; Chỉ số CCHC trung bình đạt "
              + Formats.pct(((Number) row.get(2)).doubleValue());
      assertThat(oneLine(text)).as("summary of %s", bloc).contains(expected);
    }
  }

  @Test
  void summaryTableGivesTheMeanSelfAssessedAndAppraisedPointsAsPublishedSummariesDo() {
    List<Object> so =
        SampleRelease.query(
                "SELECT avg(self_total), avg(appraised_total) FROM index_scores WHERE year = ? AND bloc = 'SO'",
                YEAR)
            .get(0);
    assertThat(oneLine(text))
        .contains(
            "Điểm tự đánh giá bình quân (phần tự chấm) "
                + Formats.decimal(((Number) so.get(0)).doubleValue()))
        .contains(
            "Điểm thẩm định bình quân (phần tự chấm) "
                + Formats.decimal(((Number) so.get(1)).doubleValue()));
  }

  @Test
  void summaryNamesTheTopAndBottomUnitOfEveryBloc() {
    for (String bloc : List.of("SO", "XA")) {
      List<Object> top =
          SampleRelease.query(
                  """
          SELECT unit_name, index_pct_rounded FROM index_scores WHERE year = ? AND bloc = ?
          ORDER BY index_pct_rounded DESC, unit_code LIMIT 1""",
                  YEAR,
                  bloc)
              .get(0);
      List<Object> bottom =
          SampleRelease.query(
                  """
          SELECT unit_name, index_pct_rounded,
                 1 + (SELECT count(*) FROM index_scores j
                      WHERE j.year = i.year AND j.bloc = i.bloc AND j.index_pct_rounded > i.index_pct_rounded)
          FROM index_scores i WHERE year = ? AND bloc = ?
          ORDER BY index_pct_rounded, unit_code DESC LIMIT 1""",
                  YEAR,
                  bloc)
              .get(0);
      assertThat(oneLine(text))
          .contains(
              "Dẫn đầu: "
                  + top.get(0)
                  + " (hạng 1, "
                  + Formats.pct(((Number) top.get(1)).doubleValue())
                  + ")");
      assertThat(oneLine(text))
          .contains(
              bottom.get(0)
                  + " (hạng "
                  + bottom.get(2)
                  + ", "
                  + Formats.pct(((Number) bottom.get(1)).doubleValue())
                  + ")");
    }
  }

  @Test
  void summaryCountsUnitsUpAndDownAndNamesTheLargestRiseAndFall() {
    for (String bloc : List.of("SO", "XA")) {
      // the units as assessed compare nothing after the 2025 mergers: the report restates (as-is)
      String basis =
          ((Number)
                          SampleRelease.single(
                              """
          SELECT count(*) FROM index_trends WHERE basis = 'AS_WAS' AND year = ? AND bloc = ? AND change_pp <> 0""",
                              YEAR,
                              bloc))
                      .longValue()
                  == 0
              ? "AS_IS"
              : "AS_WAS";
      List<Object> counts =
          SampleRelease.query(
                  """
          SELECT count(*) FILTER (WHERE change_pp > 0), count(*) FILTER (WHERE change_pp < 0)
          FROM index_trends WHERE basis = ? AND year = ? AND bloc = ?""",
                  basis,
                  YEAR,
                  bloc)
              .get(0);
      // a unit is its version: joined on unit_key, ties broken by the lowest key
      List<Object> rise =
          SampleRelease.query(
                  """
          SELECT coalesce(i.unit_name, t.unit_code), t.change_pp FROM index_trends t
          LEFT JOIN index_scores i ON i.year = t.year AND i.unit_key = t.unit_key
          WHERE t.basis = ? AND t.year = ? AND t.bloc = ? AND t.change_pp IS NOT NULL
          ORDER BY t.change_pp DESC, t.unit_key LIMIT 1""",
                  basis,
                  YEAR,
                  bloc)
              .get(0);
      List<Object> fall =
          SampleRelease.query(
                  """
          SELECT coalesce(i.unit_name, t.unit_code), t.change_pp FROM index_trends t
          LEFT JOIN index_scores i ON i.year = t.year AND i.unit_key = t.unit_key
          WHERE t.basis = ? AND t.year = ? AND t.bloc = ? AND t.change_pp IS NOT NULL
          ORDER BY t.change_pp, t.unit_key LIMIT 1""",
                  basis,
                  YEAR,
                  bloc)
              .get(0);
      assertThat(oneLine(text))
          .contains(
              counts.get(0)
                  + " đơn vị tăng điểm, "
                  + counts.get(1)
                  + " đơn vị giảm điểm so với năm 2024");
      assertThat(oneLine(text))
          .contains(
              "tăng nhiều nhất: "
                  + rise.get(0)
                  + " ("
                  + Formats.change(((Number) rise.get(1)).doubleValue())
                  + " điểm %)");
      assertThat(oneLine(text))
          .contains(
              "giảm nhiều nhất: "
                  + fall.get(0)
                  + " ("
                  + Formats.change(((Number) fall.get(1)).doubleValue())
                  + " điểm %)");
    }
  }

  @Test
  void summaryCountsUnitsPerBandAndAboveTheAverage() {
    for (List<Object> row :
        SampleRelease.query(
            """
        SELECT band, band_label, count(*) FROM index_scores WHERE year = ? AND bloc = 'SO' AND band IS NOT NULL
        GROUP BY ALL ORDER BY band""",
            YEAR)) {
      assertThat(oneLine(text))
          .contains("loại " + row.get(0) + " (" + row.get(1) + "): " + row.get(2) + " đơn vị");
    }
    Object above =
        SampleRelease.single(
            """
        SELECT count(*) FROM index_scores WHERE year = ? AND bloc = 'SO'
          AND index_pct > (SELECT avg(index_pct) FROM index_scores WHERE year = ? AND bloc = 'SO')""",
            YEAR,
            YEAR);
    assertThat(oneLine(text)).contains("; " + above + " đơn vị đạt trên mức trung bình.");
  }

  @Test
  void everySectionOfTheIssueIsThereWithItsVietnameseTitle() {
    assertThat(text)
        .contains(
            "Mục lục",
            "1. Tóm tắt kết quả Chỉ số CCHC năm 2025",
            "2. Xếp hạng theo khối",
            "3. Chỉ số thành phần theo lĩnh vực",
            "4. Bản đồ nhiệt và các tiêu chí yếu",
            "5. Điểm tự đánh giá và điểm thẩm định",
            "6. Mức độ hài lòng của người dân, tổ chức (SIPAS)",
            "7. Kiểm tra công tác cải cách hành chính",
            "8. Ghi chú phương pháp",
            "Phụ lục. Bảng xếp hạng đầy đủ",
            "Đề xuất đối tượng kiểm tra năm 2026",
            "Thay đổi ảnh hưởng đến khả năng so sánh");
  }

  @Test
  void everyPageAfterTheCoverSaysItsNumberOutOfTheTotal() {
    for (int page = 2; page <= result.pages(); page++) {
      assertThat(text).contains("Trang " + page + "/" + result.pages());
    }
  }

  @Test
  void fontsAreDejaVuAndEmbedded() throws IOException {
    List<String> fonts = new ArrayList<>();
    try (PDDocument doc = Loader.loadPDF(result.pdf().toFile())) {
      for (PDPage page : doc.getPages()) {
        collectFonts(page.getResources(), fonts, 0);
      }
    }
    assertThat(fonts)
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f).contains("DejaVuSans").endsWith(" embedded"));
  }

  private static void collectFonts(PDResources resources, List<String> out, int depth)
      throws IOException {
    if (resources == null || depth > 3) {
      return;
    }
    for (COSName name : resources.getFontNames()) {
      PDFont font = resources.getFont(name);
      boolean embedded =
          font instanceof PDType0Font t0
              && t0.getDescendantFont().getFontDescriptor() != null
              && t0.getDescendantFont().getFontDescriptor().getFontFile2() != null;
      out.add(font.getName() + (embedded ? " embedded" : " NOT embedded"));
    }
    for (COSName name : resources.getXObjectNames()) {
      if (resources.getXObject(name)
          instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
        collectFonts(form.getResources(), out, depth + 1);
      }
    }
  }

  @Test
  void vietnameseLettersExtractAsWrittenWithNoReplacementCharacters() {
    assertThat(text).doesNotContain("\uFFFD").doesNotContain("□");
    assertThat(text)
        .contains(
            "Báo cáo",
            "Khối UBND cấp xã",
            "Tỷ lệ hài lòng",
            "Bộ tiêu chí thay đổi",
            "Tồn tại, hạn chế quá hạn chưa khắc phục",
            "UỶ BAN NHÂN DÂN TỈNH");
    for (Object name :
        SampleRelease.query(
                "SELECT unit_name FROM index_scores WHERE year = ? ORDER BY unit_code", YEAR)
            .stream()
            .map(r -> r.get(0))
            .toList()) {
      assertThat(oneLine(text)).as("the annex lists every unit").contains((String) name);
    }
  }

  @Test
  void everyChartIsWrittenAsA300DpiPngAndAnSvg() throws IOException {
    List<String> names = result.charts().stream().map(p -> p.getFileName().toString()).toList();
    assertThat(names)
        .contains(
            "xep-hang-so.png",
            "xep-hang-so.svg",
            "xep-hang-xa-1.png",
            "xep-hang-xa-2.png",
            "linh-vuc-so.png",
            "radar-so.svg",
            "ban-do-nhiet-xa-1.png",
            "chenh-lech-so.png",
            "hai-long-thanh-phan.svg",
            "hai-long-xa-1.png",
            "kiem-tra-linh-vuc.png",
            "ban-do-xep-loai-xa.png",
            "ban-do-xep-loai-xa.svg");
    for (Path chart : result.charts()) {
      assertThat(chart).isRegularFile();
      assertThat(Files.size(chart)).isGreaterThan(1000);
      if (chart.toString().endsWith(".svg")) {
        assertThat(Files.readString(chart)).startsWith("<?xml").contains("<svg").contains("</svg>");
      } else {
        assertThat(pngDotsPerMetre(chart)).isEqualTo(11811);
        assertThat(ImageIO.read(chart.toFile()).getWidth())
            .isEqualTo((int) Math.round(500 * 300 / 72.0));
      }
    }
    assertThat(text)
        .contains(
            "Hình 1. Chỉ số CCHC năm 2025 – Khối sở, ban, ngành (tệp xep-hang-so.png, xep-hang-so.svg)");
  }

  @Test
  void theCommuneMapColoursEveryCommuneAssessedInTheYearByItsBandAsTheMartsSay()
      throws IOException {
    // written here: the year's communes valid on the boundaries' date, matched to the map by code
    Map<String, String> bands = new HashMap<>();
    for (List<Object> row :
        SampleRelease.query(
            """
        SELECT i.unit_code, i.band FROM index_scores i
        JOIN raw_units u ON i.unit_key = u.unit_code || '@' || CAST(u.valid_from AS VARCHAR)
        WHERE i.year = ? AND i.bloc = 'XA'
          AND DATE '2025-07-01' BETWEEN u.valid_from AND coalesce(u.valid_to, DATE '9999-12-31')
          AND i.unit_code IN """
                + MapFixture.sqlList(),
            YEAR)) {
      bands.put((String) row.get(0), (String) row.get(1));
    }
    assertThat(bands).as("the 102 communes of 2025 are all assessed").hasSize(102);

    Path svg = out.resolve("bieu-do/ban-do-xep-loai-xa.svg");
    Map<String, String> fills = MapFixture.areaFills(Files.readString(svg));
    assertThat(fills.keySet())
        .as("one path per commune")
        .containsExactlyElementsOf(MapFixture.wardCodes());
    Map<String, String> expected = new LinkedHashMap<>();
    MapFixture.wardCodes()
        .forEach(
            code ->
                expected.put(
                    code,
                    bands.containsKey(code)
                        ? MapFixture.rgb(ChartStyle.band(bands.get(code)))
                        : MapFixture.rgb(CommuneMapChart.NO_VALUE)));
    assertThat(fills).isEqualTo(expected);
    long coloured =
        fills.values().stream()
            .filter(f -> !f.equals(MapFixture.rgb(CommuneMapChart.NO_VALUE)))
            .count();
    assertThat(coloured).isEqualTo(bands.size());

    assertThat(oneLine(text))
        .containsPattern(
            "Hình \\d+\\. Bản đồ xếp loại Chỉ số CCHC năm 2025 của các xã, phường, đặc"
                + " khu tỉnh An Giang \\(ranh giới từ 01/07/2025\\): "
                + coloured
                + "/102 đơn vị tô màu theo xếp loại, "
                + (102 - coloured)
                + " đơn vị không có số liệu \\(màu xám nhạt\\)\\. Màu theo xếp loại năm 2025\\.");
    assertThat(oneLine(text))
        .contains("giấy phép MIT. (tệp ban-do-xep-loai-xa.png, ban-do-xep-loai-xa.svg)")
        .doesNotContain("quy đổi về đơn vị hiện nay (AS_IS)")
        .contains(
            "Xếp loại Chỉ số CCHC năm 2025 theo xã, phường, đặc khu",
            "Nguồn dữ liệu bản đồ",
            "Permission is hereby granted, free of charge");
    assertThat(out.resolve("bieu-do/ban-do-xep-loai-xa.png")).isRegularFile();
    assertThat(svg.resolveSibling("LICENSE-vietnamese-provinces-database.txt"))
        .content()
        .startsWith("MIT License")
        .contains("Thang Le Quoc");
  }

  @Test
  void aUnitWhoseCodeNamedAnotherUnitIsShownWithItsNameCodeAndPeriod() {
    List<List<Object>> reused =
        SampleRelease.query(
            """
        SELECT u.name, u.unit_code, strftime(u.valid_from, '%d/%m/%Y'), coalesce(strftime(u.valid_to, '%d/%m/%Y'), 'nay')
        FROM index_scores i JOIN raw_units u ON i.unit_key = u.unit_code || '@' || CAST(u.valid_from AS VARCHAR)
        WHERE i.year = ? AND (SELECT count(*) FROM raw_units v WHERE v.unit_code = u.unit_code) > 1
        ORDER BY i.unit_code""",
            YEAR);
    assertThat(reused).as("the real registry reuses codes on 1 July 2025").isNotEmpty();
    for (List<Object> r : reused) {
      assertThat(oneLine(text))
          .contains(r.get(0) + " (" + r.get(1) + ", " + r.get(2) + " – " + r.get(3) + ")");
    }
    assertThat(oneLine(text))
        .contains(
            reused.size()
                + " đơn vị được đánh giá năm 2025 mang mã đã dùng cho một đơn vị"
                + " khác trong danh mục");
  }

  @Test
  void theInspectionTargetsNameTheirUnitWithItsCode() {
    List<Object> first =
        SampleRelease.query(
                """
        SELECT t.unit_name, t.unit_code,
               (SELECT count(*) FROM raw_units v WHERE v.unit_code = t.unit_code) AS versions,
               strftime(u.valid_from, '%d/%m/%Y'), coalesce(strftime(u.valid_to, '%d/%m/%Y'), 'nay')
        FROM inspection_targets t JOIN raw_units u ON t.unit_key = u.unit_code || '@' || CAST(u.valid_from AS VARCHAR)
        WHERE t.plan_year = ? ORDER BY t.priority_rank, t.unit_code LIMIT 1""",
                YEAR + 1)
            .get(0);
    String expected =
        ((Number) first.get(2)).intValue() > 1
            ? first.get(0) + " (" + first.get(1) + ", " + first.get(3) + " – " + first.get(4) + ")"
            : first.get(0) + " (" + first.get(1) + ")";
    assertThat(oneLine(text)).contains(expected);
  }

  @Test
  void chartTextIsDrawnWithTheEmbeddedFontNotAsOutlines() {
    assertThat(text).contains("Chỉ số CCHC (%)", "Tỷ lệ điểm đạt (%)");
  }

  static int pngDotsPerMetre(Path png) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
      ImageReader reader = ImageIO.getImageReaders(in).next();
      reader.setInput(in);
      IIOMetadataNode root =
          (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
      IIOMetadataNode phys = (IIOMetadataNode) root.getElementsByTagName("pHYs").item(0);
      return Integer.parseInt(phys.getAttribute("pixelsPerUnitXAxis"));
    }
  }

  /** PDF text breaks lines where the layout wrapped them; compare with single spaces. */
  static String oneLine(String s) {
    return s.replaceAll("\\s+", " ");
  }
}
