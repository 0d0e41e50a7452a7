package vn.cchc.report.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.model.trend.Basis;

class ReportAssemblerTest {
  static ResultRow moved(int up, int down) {
    return ResultRow.of(Map.of("units_up", up, "units_down", down));
  }

  @Test
  void changeIsComparedAsWasWhenUnitsCompare() {
    assertThat(ReportAssembler.changeBasis(2024, moved(13, 7), moved(10, 5)))
        .isEqualTo(Basis.AS_WAS);
  }

  @Test
  void changeIsRestatedAsIsWhenNoUnitCompareAsItWas() {
    assertThat(ReportAssembler.changeBasis(2024, moved(0, 0), moved(4, 11))).isEqualTo(Basis.AS_IS);
  }

  @Test
  void withoutPreviousYearTheBasisStaysAsWas() {
    assertThat(ReportAssembler.changeBasis(null, moved(0, 0), moved(0, 0))).isEqualTo(Basis.AS_WAS);
  }

  @Test
  void methodologyCodesSortNaturally() {
    assertThat(Values.compareCodes("3.2", "3.10")).isNegative();
    assertThat(Values.compareCodes("10", "9")).isPositive();
    assertThat(Values.compareCodes("8", "MOT_CUA")).isNegative();
  }
}
