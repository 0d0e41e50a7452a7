package vn.cchc.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.quality.QualityRule;
import vn.cchc.model.schema.SchemaDocs;

/**
 * transforms/MARTS.md is the analysts' documentation of the marts, generated from the model; it
 * must not drift.
 */
class MartDocsTest {
  static final String TITLE = "Các bảng kết quả (marts) / Marts of a release";

  static String generated() {
    return SchemaDocs.markdown(TITLE, MartTables.ALL) + conventions() + qualityRules();
  }

  /** The defaults and conventions that --help states too. */
  private static String conventions() {
    return "\n## " + TransformCli.CONVENTIONS.replaceFirst(":\n", "\n\n");
  }

  /** What each data_quality rule means, from the model. */
  private static String qualityRules() {
    StringBuilder md =
        new StringBuilder(
            "\n## Quy tắc của `data_quality` / data_quality rules\n\n"
                + "| `rule` | `severity` | ý nghĩa (tiếng Việt) |\n|---|---|---|\n");
    for (QualityRule r : QualityRule.values()) {
      md.append("| `")
          .append(r.name())
          .append("` | ")
          .append(r.severity().name())
          .append(" | ")
          .append(r.meaningVi())
          .append(" |\n");
    }
    return md.toString();
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
