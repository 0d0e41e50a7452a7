package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.warehouse.DuckDbFiles;
import vn.cchc.model.warehouse.WarehouseLayout;

/**
 * A warehouse whose path holds {@code ;} (which the DuckDB JDBC driver reads as a property
 * separator), a space and Vietnamese letters: the batch's scratch database is attached, not named
 * in a URL.
 */
class WarehousePathTest {
  @TempDir Path tmp;

  private int ingest(
      Path in, Path warehouse, ByteArrayOutputStream out, ByteArrayOutputStream err) {
    return IngestCli.run(
        List.of(in.toString(), "--warehouse", warehouse.toString()),
        Map.of(),
        new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @Test
  void ingestsAndReingestsIntoAWarehouseWhosePathHoldsASemicolon() throws Exception {
    Path in = LocaleIndependenceTest.vietnameseFolder(tmp);
    Path warehouse = tmp.resolve("kho;2025 Sở Nội vụ");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();

    assertThat(ingest(in, warehouse, out, err))
        .as(err.toString(StandardCharsets.UTF_8))
        .isIn(IngestCli.OK, IngestCli.REJECTS);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(LocaleIndependenceTest.summaryLine() + "\n", "Đã ghi phiên bản kho s000001.");
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();

    Path snapshot = new WarehouseLayout(warehouse).currentSnapshotDir().orElseThrow();
    try (Connection c = DriverManager.getConnection(DuckDbFiles.IN_MEMORY_URL);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM read_parquet('"
                    + snapshot.toString().replace("'", "''")
                    + "/self_scores/*/*.parquet')")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(LocaleIndependenceTest.ROWS);
    }

    // the second run reads the committed snapshot back through the same path
    out.reset();
    assertThat(ingest(in, warehouse, out, err))
        .as(err.toString(StandardCharsets.UTF_8))
        .isIn(IngestCli.OK, IngestCli.REJECTS);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Không có thay đổi nào: kho dữ liệu giữ nguyên (dữ liệu đã có sẵn trong kho).");
    assertThat(new WarehouseLayout(warehouse).currentSnapshotId()).contains("s000001");
  }
}
