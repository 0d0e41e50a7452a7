package vn.cchc.report.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.report.MapFixture;
import vn.cchc.report.font.ReportFonts;
import vn.cchc.report.geo.CommuneBoundaries;
import vn.cchc.report.geo.CommuneBoundaries.Commune;
import vn.cchc.report.model.MapFigure;
import vn.cchc.report.model.MapFigure.CommuneValue;
import vn.cchc.report.model.MapFigure.ScaleBand;
import vn.cchc.report.model.UnitRef;

/**
 * The commune map drawn from the shipped boundaries and a value map made here, without a warehouse.
 */
class CommuneMapChartTest {
  static final LocalDate MAP_DATE = CommuneBoundaries.VALID_ON;
  static final List<ScaleBand> SCALE =
      List.of(
          new ScaleBand("A", "Tốt", 90),
          new ScaleBand("B", "Khá", 80),
          new ScaleBand("C", "Trung bình", 65),
          new ScaleBand("D", "Yếu", 50));

  static ChartStyle style;
  static CommuneBoundaries boundaries;

  @BeforeAll
  static void load() {
    style = new ChartStyle(ReportFonts.locate(null));
    boundaries = CommuneBoundaries.load();
  }

  @Test
  void theBoundariesAreTheNewProvincesCommunesWithTheirCodesAndNames() {
    assertThat(boundaries.size()).isEqualTo(102);
    assertThat(boundaries.communes())
        .extracting(Commune::wardCode)
        .containsExactlyElementsOf(MapFixture.wardCodes());
    assertThat(boundaries.communes())
        .filteredOn(c -> c.wardCode().equals("30307"))
        .extracting(Commune::name)
        .containsExactly("Phường Long Xuyên");
    assertThat(boundaries.bounds().getMinX()).isBetween(103.0, 104.0);
    assertThat(boundaries.bounds().getMaxY()).isBetween(10.5, 11.5);
    assertThat(CommuneBoundaries.licenceText())
        .startsWith("MIT License")
        .contains("Copyright (c) 2021 Thang Le Quoc");
  }

  /**
   * 70 communes with a value (every band and some below the scale), one value off the map's date,
   * one unknown code.
   */
  static MapFigure sample(int year, boolean restated) {
    List<CommuneValue> values = new ArrayList<>();
    List<Commune> communes = boundaries.communes();
    String[] bands = {"A", "B", "C", "D", null};
    for (int i = 0; i < 70; i++) {
      Commune c = communes.get(i);
      String band = bands[i % bands.length];
      values.add(
          new CommuneValue(
              new UnitRef(c.wardCode() + "@2025-07-01", c.wardCode(), c.name(), c.name()),
              band == null ? 40 : 50 + i % 40,
              band,
              band == null ? null : label(band),
              true));
    }
    Commune old = communes.get(80);
    values.add(
        new CommuneValue(
            new UnitRef(
                old.wardCode() + "@2015-01-01",
                old.wardCode(),
                "Xã cũ",
                "Xã cũ (" + old.wardCode() + ", 01/01/2015 – 30/06/2025)"),
            77,
            "C",
            "Trung bình",
            false));
    values.add(
        new CommuneValue(
            new UnitRef("99999@2025-07-01", "99999", "Xã không có trên bản đồ", null),
            91,
            "A",
            "Tốt",
            true));
    return new MapFigure(year, restated, 2025, MAP_DATE, SCALE, values);
  }

  static String label(String band) {
    return SCALE.stream().filter(b -> b.band().equals(band)).findFirst().orElseThrow().label();
  }

  @Test
  void theSvgHasOnePathPerCommuneColouredByItsBandAndGreyWithoutAValue(@TempDir Path dir)
      throws IOException {
    MapFigure map = sample(2025, false);
    ChartSpec spec = CommuneMapChart.build(style, map, boundaries);
    String svg = Files.readString(ChartFiles.writeSvg(spec, dir));

    Map<String, String> fills = MapFixture.areaFills(svg);
    assertThat(fills).hasSize(102);
    assertThat(fills.keySet())
        .containsExactlyElementsOf(boundaries.communes().stream().map(Commune::wardCode).toList());
    Map<String, String> expected = new LinkedHashMap<>();
    boundaries
        .communes()
        .forEach(c -> expected.put(c.wardCode(), MapFixture.rgb(CommuneMapChart.NO_VALUE)));
    for (CommuneValue v : map.values()) {
      if (v.onMapDate() && expected.containsKey(v.unit().code())) {
        expected.put(v.unit().code(), MapFixture.rgb(ChartStyle.band(v.band())));
      }
    }
    assertThat(fills).isEqualTo(expected);
    assertThat(
            fills.values().stream()
                .filter(f -> !f.equals(MapFixture.rgb(CommuneMapChart.NO_VALUE)))
                .count())
        .isEqualTo(70);
    assertThat(svg)
        .contains(
            "<title>"
                + boundaries.communes().get(0).name()
                + " ("
                + boundaries.communes().get(0).wardCode()
                + "): 50,00%, loại A – Tốt</title>");
    assertThat(svg).contains("Loại A: Tốt (14)", "Dưới mức xếp loại (14)", "Không có số liệu (32)");
  }

