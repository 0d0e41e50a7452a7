package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.warehouse.WarehouseLayout;

/**
 * A folder as a user uploads it: what is left out is said, and so is a later file replacing an
 * earlier one's rows.
 */
class UploadFolderTest {
  private static final String UNITS =
      """
      unit_code,name,bloc,parent_code,valid_from,valid_to
      89,Tỉnh An Giang,TINH,,2015-01-01,2025-06-30
      883,Thành phố Long Xuyên,HUYEN,89,2015-01-01,2025-06-30
      91,Tỉnh An Giang,TINH,,2025-07-01,
      30307,Phường Mỹ Long,XA,883,2015-01-01,2025-06-30
      30307,Phường Long Xuyên,XA,91,2025-07-01,
      """;

  @TempDir Path tmp;

  @Test
  void aFolderSaysWhatItLeftOutAndTwoFilesWithTheSameKeyAreNamed() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("upload"));
    Files.writeString(folder.resolve("units.csv"), UNITS);
    Files.writeString(
        folder.resolve("units_sua.csv"),
        "unit_code,name,bloc,parent_code,valid_from,valid_to\n"
            + "30307,Phường Mỹ Hòa,XA,883,2015-01-01,2025-06-30\n");
    Files.write(
        folder.resolve("self_scores_2024.xls"),
        new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
    Files.writeString(folder.resolve("huong-dan.pdf"), "%PDF-1.4");
    Ingestion.Result r = ingest(folder);

    assertThat(r.rejects()).isEmpty();
    assertThat(r.warnings())
        .containsExactly(
            "Bỏ qua tệp huong-dan.pdf: không phải tệp .csv hoặc .xlsx",
            "Bỏ qua tệp self_scores_2024.xls: định dạng .xls không được hỗ trợ; hãy lưu lại dưới dạng Excel .xlsx"
                + " (không macro) hoặc CSV UTF-8",
            "units_sua.csv thay cho units.csv ở 1 dòng có cùng khóa (unit_code, valid_from), ví dụ 30307 | 2015-01-01:"
                + " trong một lượt nạp, tệp nạp sau (theo tên) được giữ");
    assertThat(firstName("30307")).isEqualTo("Phường Mỹ Hòa");
  }

  @Test
  void aFolderWithNothingLoadableIsAnErrorNotASilentSuccess() throws Exception {
    Path folder = Files.createDirectories(tmp.resolve("empty-upload"));
    Files.write(folder.resolve("self_scores_2024.xlsm"), new byte[] {0x50, 0x4B});
    assertThatThrownBy(() -> ingest(folder))
        .isInstanceOf(CchcException.class)
        .hasMessage(
            "Không thể nạp: không có tệp"
                + " .csv hoặc .xlsx nào trong "
                + folder
                + " (Bỏ qua tệp self_scores_2024.xlsm: định dạng .xlsm không được hỗ"
                + " trợ; hãy lưu lại dưới dạng Excel .xlsx (không macro) hoặc CSV UTF-8)");
  }

  private Ingestion.Result ingest(Path input) {
    return new Ingestion(
            new IngestOptions(
                List.of(input), tmp.resolve("wh"), IngestOptions.OnError.SKIP_ROW, null, 10))
        .run();
  }

  private String firstName(String code) throws Exception {
    Path snapshot = new WarehouseLayout(tmp.resolve("wh")).currentSnapshotDir().orElseThrow();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT name FROM read_parquet('"
                    + snapshot
                    + "/units/*.parquet') WHERE unit_code = '"
                    + code
                    + "' ORDER BY valid_from LIMIT 1")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
