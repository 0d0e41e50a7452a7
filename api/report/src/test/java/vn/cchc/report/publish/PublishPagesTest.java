package vn.cchc.report.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.model.trend.ComparabilityReason;
import vn.cchc.report.model.UnitChanges.UnitChange;
import vn.cchc.report.model.UnitRef;
import vn.cchc.report.publish.PublicResults.PublicBloc;
import vn.cchc.report.publish.PublicResults.RankingRow;
import vn.cchc.report.publish.SitePage.New;

/**
 * The pieces of the pages that the sample release does not reach: escaping, the markup's nesting,
 * "mới" for a unit without a previous value, two units of one name.
 */
class PublishPagesTest {
  @Test
  void textAndAttributesAreEscapedAndVietnameseLettersKept() {
    assertThat(Html.escape("Xã Mỹ Hòa <A> & \"B\" 'C'"))
        .isEqualTo("Xã Mỹ Hòa &lt;A&gt; &amp; &quot;B&quot; &#39;C&#39;");
    String page =
        new Html()
            .open("p", "title", "a \"b\"")
            .text("Phường <Long Xuyên> & Mỹ Long")
            .close("p")
            .finish();
    assertThat(page)
        .isEqualTo("<p title=\"a &quot;b&quot;\">\nPhường &lt;Long Xuyên&gt; &amp; Mỹ Long</p>\n");
  }

  @Test
  void markupThatWouldNotNestIsRefusedNamingTheElements() {
    assertThatThrownBy(() -> new Html().open("table").open("tr").close("table"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot close <table>: the innermost open element is <tr>");
    assertThatThrownBy(() -> new Html().open("main").finish())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("Cannot finish the page: <main> is open");
    assertThatThrownBy(() -> new Html().empty("img", "src"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot write <img>: attributes come as name, value pairs");
  }

  @Test
  void aUnitWithoutAPreviousValueIsNewWithTheReasonAndOneWithAValueShowsTheChange() {
    New merged = new New("hình thành do hợp nhất, sáp nhập");
    assertThat(
            BlocPage.changeCells(
                new UnitChange(
                    "30307@2025-07-01",
                    null,
                    null,
                    null,
                    null,
                    false,
                    ComparabilityReason.UNIT_MERGED.name())))
        .containsExactly("–", merged, "–", merged);
    assertThat(BlocPage.changeCells(null)).containsExactly("–", new New(""), "–", new New(""));
    assertThat(
            BlocPage.changeCells(
                new UnitChange("89-SNV@2015-01-01", 86.004, -1.2351, 3, -2, true, null)))
        .containsExactly("3", "-2", "86,00", "-1,24");
    assertThat(
            BlocPage.changeCells(new UnitChange("89-SNV@2015-01-01", 80.0, 2.5, 7, 4, true, null)))
        .containsExactly("7", "+4", "80,00", "+2,50");
  }

  @Test
  void twoUnitsOfOneNameInABlocAreToldApartByTheirCode() {
    UnitRef a = new UnitRef("30001@2015-01-01", "30001", "Xã Bình Hòa", null);
    UnitRef b = new UnitRef("30002@2015-01-01", "30002", "Xã Bình Hòa", null);
    UnitRef c =
        new UnitRef(
            "30307@2025-07-01", "30307", "Phường Long Xuyên", "Phường Long Xuyên (30307, …)");
    PublicBloc bloc =
        new PublicBloc(
            "XA",
            "Khối UBND cấp xã",
            "V2025",
            "AS_WAS",
            null,
            List.of(),
            List.of(row(1, a), row(2, b), row(3, c)),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    assertThat(List.of(a, b, c).stream().map(SitePage.names(bloc)).toList())
        .containsExactly("Xã Bình Hòa (30001)", "Xã Bình Hòa (30002)", "Phường Long Xuyên");
  }

  private static RankingRow row(int rank, UnitRef unit) {
    return new RankingRow(rank, unit, 90, "A", "Tốt", false, null);
  }
}