  @Test
  void theCaptionCountsColouredAndGreyCommunesAndValuesTheMapCannotPlaceAndNamesTheSource() {
    String caption = CommuneMapChart.build(style, sample(2025, false), boundaries).caption();
    assertThat(caption)
        .startsWith(
            "Bản đồ xếp loại Chỉ số CCHC năm 2025 của các xã, phường, đặc khu tỉnh An Giang"
                + " (ranh giới từ 01/07/2025): 70/102 đơn vị tô màu theo xếp loại, 32 đơn vị không có số liệu (màu xám nhạt);"
                + " 2 đơn vị có số liệu không có trên bản đồ");
    assertThat(caption)
        .contains("Màu theo xếp loại năm 2025.", "giấy phép MIT", "vietnamese-provinces-database")
        .doesNotContain("AS_IS");
  }

  @Test
  void beforeTheRestructuringTheCaptionSaysTheValuesAreRestatedOntoTodaysCommunes() {
    ChartSpec spec = CommuneMapChart.build(style, sample(2024, true), boundaries);
    assertThat(spec.caption())
        .contains("Màu theo xếp loại năm 2024; năm trước 2025 quy đổi về đơn vị hiện nay (AS_IS)");
    assertThat(spec.chart().getTitle().getText())
        .isEqualTo("Xếp loại Chỉ số CCHC năm 2024 quy đổi về xã, phường, đặc khu hiện nay (AS_IS)");
  }

  @Test
  void thePngIs300DpiAndBothFilesAreTheSameOnEveryRun(@TempDir Path dir) throws IOException {
    Path a = Files.createDirectories(dir.resolve("a"));
    Path b = Files.createDirectories(dir.resolve("b"));
    ChartSpec first = CommuneMapChart.build(style, sample(2025, false), boundaries);
    ChartSpec second =
        CommuneMapChart.build(
            new ChartStyle(ReportFonts.locate(null)),
            sample(2025, false),
            CommuneBoundaries.load());
    Path png = ChartFiles.writePng(first, a);
    assertThat(ImageIO.read(png.toFile()).getWidth()).isEqualTo((int) Math.round(500 * 300 / 72.0));
    assertThat(Files.readAllBytes(ChartFiles.writePng(second, b)))
        .isEqualTo(Files.readAllBytes(png));
    assertThat(Files.readString(ChartFiles.writeSvg(second, b)))
        .isEqualTo(Files.readString(ChartFiles.writeSvg(first, a)));
  }

  @Test
  void theMapIsDrawnNorthUpInsideItsArea() {
    ChartSpec spec = CommuneMapChart.build(style, sample(2025, false), boundaries);
    ChoroplethPlot plot = (ChoroplethPlot) spec.chart().getPlot();
    java.awt.geom.Rectangle2D target = new java.awt.geom.Rectangle2D.Double(0, 0, 400, 300);
    java.awt.geom.Rectangle2D drawn =
        plot.projection(target).createTransformedShape(boundaries.bounds()).getBounds2D();
    assertThat(drawn.getMinX()).isGreaterThanOrEqualTo(-1e-6);
    assertThat(drawn.getMaxX()).isLessThanOrEqualTo(400 + 1e-6);
    assertThat(drawn.getMinY()).isGreaterThanOrEqualTo(-1e-6);
    assertThat(drawn.getMaxY()).isLessThanOrEqualTo(300 + 1e-6);
    // Phú Quốc lies west of Long Xuyên: smaller x; Hà Tiên lies north of Rạch Giá: smaller y
    java.awt.geom.AffineTransform t = plot.projection(target);
    assertThat(centre(t, "Phường Hà Tiên").getY()).isLessThan(centre(t, "Phường Rạch Giá").getY());
    assertThat(centre(t, "Phường Rạch Giá").getX())
        .isLessThan(centre(t, "Phường Long Xuyên").getX());
  }

  @Test
  void twoValuesForOneCodeOnTheMapsDateAreRefused() {
    Commune c = boundaries.communes().get(0);
    CommuneValue v =
        new CommuneValue(
            new UnitRef(c.wardCode() + "@2025-07-01", c.wardCode(), c.name(), null),
            90,
            "A",
            "Tốt",
            true);
    CommuneValue w =
        new CommuneValue(
            new UnitRef(c.wardCode() + "@2025-08-01", c.wardCode(), c.name(), null),
            60,
            "D",
            "Yếu",
            true);
    MapFigure map = new MapFigure(2025, false, 2025, MAP_DATE, SCALE, List.of(v, w));
    assertThatThrownBy(() -> CommuneMapChart.build(style, map, boundaries))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Cannot draw the commune map of 2025: code "
                + c.wardCode()
                + " has two values ("
                + c.wardCode()
                + "@2025-07-01, "
                + c.wardCode()
                + "@2025-08-01)");
  }

  private static java.awt.geom.Point2D centre(java.awt.geom.AffineTransform t, String name) {
    Commune c =
        boundaries.communes().stream().filter(x -> x.name().equals(name)).findFirst().orElseThrow();
    java.awt.geom.Rectangle2D r = t.createTransformedShape(c.outline()).getBounds2D();
    return new java.awt.geom.Point2D.Double(r.getCenterX(), r.getCenterY());
  }
}
