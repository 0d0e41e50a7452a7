package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.cchc.ingestion.validate.Reject;
import vn.cchc.ingestion.validate.RejectRule;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.testsupport.FileHashes;
import vn.cchc.testsupport.Repo;

/**
 * Each file of {@code sample-data/bad/} against the sample province's methodology and registry: the
 * expected rejection at its exact row and column, and with {@code fail-file} nothing of it in the
 * warehouse.
 */
class BadSamplesTest {
  @TempDir static Path tmp;
  static Path base;

  @BeforeAll
  static void loadReferenceTablesOfTheSampleProvince() throws IOException {
    Path reference = tmp.resolve("reference");
    Files.createDirectories(reference);
    for (String name :
        List.of("methodology.xlsx", "units.xlsx", "survey_questions.csv", "inspections.csv")) {
      Files.copy(Repo.sampleProvince().resolve(name), reference.resolve(name));
    }
    base = tmp.resolve("base");
    Ingestion.Result r =
        new Ingestion(
                new IngestOptions(
                    List.of(reference), base, IngestOptions.OnError.FAIL_FILE, null, 10))
            .run();
    assertThat(r.rejects()).isEmpty();
  }

  private static Path copyOfBase(String name) throws IOException {
    Path target = tmp.resolve(name);
    try (Stream<Path> walk = Files.walk(base)) {
      for (Path p : walk.sorted(Comparator.naturalOrder()).toList()) {
        Path dst = target.resolve(base.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(dst);
        } else {
          Files.copy(p, dst, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
    return target;
  }

  /**
   * Row, column, raw value, rule and message are read off the fixture files themselves: the raw
   * value is the cell as the file holds it (the Windows-1258 note decoded as UTF-8, each
   * undecodable sequence a U+FFFD).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
      self_scores-missing-column.csv        | 1 | points (Điểm tự chấm)                      | ""                          | MISSING_COLUMN        | Thiếu cột bắt buộc: points (Điểm tự chấm)                                 | 0 | 0
      self_scores-wrong-type.csv            | 3 | points                                     | chín                        | TYPE                  | Sai kiểu dữ liệu (số thực): 'chín' không phải là số                      | 3 | 2
      self_scores-out-of-range.csv          | 3 | points                                     | 1.5                         | RANGE                 | Điểm 1.5 phải từ 0 đến điểm tối đa 1.0 của tiêu chí 1.1.2               | 2 | 1
      self_scores-unknown-unit.csv          | 3 | unit_code                                  | SO_KHONG_CO                 | UNKNOWN_UNIT          | Mã đơn vị 'SO_KHONG_CO' không có trong danh mục đơn vị                   | 2 | 1
      self_scores-unit-not-valid.csv        | 3 | unit_code                                  | 89-SGTVT                    | UNIT_NOT_VALID        | Đơn vị 89-SGTVT không có hiệu lực vào ngày 31/12/2025 (hiệu lực 01/01/2015 – 28/02/2025) | 2 | 1
      self_scores-unknown-sub-criterion.csv | 3 | sub_criterion_code                         | 9.9.9                       | UNKNOWN_SUB_CRITERION | Tiêu chí thành phần '9.9.9' không có trong bộ tiêu chí V2022 của Khối sở, ban, ngành | 2 | 1
      appraisals-duplicate-key.csv          | 4 | year, unit_code, sub_criterion_code, round | "2023 | 89-STP | 1.1.1 | 1" | DUPLICATE_KEY         | Trùng khóa (year, unit_code, sub_criterion_code, round) với dòng 2        | 3 | 2
      findings-unknown-inspection.csv       | 2 | inspection_id                              | KT1999-999                  | UNKNOWN_REFERENCE     | Cuộc kiểm tra 'KT1999-999' không có trong bảng inspections                | 1 | 0
      self_scores-corrupt.xlsx              | 0 | ""                                         | ""                          | CORRUPT_FILE          | Tệp Excel bị hỏng hoặc không phải định dạng .xlsx: hãy mở bằng Excel và lưu lại dưới dạng Sổ làm việc Excel (.xlsx) | 0 | 0
      self_scores-windows-1258.csv          | 2 | note                                       | \uFFFDa\uFFFD n\uFFFD\uFFFDp ta\uFFFDi li\uFFFD\uFFFDu | ENCODING | Tệp không đọc được theo bảng mã UTF-8: có byte không hợp lệ. Tệp có thể được lưu bằng mã Windows-1258 (TCVN cũ); hãy lưu lại dưới dạng CSV UTF-8 hoặc chạy lại với --encoding windows-1258 | 0 | 0
      self_scores-empty.csv                 | 1 | ""                                         | ""                          | EMPTY_FILE            | Tệp rỗng: không có dòng tiêu đề nào                                        | 0 | 0
      self_scores-header-only.csv           | 1 | ""                                         | ""                          | HEADER_ONLY           | Tệp chỉ có dòng tiêu đề, không có dòng dữ liệu nào                         | 0 | 0
      """)
  void rejectsAtTheExactRowAndColumnAndFailFileKeepsTheWarehouseUnchanged(
      String file,
      long row,
      String column,
      String rawValue,
      RejectRule rule,
      String message,
      long read,
      long accepted)
      throws IOException {
    assertRejectedAndFailFileKeepsTheWarehouseUnchanged(
        file,
        file.endsWith(".xlsx") ? "" : null,
        row,
        column,
        rawValue,
        rule,
        message,
        read,
        accepted);
  }

  /**
   * The reading rules of {@code docs/input-tables.md} ("Quy tắc đọc tệp"), one fixture each;
   * written out here because the messages hold quotes and delimiters.
   */
  @Test
  void anUnclosedQuoteThatSwallowsRowsRefusesTheFileAtTheLineWhereItOpened() throws IOException {
    assertRejectedAndFailFileKeepsTheWarehouseUnchanged(
        "self_scores-unbalanced-quote.csv",
        null,
        3,
        "note",
        "Đã nộp báo cáo",
        RejectRule.MALFORMED_FILE,
        "Dấu ngoặc kép mở ở dòng 3 (cột note) chưa được đóng ở cuối dòng 4, mà dòng đó có đủ dấu"
            + " phân cách của một dòng dữ liệu: có thể thiếu dấu \" đóng ô ở dòng 3; hãy thêm dấu"
            + " \" đóng ô, hoặc viết \"\" cho một dấu ngoặc kép nằm trong ô; tệp không được nạp",
        1,
        0);
  }

  @Test
  void aRowWithMoreCellsThanTheHeaderIsRejectedNotTruncated() throws IOException {
    assertRejectedAndFailFileKeepsTheWarehouseUnchanged(
        "self_scores-unquoted-delimiter.csv",
        null,
        3,
        "cột 8",
        " chờ duyệt",
        RejectRule.EXTRA_CELLS,
        "Dòng có 8 ô, nhiều hơn 7 cột của dòng tiêu đề (ô thừa đầu tiên ở cột 8): có thể một ô"
            + " chứa dấu phân cách mà không được đặt trong dấu ngoặc kép; hãy đặt ô đó trong dấu"
            + " ngoặc kép (\"…\"); dòng không được nạp",
        3,
        2);
  }

  @Test
  void aDotBeforeThreeDigitsInASemicolonFileIsRefusedAsAmbiguous() throws IOException {
    assertRejectedAndFailFileKeepsTheWarehouseUnchanged(
        "self_scores-semicolon-thousands.csv",
        null,
        3,
        "points",
        "1.000",
        RejectRule.TYPE,
        "Sai kiểu dữ liệu (số thực): '1.000' không rõ nghĩa: trong tệp phân cách bằng dấu chấm"
            + " phẩy (;), dấu chấm có thể là dấu phân cách hàng nghìn; hãy viết 1000 nếu ý là 1000,"
            + " hoặc 1 nếu ý là 1 (không dùng dấu phân cách hàng nghìn)",
        3,
        2);
  }

  @Test
  void aSheetWithAMergedHeaderCellIsRefusedNamingTheMergedCells() throws IOException {
    assertRejectedAndFailFileKeepsTheWarehouseUnchanged(
        "self_scores-merged-header.xlsx",
        "self_scores",
        1,
        "",
        "E1:F1",
        RejectRule.MALFORMED_FILE,
        "Trang tính self_scores có ô gộp (E1:F1): ô gộp chỉ giữ giá trị ở ô đầu tiên, các ô còn"
            + " lại bị đọc là trống (một ô tiêu đề gộp làm mất cả một cột); hãy bỏ gộp ô (Unmerge)"
            + " và điền giá trị vào từng ô; trang tính không được nạp",
        0,
        0);
  }

  @Test
  void utf16WithoutAByteOrderMarkIsToldToSaveAsUtf8() throws IOException {
    assertRejectedAndFailFileKeepsTheWarehouseUnchanged(
        "self_scores-utf16-no-bom.csv",
        null,
        0,
        "",
        "",
        RejectRule.ENCODING,
        "Tệp được lưu bằng mã UTF-16 (Unicode) nhưng thiếu dấu BOM ở đầu tệp nên không đọc được:"
            + " hãy mở tệp và lưu lại dưới dạng CSV UTF-8",
        0,
        0);
  }

  @Test
  void aWorkbookRenamedCsvIsToldToRenameItXlsx() throws IOException {
    assertRejectedAndFailFileKeepsTheWarehouseUnchanged(
        "self_scores-workbook-renamed.csv",
        null,
        0,
        "",
        "",
        RejectRule.CORRUPT_FILE,
        "Tệp không phải CSV mà là tệp nén ZIP, thường là một sổ Excel .xlsx bị đổi đuôi thành"
            + " .csv: hãy đổi đuôi tệp thành .xlsx (hoặc mở bằng Excel và lưu lại dưới dạng CSV"
            + " UTF-8)",
        0,
        0);
  }

  @Test
  void randomBytesAreToldTheyAreNoTextFile() throws IOException {
    assertRejectedAndFailFileKeepsTheWarehouseUnchanged(
        "self_scores-random-bytes.csv",
        null,
        0,
        "",
        "",
        RejectRule.CORRUPT_FILE,
        "Tệp không phải tệp văn bản CSV: có byte nhị phân 0x18 ở byte thứ 21; hãy mở bằng chương"
            + " trình đã tạo ra nó và lưu lại dưới dạng CSV UTF-8 hoặc Excel .xlsx",
        0,
        0);
  }

  private static void assertRejectedAndFailFileKeepsTheWarehouseUnchanged(
      String file,
      String sheet,
      long row,
      String column,
      String rawValue,
      RejectRule rule,
      String message,
      long read,
      long accepted)
      throws IOException {
    Path input = Repo.badSamples().resolve(file);
    Ingestion.Result skipRow =
        new Ingestion(
                new IngestOptions(
                    List.of(input),
                    copyOfBase("skip-" + file),
                    IngestOptions.OnError.SKIP_ROW,
                    null,
                    10))
            .run();
    assertThat(skipRow.rejects())
        .first()
        .satisfies(
            r -> {
              assertThat(r.file()).isEqualTo(input.toString());
              assertThat(r.sheet()).isEqualTo(sheet);
              assertThat(r.row()).isEqualTo(row);
              assertThat(r.column()).isEqualTo(column);
              assertThat(r.rawValue()).isEqualTo(rawValue);
              assertThat(r.rule()).isEqualTo(rule);
              assertThat(r.message()).isEqualTo(message);
            });
    assertThat(skipRow.rejects()).extracting(Reject::rule).containsOnly(rule);
    assertThat(skipRow.files())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.read()).isEqualTo(read);
              assertThat(f.accepted()).isEqualTo(accepted);
              assertThat(f.rejected()).isEqualTo(read - accepted);
            });
    assertThat(skipRow.snapshotId().isPresent()).isEqualTo(accepted > 0);

    Path failFileWarehouse = copyOfBase("fail-" + file);
    Map<String, String> before = FileHashes.of(failFileWarehouse.resolve("ingest"));
    Ingestion.Result failFile =
        new Ingestion(
                new IngestOptions(
                    List.of(input), failFileWarehouse, IngestOptions.OnError.FAIL_FILE, null, 10))
            .run();
    assertThat(failFile.files())
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.status()).isEqualTo("REFUSED");
              assertThat(f.accepted()).isZero();
            });
    assertThat(failFile.snapshotId()).isEmpty();
    assertThat(FileHashes.of(failFileWarehouse.resolve("ingest"))).isEqualTo(before);
    assertThat(new WarehouseLayout(failFileWarehouse).currentSnapshotId()).contains("s000001");
  }

  @Test
  void everyBadFileIsCoveredByTheTable() throws IOException {
    try (Stream<Path> list = Files.list(Repo.badSamples())) {
      assertThat(
              list.map(p -> p.getFileName().toString())
                  .filter(n -> !n.endsWith(".md"))
                  .sorted()
                  .toList())
          .hasSize(19);
    }
  }

  @Test
  void windows1258FileLoadsWhenTheEncodingIsGiven() throws IOException {
    Ingestion.Result r =
        new Ingestion(
                new IngestOptions(
                    List.of(Repo.badSamples().resolve("self_scores-windows-1258.csv")),
                    copyOfBase("cp1258"),
                    IngestOptions.OnError.FAIL_FILE,
                    java.nio.charset.Charset.forName("windows-1258"),
                    10))
            .run();
    assertThat(r.rejects()).isEmpty();
    assertThat(r.changedRows()).containsEntry("self_scores", 1L);
  }
}
