package vn.cchc.report.pdf;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.cchc.report.chart.ChartSpec;
import vn.cchc.report.model.BlocReport;

/**
 * The report's charts by id, drawn with captions numbered in the order they appear (Hình 1, Hình 2,
 * …).
 */
final class Figures {
  private final PdfLayout layout;
  private final Map<String, ChartSpec> byId = new LinkedHashMap<>();
  private int drawn;

  Figures(PdfLayout layout, List<ChartSpec> charts) {
    this.layout = layout;
    charts.forEach(c -> byId.put(c.id(), c));
  }

  Optional<ChartSpec> find(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Draws the charts whose id is {@code id} or {@code id-N} (the parts of a long bloc), in chart
   * order.
   */
  void draw(String id) {
    for (Map.Entry<String, ChartSpec> e : byId.entrySet()) {
      if (e.getKey().equals(id) || e.getKey().matches(Pattern.quote(id) + "-\\d+")) {
        drawn++;
        layout.chart(
            e.getValue(),
            "Hình "
                + drawn
                + ". "
                + e.getValue().caption()
                + " (tệp "
                + e.getKey()
                + ".png, "
                + e.getKey()
                + ".svg)");
      }
    }
  }

  /** Draws a bloc's charts of one kind ({@link ChartSpec#blocId}). */
  void draw(String kind, BlocReport bloc) {
    draw(ChartSpec.blocId(kind, bloc.bloc()));
  }
}
