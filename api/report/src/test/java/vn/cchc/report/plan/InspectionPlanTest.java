package vn.cchc.report.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.testsupport.SampleWarehouse;

/**
 * The drafts on the sample release, read back as a user would: the DOCX with a word-processing
 * reader, and the same DOCX converted by LibreOffice (started here) to a PDF whose text is
 * extracted. Every expected figure comes from SQL written here over the marts, not from the
 * drafting code.
 */
class InspectionPlanTest {
  static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static Path out;
  static Path warehouse;
  static String soffice;

  @BeforeAll
  static void setUp() throws IOException {
    warehouse = SampleWarehouse.get();
    out =
        Path.of(System.getProperty("basedir", "."))
            .toAbsolutePath()
            .resolve("target/inspection-plan-test");
    SampleWarehouse.deleteTree(out);
    Files.createDirectories(out);
    soffice = findSoffice();
  }

  record Run(int code, String out, String err) {}

  static Run plan(String... args) {
    return run(true, args);
  }

  static Run run(boolean plan, String... args) {
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    List<String> all = new ArrayList<>(List.of(args));
    all.addAll(List.of("--warehouse", warehouse.toString()));
    PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8);
    PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8);
    String[] a = all.toArray(String[]::new);
    int code =
        plan
            ? InspectionPlanCli.plan(po, pe, System.getenv(), a)
            : InspectionPlanCli.notice(po, pe, System.getenv(), a);
    return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
  }

  /** A proposed unit as the mart and SQL written here see it. */
  record Expected(String unitKey, String name, String reasons, int order) {}

  @Test
  void annexOneListsExactlyTheHighestPriorityUnitsWithQuarterFormAndReasons() throws Exception {
    Path dir = out.resolve("plan");
    Run r = plan("--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    Path docx = dir.resolve("ke-hoach-kiem-tra-cchc-2026.docx");
    assertThat(docx).exists();
    assertThat(dir.resolve("ke-hoach-kiem-tra-cchc-2026.pdf")).exists();

    long ranked =
        ((Number) SampleWarehouse.single("SELECT count(*) FROM inspection_targets")).longValue();
    int n = (int) Math.ceil(0.3 * ranked);
    List<Expected> expected = new ArrayList<>();
    for (List<Object> row :
        SampleWarehouse.query(
            """
            SELECT unit_key, unit_name, reasons_vi FROM inspection_targets
            WHERE plan_year = 2026 AND total_score > 0
            ORDER BY total_score DESC, index_pct NULLS FIRST, unit_code, unit_key LIMIT ?""",
            n)) {
      expected.add(
          new Expected(
              (String) row.get(0), (String) row.get(1), (String) row.get(2), expected.size()));
    }
    assertThat(expected).hasSize(n);
    Map<String, String> forms = expectedForms();

    List<XWPFTableRow> rows = annexOneRows(docx);
    assertThat(rows).hasSize(n);
    Set<String> seen = new HashSet<>();
    for (Expected e : expected) {
      XWPFTableRow row =
          rows.stream()
              .filter(x -> text(x.getCell(1)).startsWith(e.name()))
              .filter(x -> text(x.getCell(4)).contains("(thứ tự " + (e.order() + 1) + ")"))
              .findFirst()
              .orElseThrow(() -> new AssertionError("no row for " + e));
      seen.add(e.unitKey());
      String quarter = List.of("II", "III", "IV").get(e.order() * 3 / n);
      assertThat(text(row.getCell(2))).isEqualTo("Quý " + quarter + "/2026");
      assertThat(text(row.getCell(3))).as(e.name()).startsWith(forms.get(e.unitKey()));
      assertThat(text(row.getCell(4))).startsWith(e.reasons());
    }
    assertThat(seen).hasSize(n);

    // the same DOCX opened by LibreOffice: every proposed unit is on its pages
    String pdfText = squeeze(pdfText(convertWithLibreOffice(docx, out.resolve("plan-lo"))));
    assertThat(pdfText)
        .contains(squeeze("KẾ HOẠCH"))
        .contains(squeeze("Kiểm tra công tác cải cách hành chính năm 2026"))
        .contains(squeeze("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"))
        .contains(squeeze("Nơi nhận:"))
        .contains(squeeze("Phụ lục 1"))
        .contains(squeeze("ĐỀ CƯƠNG BÁO CÁO"));
    for (Expected e : expected) {
      assertThat(pdfText).as(e.name()).contains(squeeze(e.name()));
    }
  }

  /**
   * The form each unit should get, from the outcomes and index marts: surprise for two or more
   * findings overdue, re-inspection for findings of 2025 inspections still open, report review for
   * the top quarter with nothing open, else announced.
   */
  static Map<String, String> expectedForms() {
    Map<String, String> forms = new HashMap<>();
    for (List<Object> row :
        SampleWarehouse.query(
            """
            SELECT t.unit_key, coalesce(sum(o.overdue), 0), coalesce(sum(o.open_findings) FILTER (WHERE o.year = 2025), 0),
                   coalesce(sum(o.open_findings), 0), any_value(s.rank_in_bloc), any_value(s.units_ranked)
            FROM inspection_targets t
            JOIN index_scores s ON s.unit_key = t.unit_key AND s.year = t.index_year
            LEFT JOIN inspection_outcomes o ON o.unit_key = t.unit_key
            GROUP BY t.unit_key""")) {
      long overdue = ((Number) row.get(1)).longValue();
      long openLastYear = ((Number) row.get(2)).longValue();
      long open = ((Number) row.get(3)).longValue();
      int rank = ((Number) row.get(4)).intValue();
      int of = ((Number) row.get(5)).intValue();
      String form =
          overdue >= 2
              ? "Kiểm tra đột xuất"
              : openLastYear >= 1
                  ? "Kiểm tra lại"
                  : open == 0 && rank * 4 <= of ? "Kiểm tra qua báo cáo" : "Kiểm tra trực tiếp";
      forms.put((String) row.get(0), form);
    }
    return forms;
  }

  @Test
  void theConclusionNoticeListsExactlyTheInspectionsFindingsWithTheirDeadlines() throws Exception {
    String id =
        (String)
            SampleWarehouse.single(
                "SELECT inspection_id FROM raw_findings GROUP BY inspection_id"
                    + " ORDER BY count(*) DESC, inspection_id LIMIT 1");
    Run r = run(false, "--inspection", id, "--out", out.resolve("notice").toString());
    assertThat(r.code()).as(r.err()).isZero();
    Path docx = out.resolve("notice").resolve("thong-bao-ket-luan-kiem-tra-" + id + ".docx");

    List<List<String>> expected = new ArrayList<>();
    for (List<Object> row :
        SampleWarehouse.query(
            "SELECT description, recommendation, due_date FROM raw_findings WHERE inspection_id = ?",
            id)) {
      expected.add(
          List.of(
              (String) row.get(0),
              row.get(1) == null ? "[Kiến nghị]" : (String) row.get(1),
              DMY.format((LocalDate) row.get(2))));
    }
    assertThat(expected).hasSizeGreaterThan(1);

    List<List<String>> listed = new ArrayList<>();
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      XWPFTable t =
          doc.getTables().stream()
              .filter(x -> x.getRow(0).getTableCells().size() == 6)
              .filter(x -> text(x.getRow(0).getCell(2)).equals("Tồn tại, hạn chế"))
              .findFirst()
              .orElseThrow();
      for (int i = 1; i < t.getNumberOfRows(); i++) {
        XWPFTableRow row = t.getRow(i);
        listed.add(List.of(text(row.getCell(2)), text(row.getCell(4)), text(row.getCell(5))));
      }
      assertThat(t.getNumberOfRows() - 1).isEqualTo(expected.size());
    }
    assertThat(listed).containsExactlyInAnyOrderElementsOf(expected);
    String pdf = squeeze(pdfText(convertWithLibreOffice(docx, out.resolve("notice-lo"))));
    assertThat(pdf).contains(squeeze("THÔNG BÁO"));
    for (List<String> e : expected) {
      assertThat(pdf).contains(squeeze(e.get(2)));
    }
  }

  @Test
  void aYearWithoutAnIndexIsRefusedSayingWhichPlansCanBeDrafted() {
    Run r = plan("--year", "2020", "--out", out.resolve("none").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err())
        .contains("không có Chỉ số CCHC năm 2019")
        .contains("lập được kế hoạch năm: 2026")
        .doesNotContain("Exception");
    Run earlier = plan("--year", "2025", "--out", out.resolve("none").toString());
    assertThat(earlier.code()).isEqualTo(2);
    assertThat(earlier.err())
        .contains("chỉ đề xuất đối tượng kiểm tra cho năm sau năm chỉ số mới nhất");
    assertThat(out.resolve("none")).doesNotExist();
  }

  @Test
  void noUnitToProposeIsRefusedWithTheRule() throws IOException {
    Path config = out.resolve("zero.properties");
    StringBuilder s = new StringBuilder();
    for (PlanConfig.Score score : PlanConfig.Score.values()) {
      s.append("weight.").append(score.key).append(" = 0\n");
    }
    Files.writeString(config, s.toString(), StandardCharsets.UTF_8);
    Run r = plan("--config", config.toString(), "--out", out.resolve("zero").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Không có đơn vị nào để đề xuất kiểm tra năm 2026");
  }

  @Test
  void anUnknownInspectionIsRefusedNamingIt() {
    Run r = run(false, "--inspection", "KT-KHONG-CO", "--out", out.resolve("x").toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).contains("Không tìm thấy cuộc kiểm tra 'KT-KHONG-CO'");
    Run missing = run(false, "--out", out.resolve("x").toString());
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("Thiếu --inspection");
  }

  @Test
  void theUnitsOptionAndAConfigurationChangeTheDraftAndItSaysSo() throws IOException {
    Path config = out.resolve("q.properties");
    Files.writeString(config, "quarters = III, IV\nissuer = SNV\n", StandardCharsets.UTF_8);
    Path dir = out.resolve("five");
    Run r = plan("--units", "5", "--config", config.toString(), "--out", dir.toString());
    assertThat(r.code()).as(r.err()).isZero();
    List<XWPFTableRow> rows = annexOneRows(dir.resolve("ke-hoach-kiem-tra-cchc-2026.docx"));
    assertThat(rows).hasSize(5);
    assertThat(rows.stream().map(x -> text(x.getCell(2))).distinct())
        .containsExactly("Quý III/2026", "Quý IV/2026");
    try (InputStream in = Files.newInputStream(dir.resolve("ke-hoach-kiem-tra-cchc-2026.docx"));
        XWPFDocument doc = new XWPFDocument(in)) {
      String all = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
      assertThat(all)
          .contains("SỞ NỘI VỤ")
          .contains("/KH-SNV")
          .contains("Chọn 5 đơn vị có điểm ưu tiên cao nhất")
          .contains("chia đều cho quý III đến quý IV");
    }
    Files.writeString(config, "quaters = II\n", StandardCharsets.UTF_8);
    Run bad = plan("--config", config.toString(), "--out", dir.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.err()).contains("khóa 'quaters' không có");
  }

  // --- reading the drafts
  // ---------------------------------------------------------------------------

  /** The unit rows of Phụ lục 1 (without the bloc group rows). */
  static List<XWPFTableRow> annexOneRows(Path docx) throws IOException {
    try (InputStream in = Files.newInputStream(docx);
        XWPFDocument doc = new XWPFDocument(in)) {
      XWPFTable t =
          doc.getTables().stream()
              .filter(x -> x.getRow(0).getTableCells().size() == 6)
              .filter(x -> text(x.getRow(0).getCell(1)).equals("Cơ quan, đơn vị"))
              .findFirst()
              .orElseThrow();
      List<XWPFTableRow> rows = new ArrayList<>();
      for (int i = 1; i < t.getNumberOfRows(); i++) {
        if (t.getRow(i).getTableCells().size() > 1) {
          rows.add(t.getRow(i));
        }
      }
      return rows;
    }
  }

  static String text(XWPFTableCell c) {
    return c.getText().strip();
  }

  /** Text with every run of white space removed: a PDF breaks lines where the cell ends. */
  static String squeeze(String s) {
    return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFC).replaceAll("\\s+", "");
  }

  static String pdfText(Path pdf) throws IOException {
    try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
      assertThat(d.getNumberOfPages()).isPositive();
      return new PDFTextStripper().getText(d);
    }
  }

  static Path convertWithLibreOffice(Path docx, Path dir) throws Exception {
    Files.createDirectories(dir);
    Path profile = Files.createTempDirectory(out, "lo-profile");
    Process p =
        new ProcessBuilder(
                soffice,
                "-env:UserInstallation=" + profile.toUri(),
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                dir.toString(),
                docx.toString())
            .redirectErrorStream(true)
            .redirectOutput(out.resolve("soffice.log").toFile())
            .start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("LibreOffice finished").isTrue();
    Path pdf = dir.resolve(docx.getFileName().toString().replace(".docx", ".pdf"));
    assertThat(pdf).as(Files.readString(out.resolve("soffice.log"))).exists();
    return pdf;
  }

  static String findSoffice() {
    for (String d : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path p = Path.of(d, "soffice");
      if (Files.isExecutable(p)) {
        return p.toString();
      }
    }
    throw new AssertionError(
        "LibreOffice (soffice) is needed to open the drafts: ./cchc test installs it"
            + " (apt libreoffice-writer-nogui)");
  }
}
