package vn.cchc.model.unit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.cchc.model.methodology.Bloc;

class UnitTest {
  @Test
  void aUnitIsAssessedForTheYearsItExistsOnTheirLastDay() {
    Unit mergedAway =
        new Unit(
            "SO-KHDT",
            "Sở KH&ĐT",
            Bloc.SO,
            "AG",
            LocalDate.of(2000, 1, 1),
            LocalDate.of(2025, 2, 28));
    Unit commune2025 = new Unit("XA-N01", "Xã mới", Bloc.XA, "AG", LocalDate.of(2025, 7, 1), null);
    Unit province =
        new Unit("AG", "Tỉnh An Giang", Bloc.TINH, null, LocalDate.of(2000, 1, 1), null);
    assertThat(mergedAway.assessedIn(2024)).isTrue();
    assertThat(mergedAway.assessedIn(2025)).isFalse();
    assertThat(commune2025.assessedIn(2025)).isTrue();
    assertThat(commune2025.assessedIn(2024)).isFalse();
    assertThat(province.assessedIn(2024)).isFalse();
  }
}
