package vn.cchc.model.mart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.model.appraisal.OutlierReason;
import vn.cchc.model.quality.QualityRule;
import vn.cchc.model.quality.QualitySeverity;
import vn.cchc.model.schema.Column;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.schema.SchemaDocs;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.trend.ComparabilityReason;

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
      mart.columns().stream()
          .filter(c -> c.name().endsWith("_pct") || c.name().endsWith("_points"))
          .forEach(
              c ->
                  assertThat(c.type().duckDbType())
                      .as(mart.name() + "." + c.name())
                      .isEqualTo("DOUBLE"));
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

  @Test
  void codedColumnsOfTheMartsTakeTheirCodesFromTheModel() {
    assertThat(codes(MartTables.INDEX_TRENDS, "basis")).containsExactly("AS_WAS", "AS_IS");
    assertThat(codes(MartTables.TREND_SUMMARIES, "basis")).containsExactly("AS_WAS", "AS_IS");
    assertThat(codes(MartTables.INDEX_TRENDS, "comparability_reason"))
        .containsExactly(
            "UNIT_MERGED",
            "UNIT_SPLIT",
            "UNIT_RENAMED",
            "UNIT_CREATED",
            "NO_PREVIOUS_VALUE",
            "METHODOLOGY_CHANGED",
            "RESTATED_PARTIAL");
    assertThat(codes(MartTables.DATA_QUALITY, "severity")).containsExactly("ERROR", "WARNING");
    assertThat(codes(MartTables.DATA_QUALITY, "rule"))
        .containsExactly(
            "UNIT_NO_SCORES",
            "UNRESOLVED_UNIT",
            "LINEAGE_CYCLE",
            "MISSING_ROUND1",
            "ROUND2_WITHOUT_ROUND1",
            "APPRAISED_ABOVE_MAX",
            "MISSING_SELF_SCORE",
            "SURVEY_NO_ANSWERS",
            "SURVEY_UNKNOWN_ANSWER",
            "NO_BAND_SCALE");
    assertThat(codes(MartTables.APPRAISAL_GAPS, "level")).containsExactly("UNIT", "FIELD");
    assertThat(codes(MartTables.APPRAISAL_GAPS, "outlier_reason"))
        .containsExactly("MODIFIED_Z", "IQR", "MODIFIED_Z;IQR");
    assertThat(codes(MartTables.COMPONENT_SCORES, "level")).containsExactly("FIELD", "CRITERION");
  }

  @Test
  void aGapFailingBothTestsNamesThemInOrder() {
    assertThat(OutlierReason.BOTH.code())
        .isEqualTo(
            OutlierReason.MODIFIED_Z.code() + OutlierReason.SEPARATOR + OutlierReason.IQR.code());
    assertThat(OutlierReason.of("IQR")).contains(OutlierReason.IQR);
    assertThat(OutlierReason.of(null)).isEmpty();
  }

  @Test
  void everyRuleHasASeverityAndAMeaning() {
    assertThat(QualityRule.MISSING_ROUND1.severity()).isEqualTo(QualitySeverity.WARNING);
    assertThat(QualityRule.UNIT_NO_SCORES.severity()).isEqualTo(QualitySeverity.ERROR);
    for (QualityRule r : QualityRule.values()) {
      assertThat(r.meaningVi()).as(r.name()).isNotBlank();
    }
    for (ComparabilityReason r : ComparabilityReason.values()) {
      assertThat(r.meaningVi()).as(r.name()).isNotBlank();
    }
  }

  private static List<String> codes(TableSchema mart, String column) {
    return mart.column(column).codes().orElseThrow().values();
  }
}
