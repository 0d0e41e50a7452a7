package vn.cchc.model.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
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
          assertThat(seen.add(HeaderNames.normalise(h))).as("%s: header '%s' is ambiguous", t.name(), h).isTrue();
        }
      }
    }
  }

  @Test
  void yearKeyedTablesArePartitionedByYear() {
    for (TableSchema t : InputTables.ALL) {
      boolean hasYear = t.columns().stream().anyMatch(c -> c.name().equals("year"));
      assertThat(t.partitionColumn().isPresent()).as(t.name()).isEqualTo(hasYear);
    }
  }
}
