package vn.cchc.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class InputTablesTest {
  @Test
  void findsTablesByNameOrVietnameseAliasIgnoringCaseAndSeparators() {
    assertThat(InputTables.byName("self_scores")).contains(InputTables.SELF_SCORES);
    assertThat(InputTables.byName("Điểm tự chấm")).contains(InputTables.SELF_SCORES);
    assertThat(InputTables.byName("UNIT-LINEAGE")).contains(InputTables.UNIT_LINEAGE);
    assertThat(InputTables.byName("Hướng dẫn")).isEmpty();
  }

  @Test
  void noTwoColumnsOfATableShareAnAcceptedHeader() {
    for (TableSchema t : InputTables.ALL) {
      Set<String> seen = new HashSet<>();
      for (Column c : t.columns()) {
        for (String h : c.headers()) {
          assertThat(seen.add(HeaderNames.normalise(h)))
              .as("%s: header '%s' is ambiguous", t.name(), h)
              .isTrue();
        }
      }
    }
  }

  @Test
  void codedColumnsAdmitTheModelsValuesAndFoldTextToUpperCase() {
    assertThat(InputTables.CRITERIA.column("bloc").codes())
        .map(Codes::values)
        .contains(List.of("SO", "HUYEN", "XA"));
    assertThat(InputTables.UNITS.column("bloc").codes())
        .map(Codes::values)
        .contains(List.of("SO", "HUYEN", "XA", "TINH"));
    assertThat(InputTables.ADJUSTMENTS.column("kind").codes())
        .map(Codes::values)
        .contains(List.of("BONUS", "PENALTY"));
    assertThat(InputTables.UNIT_LINEAGE.column("kind").codes())
        .map(Codes::values)
        .contains(List.of("MERGE", "SPLIT", "RENAME"));
    assertThat(InputTables.APPRAISALS.column("round").codes())
        .map(Codes::values)
        .contains(List.of("1", "2"));
    assertThat(InputTables.FINDINGS.column("severity").codes())
        .map(Codes::values)
        .contains(List.of("LOW", "MEDIUM", "HIGH"));
    Set<String> upperCased = new HashSet<>();
    for (TableSchema t : InputTables.ALL) {
      for (Column c : t.columns()) {
        if (c.upperCase()) {
          upperCased.add(c.name());
        }
        if (c.codes().isPresent() && c.type() == ColumnType.STRING) {
          assertThat(c.upperCase()).as("%s.%s", t.name(), c.name()).isTrue();
        }
      }
    }
    assertThat(upperCased)
        .containsExactlyInAnyOrder(
            "bloc", "kind", "assessment", "form", "severity", "scale", "answer", "component");
  }

  @Test
  void yearKeyedTablesArePartitionedByYear() {
    for (TableSchema t : InputTables.ALL) {
      boolean hasYear = t.columns().stream().anyMatch(c -> c.name().equals("year"));
      assertThat(t.partitionColumn().isPresent()).as(t.name()).isEqualTo(hasYear);
    }
  }
}
