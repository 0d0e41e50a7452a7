package vn.cchc.model.trend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.cchc.model.error.CchcException;

class BasisTest {
  @Test
  void parsesInAnyCaseAndDefaultsToAsWas() {
    assertThat(Basis.parse(" as_is ")).isEqualTo(Basis.AS_IS);
    assertThat(Basis.parse(null)).isEqualTo(Basis.AS_WAS);
    assertThat(Basis.parse("")).isEqualTo(Basis.AS_WAS);
  }

  @Test
  void refusesAnUnknownBasisNamingTheAllowedOnes() {
    assertThatThrownBy(() -> Basis.parse("LATER"))
        .isInstanceOf(CchcException.class)
        .hasMessage("Không thể hiểu cách so sánh (basis): LATER (chỉ nhận AS_WAS hoặc AS_IS)");
  }
}
