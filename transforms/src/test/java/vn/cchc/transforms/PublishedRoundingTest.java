package vn.cchc.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PublishedRoundingTest {

  @Test
  void roundsHalfUpOnTheDecimalValueNotOnFloatingPointNoise() {
    assertThat(PublishedRounding.publishedPercent(92.815)).isEqualTo(92.82);
    assertThat(PublishedRounding.publishedPercent(92.81499999999998)).isEqualTo(92.82);
    assertThat(PublishedRounding.publishedPercent(74.252 / 80 * 100)).isEqualTo(92.82);
    assertThat(PublishedRounding.publishedPercent(89.995)).isEqualTo(90.0);
    assertThat(PublishedRounding.publishedPercent(89.99499)).isEqualTo(89.99);
    assertThat(PublishedRounding.publishedPercent(68.32 / 84 * 100)).isEqualTo(81.33);
  }
}
