package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.ingestion.commit.Manifest;
import vn.cchc.ingestion.validate.Reject;
import vn.cchc.ingestion.validate.RejectRule;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.testsupport.FileHashes;
import vn.cchc.testsupport.Repo;

class IngestionTest {
  private static final Path MINI = Repo.root().resolve("ingestion/src/test/resources/mini");

  @TempDir Path tmp;

  private Ingestion.Result ingest(Path warehouse, IngestOptions.OnError onError, Path... inputs) {
    return new Ingestion(new IngestOptions(List.of(inputs), warehouse, onError, null, 10)).run();
  }

  private Ingestion.Result ingest(Path warehouse, Path... inputs) {
    return ingest(warehouse, IngestOptions.OnError.SKIP_ROW, inputs);
  }

  private static List<List<Object>> query(Path warehouse, String sqlWithSnapshot) throws Exception {
    Path snapshot = new WarehouseLayout(warehouse).currentSnapshotDir().orElseThrow();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sqlWithSnapshot.replace("$S", snapshot.toString()))) {
      List<List<Object>> rows = new ArrayList<>();
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  @Test
  void loadsEveryTableOfTheMiniProvinceWithVietnameseHeadersDecimalCommasAndNotApplicableItems()
      throws Exception {
    Path wh = tmp.resolve("wh");
    Ingestion.Result r = ingest(wh, MINI);
    assertThat(r.rejects()).isEmpty();
    assertThat(r.snapshotId()).contains("s000001");
    assertThat(r.files())
        .allSatisfy(
            f -> {
              assertThat(f.status()).isEqualTo("OK");
              assertThat(f.read()).isEqualTo(f.accepted() + f.rejected());
            });
    assertThat(
            query(
                wh,
                "SELECT unit_code, sub_criterion_code, points, applicable, note, year FROM read_parquet("
                    + "'$S/self_scores/*/*.parquet', hive_partitioning = true) ORDER BY unit_code, sub_criterion_code"))
        .containsExactly(
            row("SO-KHDT", "1.1.1", 0.5, true, null, 2024L),
            row("SO-KHDT", "1.1.2", null, false, "Không áp dụng", 2024L),
            row("SO-KHDT", "2.1.1", 3.0, true, null, 2024L),
            row("SO-TC", "1.1.1", 1.0, true, "Ghi chú; có dấu chấm phẩy", 2024L),
            row("SO-TC", "1.1.2", 2.0, true, null, 2024L),
            row("SO-TC", "2.1.1", 2.75, true, null, 2024L));
    assertThat(
            query(
                wh,
                "SELECT unit_code, name, valid_from, valid_to FROM '$S/units/part-0.parquet' WHERE unit_code = 'SO-TC25'"))
        .containsExactly(row("SO-TC25", "Sở Tài chính", LocalDate.of(2025, 3, 1), null));
  }

  private static List<Object> row(Object... values) {
    return java.util.Arrays.asList(values);
  }

  @Test
  void ingestingTheSameDataAgainChangesNoByteOfTheWarehouse() throws Exception {
    Path wh = tmp.resolve("wh");
    ingest(wh, MINI);
    Map<String, String> before = FileHashes.of(wh);
    Ingestion.Result again = ingest(wh, MINI);
    assertThat(again.snapshotId()).isEmpty();
    assertThat(again.changedRows().values()).allMatch(n -> n == 0);
    assertThat(FileHashes.of(wh)).isEqualTo(before);
  }

  @Test
  void aCorrectedFileReplacesTheValuesOfItsKeysAndTheManifestSaysWhichBatchSuppliedThem()
      throws Exception {
    Path wh = tmp.resolve("wh");
    String first = ingest(wh, MINI).batchId();
    Path fix = tmp.resolve("self_scores_correction.csv");
    // a row replaces the committed row with its key whole; 1.1.1 is sent again unchanged (note
    // included)
    Files.writeString(
        fix,
        "year,unit_code,sub_criterion_code,points,note\n2024,SO-TC,2.1.1,3,\n"
            + "2024,SO-TC,1.1.1,1,\"Ghi chú; có dấu chấm phẩy\"\n");
    Ingestion.Result second = ingest(wh, fix);
    assertThat(second.snapshotId()).contains("s000002");
    assertThat(second.changedRows()).containsEntry("self_scores", 1L);
    assertThat(
            query(
                wh,
                "SELECT sub_criterion_code, points, batch_id, source_file, source_row FROM read_parquet("
                    + "'$S/self_scores/*/*.parquet') WHERE unit_code = 'SO-TC' ORDER BY 1"))
        .containsExactly(
            row("1.1.1", 1.0, first, "self_scores_2024.csv", 2),
            row("1.1.2", 2.0, first, "self_scores_2024.csv", 3),
            row("2.1.1", 3.0, second.batchId(), "self_scores_correction.csv", 2));
    assertThat(query(wh, "SELECT count(*) FROM read_parquet('$S/self_scores/*/*.parquet')"))
        .containsExactly(row(6L));
    Manifest manifest =
        Manifest.read(
            new WarehouseLayout(wh).currentSnapshotDir().orElseThrow().resolve("_manifest.json"));
    assertThat(manifest.batches())
        .extracting(Manifest.Batch::batchId)
        .containsExactly(first, second.batchId());
    assertThat(manifest.batches().get(1).files())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.sha256()).isEqualTo(Ingestion.sha256(fix));
              assertThat(f.read()).isEqualTo(2);
              assertThat(f.accepted()).isEqualTo(2);
            });
    assertThat(manifest.tables().get("self_scores").partitions().get("2024").batchId())
        .isEqualTo(second.batchId());
    assertThat(manifest.tables().get("units").partitions().get(Manifest.WHOLE_TABLE).batchId())
        .isEqualTo(first);
  }

  @Test
  void failFileRefusesTheWholeFileAndNothingOfItReachesTheWarehouse() throws Exception {
    Path wh = tmp.resolve("wh");
    ingest(wh, MINI);
    Map<String, String> before = FileHashes.of(wh.resolve("ingest"));
    Path bad = tmp.resolve("appraisals.csv");
    Files.writeString(
        bad,
        "year,unit_code,sub_criterion_code,round,points\n2024,SO-TC,1.1.1,1,1\n2024,SO-TC,1.1.2,3,1\n");
    Ingestion.Result r = ingest(wh, IngestOptions.OnError.FAIL_FILE, bad);
    assertThat(r.snapshotId()).isEmpty();
    assertThat(r.files())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo("REFUSED");
              assertThat(f.read()).isEqualTo(2);
              assertThat(f.accepted()).isZero();
              assertThat(f.rejected()).isEqualTo(2);
            });
    assertThat(r.rejects())
        .extracting(Reject::row, Reject::column, Reject::rule)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(3L, "round", RejectRule.ENUM),
            org.assertj.core.groups.Tuple.tuple(0L, "", RejectRule.FILE_REFUSED));
    assertThat(FileHashes.of(wh.resolve("ingest"))).isEqualTo(before);
    assertThat(Files.readString(r.rejectsFile().orElseThrow()))
        .contains("Lần thẩm định '3' không hợp lệ (dùng 1 hoặc 2)");
  }

  @Test
  void codedColumnsTakeAnyCaseAndRefuseValuesOutsideTheModelsCodes() throws Exception {
    Path wh = tmp.resolve("wh");
    ingest(wh, MINI);
    Path adjustments = tmp.resolve("adjustments.csv");
    Files.writeString(
        adjustments, "year,unit_code,kind,points\n2024,SO-TC,bonus,1\n2024,SO-KHDT,thuong,1\n");
    Path criteria = tmp.resolve("criteria_extra.csv");
    Files.writeString(
        criteria,
        "version,bloc,field_code,criterion_code,sub_criterion_code,name,max_points,assessment,"
            + "scoring\nV2022,TINH,1,1.1,1.1.3,Tiêu chí cấp tỉnh,1,SELF,PROPORTIONAL\n"
            + "V2022,so,1,1.1,1.1.4,Mức điểm không tới điểm tối đa,2,self,LEVELS:1|0\n");
    Ingestion.Result r = ingest(wh, criteria, adjustments);
    assertThat(r.rejects())
        .extracting(Reject::row, Reject::column, Reject::rawValue, Reject::rule, Reject::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                2L,
                "bloc",
                "TINH",
                RejectRule.ENUM,
                "Khối 'TINH' không hợp lệ (dùng SO, HUYEN hoặc XA)"),
            org.assertj.core.groups.Tuple.tuple(
                3L,
                "max_points",
                "2",
                RejectRule.CONSISTENCY,
                "Tiêu chí không nhất quán: mức điểm cao nhất (1.0) khác điểm tối đa (2.0)"),
            org.assertj.core.groups.Tuple.tuple(
                3L,
                "kind",
                "thuong",
                RejectRule.ENUM,
                "Loại 'THUONG' không hợp lệ (dùng BONUS hoặc PENALTY)"));
    assertThat(query(wh, "SELECT unit_code, kind FROM read_parquet('$S/adjustments/*/*.parquet')"))
        .containsExactly(row("SO-TC", "BONUS"));
  }

  @Test
  void lineageWhoseSharesDoNotSumToOneIsRejectedRowByRow() throws Exception {
    Path wh = tmp.resolve("wh");
    ingest(wh, MINI);
    Path lineage = tmp.resolve("unit_lineage.csv");
    Files.writeString(
        lineage,
        "from_code,to_code,effective_date,kind,share\nSO-TC,SO-TC25,2025-03-01,MERGE,0.5\n");
    Ingestion.Result r = ingest(wh, lineage);
    assertThat(r.rejects())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.row()).isEqualTo(2);
              assertThat(x.column()).isEqualTo("share");
              assertThat(x.rule()).isEqualTo(RejectRule.CONSISTENCY);
              assertThat(x.message())
                  .isEqualTo(
                      "Tổng tỷ trọng các đơn vị tiền thân của SO-TC25 từ ngày 2025-03-01 là 0.9, phải bằng 1");
            });
    assertThat(r.snapshotId()).isEmpty();
  }

  @Test
  void readsXlsxSheetsByNameWithDateAndNumberCellsAndSkipsOtherSheets() throws Exception {
    Path wh = tmp.resolve("wh");
    ingest(wh, MINI);
    Path book = tmp.resolve("tham_dinh_2024.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(book)) {
      wb.createSheet("Hướng dẫn")
          .createRow(0)
          .createCell(0)
          .setCellValue("Điền điểm thẩm định vào trang appraisals");
      Sheet s = wb.createSheet("appraisals");
      String[] header = {
        "Năm", "Mã đơn vị", "Mã tiêu chí thành phần", "Lần thẩm định", "Điểm thẩm định", "Lý do"
      };
      Row h = s.createRow(0);
      for (int i = 0; i < header.length; i++) {
        h.createCell(i).setCellValue(header[i]);
      }
      Object[][] data = {
        {2024, "SO-TC", "2.1.1", 1, 2.25, "Thiếu tài liệu kiểm chứng"},
        {2024, "SO-TC", "1.1.2", 1, 1, null}
      };
      for (int r = 0; r < data.length; r++) {
        Row row = s.createRow(r + 2); // a blank row 2 in between, as users leave them
        for (int c = 0; c < data[r].length; c++) {
          Object v = data[r][c];
          if (v instanceof Number n) {
            row.createCell(c).setCellValue(n.doubleValue());
          } else if (v != null) {
            row.createCell(c).setCellValue((String) v);
          }
        }
      }
      CellStyle percent = wb.createCellStyle();
      percent.setDataFormat(wb.createDataFormat().getFormat("0"));
      s.getRow(2)
          .getCell(4)
          .setCellStyle(percent); // a display format must not round the stored 2.25
      wb.write(out);
    }
    Ingestion.Result r = ingest(wh, book);
    assertThat(r.rejects()).isEmpty();
    assertThat(r.warnings())
        .containsExactly(
            "Bỏ qua trang tính tham_dinh_2024.xlsx[Hướng dẫn]: tên trang tính không phải tên bảng");
    assertThat(
            query(
                wh,
                "SELECT sub_criterion_code, points, reason, source_file, source_row FROM read_parquet("
                    + "'$S/appraisals/*/*.parquet') ORDER BY 1"))
        .containsExactly(
            row("1.1.2", 1.0, null, "tham_dinh_2024.xlsx[appraisals]", 4),
            row("2.1.1", 2.25, "Thiếu tài liệu kiểm chứng", "tham_dinh_2024.xlsx[appraisals]", 3));
  }
}
