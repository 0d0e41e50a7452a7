package vn.cchc.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.schema.SchemaDocs;

/**
 * transforms/MARTS.md is the analysts' documentation of the marts, generated from the model; it
 * must not drift.
 */
class MartDocsTest {
  static final String TITLE = "Các bảng kết quả (marts) / Marts of a release";

  static String generated() {
    return SchemaDocs.markdown(TITLE, MartTables.ALL);
  }

  @Test
  void checkedInDocumentationIsWhatTheModelGenerates() throws Exception {
    Path file = Path.of(System.getProperty("cchc.repo.root", "..")).resolve("transforms/MARTS.md");
    assertThat(Files.readString(file, StandardCharsets.UTF_8))
        .as("transforms/MARTS.md is stale: regenerate it with MartDocsTest.main")
        .isEqualTo(generated());
  }

  /** Writes transforms/MARTS.md. */
  public static void main(String[] args) throws Exception {
    Files.writeString(
        Path.of(args.length > 0 ? args[0] : "transforms/MARTS.md"),
        generated(),
        StandardCharsets.UTF_8);
  }
}
