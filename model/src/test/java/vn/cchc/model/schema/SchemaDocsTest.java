package vn.cchc.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SchemaDocsTest {
  static final String TITLE = SchemaDocs.INPUT_TITLE;

  static Path docs() {
    Path root = Path.of(System.getProperty("cchc.repo.root", ".."));
    return root.resolve("docs").resolve("input-tables.md");
  }

  @Test
  void checkedInInputTableDocsMatchTheModel() throws Exception {
    String expected = SchemaDocs.inputTables();
    if (Boolean.getBoolean("cchc.update-docs")) {
      Files.writeString(docs(), expected, StandardCharsets.UTF_8);
    }
    assertThat(Files.readString(docs(), StandardCharsets.UTF_8))
        .as("docs/input-tables.md is generated: run mvn -pl model test -Dcchc.update-docs=true")
        .isEqualTo(expected);
  }

  @Test
  void everyInputTableDocumentsEveryColumnInBothLanguages() {
    String md = SchemaDocs.markdown(TITLE, InputTables.ALL);
    for (TableSchema t : InputTables.ALL) {
      assertThat(md).contains("## `" + t.name() + "` — " + t.labelVi());
      for (Column c : t.columns()) {
        assertThat(c.labelVi()).isNotBlank();
        assertThat(c.descriptionEn()).isNotBlank();
        assertThat(md).contains("| `" + c.name() + "` | " + c.type().duckDbType());
      }
    }
  }

  @Test
  void theInputDocsEndWithHowFilesAreRead() {
    String md = SchemaDocs.inputTables();
    assertThat(md).startsWith(SchemaDocs.markdown(TITLE, InputTables.ALL));
    assertThat(md)
        .contains("## Quy tắc đọc tệp / How files are read")
        .contains("(MALFORMED_FILE)")
        .contains("(EXTRA_CELLS)")
        .contains("Không có tệp nào được nạp; kho giữ nguyên.")
        .doesNotContain("\\\n");
  }
}
