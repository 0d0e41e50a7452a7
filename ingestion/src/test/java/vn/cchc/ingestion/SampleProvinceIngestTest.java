package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.schema.InputTables;
import vn.cchc.testsupport.Repo;

/** The bundled sample province loads with zero rejects, and loading it again changes no byte. */
class SampleProvinceIngestTest {
  @TempDir
  Path tmp;

  private static Map<String, String> hashes(Path root) throws Exception {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> walk = Files.walk(root)) {
      for (Path p : walk.filter(Files::isRegularFile).toList()) {
        out.put(root.relativize(p).toString(), Ingestion.sha256(p));
      }
    }
    return out;
  }

  @Test
  void loadsEveryTableWithZeroRejectsAndASecondLoadChangesNothing() throws Exception {
    Path wh = tmp.resolve("warehouse");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = IngestCli.run(List.of(Repo.sampleProvince().toString(), "--warehouse", wh.toString()),
        new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    String summary = out.toString(StandardCharsets.UTF_8);
    assertThat(code).as(summary).isEqualTo(IngestCli.OK);
    assertThat(summary).contains("Đã ghi phiên bản kho s000001").doesNotContain("TỪ CHỐI").doesNotContain("lỗi");
    for (var t : InputTables.ALL) {
      assertThat(summary).as("every input table has sample data").contains(" " + t.name() + " ");
    }
    Map<String, String> first = hashes(wh);

    ByteArrayOutputStream again = new ByteArrayOutputStream();
    assertThat(IngestCli.run(List.of(Repo.sampleProvince().toString(), "--warehouse", wh.toString()),
        new PrintStream(again, true, StandardCharsets.UTF_8), System.err)).isEqualTo(IngestCli.OK);
    assertThat(again.toString(StandardCharsets.UTF_8)).contains("Không có thay đổi nào");
    assertThat(hashes(wh)).isEqualTo(first);
  }
}
