package vn.cchc.report.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FormatsTest {
  @Test
  void percentagesUseADecimalCommaAndRoundHalfUp() {
    assertThat(Formats.pct(81.325)).isEqualTo("81,33%");
    assertThat(Formats.pct(94.49)).isEqualTo("94,49%");
    assertThat(Formats.decimal(1234.5)).isEqualTo("1.234,50");
  }

  @Test
  void changesCarryTheirSignExceptZero() {
    assertThat(Formats.change(3.4101)).isEqualTo("+3,41");
    assertThat(Formats.change(-8.3249)).isEqualTo("-8,32");
    assertThat(Formats.change(-0.001)).isEqualTo("0,00");
  }

  @Test
  void yearsAreNeverGroupedAndDatesAreDayMonthYear() {
    assertThat(Formats.year(2025)).isEqualTo("2025");
    assertThat(Formats.integer(2450)).isEqualTo("2.450");
    assertThat(Formats.date(LocalDate.of(2026, 6, 30))).isEqualTo("30/06/2026");
  }
}
