package vn.cchc.model.mart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import org.junit.jupiter.api.Test;
import vn.cchc.model.schema.Column;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.schema.SchemaDocs;
import vn.cchc.model.schema.TableSchema;

class MartTablesTest {

  @Test
  void martNamesAreUniqueAndDistinctFromInputs() {
    var names = new HashSet<String>();
    for (TableSchema mart : MartTables.ALL) {
      assertThat(names.add(mart.name())).as(mart.name()).isTrue();
      assertThat(InputTables.byName(mart.name())).as(mart.name()).isEmpty();
    }
    assertThat(names).hasSize(12);
  }

  @Test
  void everyColumnIsDocumentedInBothLanguagesAndNamedOnce() {
    for (TableSchema mart : MartTables.ALL) {
      assertThat(mart.labelVi()).isNotBlank();
      assertThat(mart.descriptionEn()).isNotBlank();
      assertThat(mart.key()).isNotEmpty();
      var columns = new HashSet<String>();
      for (Column c : mart.columns()) {
        assertThat(columns.add(c.name())).as(mart.name() + "." + c.name()).isTrue();
        assertThat(c.name()).matches("[a-z][a-z0-9_]*");
        assertThat(c.labelVi()).as(mart.name() + "." + c.name()).isNotBlank();
        assertThat(c.descriptionEn()).as(mart.name() + "." + c.name()).isNotBlank();
      }
    }
  }

  @Test
  void percentagesAreDoubles() {
    for (TableSchema mart : MartTables.ALL) {
      mart.columns().stream().filter(c -> c.name().endsWith("_pct") || c.name().endsWith("_points"))
          .forEach(c -> assertThat(c.type().duckDbType()).as(mart.name() + "." + c.name()).isEqualTo("DOUBLE"));
    }
  }

  @Test
  void documentationListsEveryMartAndColumn() {
    String md = SchemaDocs.markdown("Kho dữ liệu / marts", MartTables.ALL);
    for (TableSchema mart : MartTables.ALL) {
      assertThat(md).contains("## `" + mart.name() + "` — " + mart.labelVi());
      mart.columns().forEach(c -> assertThat(md).contains("| `" + c.name() + "` |"));
    }
  }

  @Test
  void looksUpByName() {
    assertThat(MartTables.byName("index_scores")).contains(MartTables.INDEX_SCORES);
    assertThat(MartTables.byName("self_scores")).isEmpty();
  }
}
