package vn.cchc.api.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.api.release.EntityTags.Match;

class EntityTagsTest {
  static final String TAG = "W/\"r-2025.abc\"";

  @Test
  void weakComparisonIgnoresTheWeakPrefixOnEitherSide() {
    assertThat(match("W/\"r-2025.abc\"")).isEqualTo(Match.TAG);
    assertThat(match("\"r-2025.abc\"")).isEqualTo(Match.TAG);
    assertThat(EntityTags.ifNoneMatch(headers("W/\"x\""), "\"x\"")).isEqualTo(Match.TAG);
    assertThat(match("\"r-2025.ABC\"")).isEqualTo(Match.NONE);
    assertThat(match("r-2025.abc")).isEqualTo(Match.NONE);
  }

  @Test
  void aListMatchesWhenOneOfItsTagsDoesOverSeveralLinesToo() {
    assertThat(match("\"a\", W/\"r-2025.abc\"")).isEqualTo(Match.TAG);
    assertThat(match("\"a\",W/\"b\" ,\t\"r-2025.abc\"")).isEqualTo(Match.TAG);
    assertThat(match("\"a\"", "W/\"r-2025.abc\"")).isEqualTo(Match.TAG);
    assertThat(match("\"a\", \"b\"")).isEqualTo(Match.NONE);
    assertThat(match("\"x,y\", \"r-2025.abc\"")).isEqualTo(Match.TAG);
    assertThat(match("\"a,\"r-2025.abc\""))
        .as("the comma is inside the tag \"a,\"")
        .isEqualTo(Match.NONE);
  }

  @Test
  void aMalformedElementMatchesNothingButTheRestIsRead() {
    assertThat(match("nonsense, \"r-2025.abc\"")).isEqualTo(Match.TAG);
    assertThat(match("W/x, W/\"r-2025.abc\"")).isEqualTo(Match.TAG);
    assertThat(match("\"unclosed")).isEqualTo(Match.NONE);
    assertThat(match("")).isEqualTo(Match.NONE);
  }

  @Test
  void aStarIsAnyRepresentationAndNoHeaderIsNone() {
    assertThat(match("*")).isEqualTo(Match.ANY);
    assertThat(match(" * ")).isEqualTo(Match.ANY);
    assertThat(match()).isEqualTo(Match.NONE);
    assertThat(EntityTags.ifNoneMatch(null, TAG)).isEqualTo(Match.NONE);
  }

  private static Match match(String... lines) {
    return EntityTags.ifNoneMatch(headers(lines), TAG);
  }

  private static Enumeration<String> headers(String... lines) {
    return Collections.enumeration(List.of(lines));
  }
}
