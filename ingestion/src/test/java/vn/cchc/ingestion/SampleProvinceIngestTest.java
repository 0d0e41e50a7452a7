package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.schema.InputTables;
import vn.cchc.testsupport.FileHashes;
import vn.cchc.testsupport.Repo;

/** The bundled sample province loads with zero rejects, and loading it again changes no byte. */
class SampleProvinceIngestTest {
  @TempDir Path tmp;

  @Test
  void loadsEveryTableWithZeroRejectsAndASecondLoadChangesNothing() throws Exception {
    Path wh = tmp.resolve("warehouse");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        IngestCli.run(
            List.of(Repo.sampleProvince().toString(), "--warehouse", wh.toString()),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);
    String summary = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(summary).isEqualTo(IngestCli.OK);
    assertThat(summary)
        .contains("Đã ghi phiên bản kho s000001")
        .doesNotContain("TỪ CHỐI")
        .doesNotContain("lỗi");
    for (var t : InputTables.ALL) {
      assertThat(summary).as("every input table has sample data").contains(" " + t.name() + " ");
    }
    Map<String, String> first = FileHashes.of(wh);

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    assertThat(
            IngestCli.run(
                List.of(Repo.sampleProvince().toString(), "--warehouse", wh.toString()),
                new PrintStream(again, true, StandardCharsets.UTF_8),
                System.err))
        .isEqualTo(IngestCli.OK);
    assertThat(again.toString(StandardCharsets.UTF_8)).contains("Không có thay đổi nào");
    assertThat(FileHashes.of(wh)).isEqualTo(first);
  }
}
