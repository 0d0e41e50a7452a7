package vn.cchc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.report.chart.ChartStyle;
import vn.cchc.report.chart.CommuneMapChart;
import vn.cchc.report.font.ReportFonts;

/**
 * The report of a year before the restructuring: its map shows today's communes, coloured by the
 * year's index restated onto them (AS_IS) and banded with the year's own scale, and its tables tell
 * the old communes from the new ones that took their codes.
 */
class CommuneMapReportTest {
  static final int YEAR = 2024;
  static Path out;
  static AnnualReportGenerator.Result result;
  static String text;

  @BeforeAll
  static void generate() throws IOException {
    out = SampleRelease.target("map-report-test").resolve(Integer.toString(YEAR));
    SampleRelease.deleteTree(out);
    result =
        new AnnualReportGenerator(ReportFonts.locate(null))
            .generate(SampleRelease.warehouse(), YEAR, out);
    text = AnnualReportTest.oneLine(DeterminismTest.text(result.pdf()));
  }

  @Test
  void theMapColoursTodaysCommunesByTheRestatedIndexBandedWithTheYearsScale() throws IOException {
    // written here: AS_IS rows of the year on the latest year's communes valid on the boundaries'
    // date,
    // banded by the highest lower bound of the year's scale not above the index rounded to 2
    // decimals
    Map<String, String> bands = new HashMap<>();
    for (List<Object> row :
        SampleRelease.query(
            """
        SELECT t.unit_code,
               (SELECT max_by(b.band, b.min_pct) FROM raw_bands b
                WHERE b.version = t.version AND b.bloc = 'XA' AND b.min_pct <= round(t.index_pct, 2)) AS band
        FROM index_trends t
        JOIN raw_units u ON t.unit_key = u.unit_code || '@' || CAST(u.valid_from AS VARCHAR)
        WHERE t.basis = 'AS_IS' AND t.year = ? AND t.bloc = 'XA'
          AND t.unit_key IN (SELECT unit_key FROM index_scores
                             WHERE bloc = 'XA' AND year = (SELECT max(year) FROM index_scores WHERE bloc = 'XA'))
          AND DATE '2025-07-01' BETWEEN u.valid_from AND coalesce(u.valid_to, DATE '9999-12-31')
          AND t.unit_code IN """
                + MapFixture.sqlList(),
            YEAR)) {
      bands.put((String) row.get(0), (String) row.get(1));
    }
    assertThat(bands)
        .as("every commune of 2025 has a value restated onto it for 2024")
        .hasSize(102);

    Map<String, String> fills =
        MapFixture.areaFills(Files.readString(out.resolve("bieu-do/ban-do-xep-loai-xa.svg")));
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

    assertThat(text)
        .contains(
            "Bản đồ xếp loại Chỉ số CCHC năm 2024 của các xã, phường, đặc khu tỉnh An Giang (ranh giới"
                + " từ 01/07/2025): "
                + coloured
                + "/102 đơn vị tô màu theo xếp loại, "
                + (102 - coloured)
                + " đơn vị không có số liệu (màu xám nhạt)")
        .contains("Màu theo xếp loại năm 2024; năm trước 2025 quy đổi về đơn vị hiện nay (AS_IS)")
        .contains("Xếp loại Chỉ số CCHC năm 2024 quy đổi về xã, phường, đặc khu hiện nay (AS_IS)")
        .contains(
            "Bản đồ xếp loại cấp xã: các xã, phường, đặc khu từ ngày 01/07/2025, chỉ số năm 2024 quy đổi về các"
                + " đơn vị này (as-is)");
  }

  @Test
  void anOldCommuneWhoseCodeANewCommuneTookIsShownWithItsPeriod() {
    List<List<Object>> reused =
        SampleRelease.query(
            """
        SELECT u.name, u.unit_code, strftime(u.valid_from, '%d/%m/%Y'), coalesce(strftime(u.valid_to, '%d/%m/%Y'), 'nay')
        FROM index_scores i JOIN raw_units u ON i.unit_key = u.unit_code || '@' || CAST(u.valid_from AS VARCHAR)
        WHERE i.year = ? AND i.bloc = 'XA' AND (SELECT count(*) FROM raw_units v WHERE v.unit_code = u.unit_code) > 1
        ORDER BY i.unit_code""",
            YEAR);
    assertThat(reused).as("2024 communes whose code a 2025 commune took").isNotEmpty();
    for (List<Object> r : reused) {
      assertThat(r.get(3)).as("an old commune's period ends").isNotEqualTo("nay");
      assertThat(text)
          .contains(r.get(0) + " (" + r.get(1) + ", " + r.get(2) + " – " + r.get(3) + ")");
    }
  }
}
