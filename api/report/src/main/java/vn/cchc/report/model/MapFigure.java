package vn.cchc.report.model;

import java.time.LocalDate;
import java.util.List;

/**
 * The commune bloc of the report year on the map of today's communes: each commune's band, from the
 * year's own index where the year's communes are today's (2025 on), else from the index restated
 * as-is onto them.
 *
 * @param restated true when the values are the AS_IS restatement onto the communes of {@code
 *     communesYear}
 * @param communesYear the year whose communes the map shows (the release's latest commune year)
 * @param mapDate the day the boundaries are true; a value is drawn only when its unit version is
 *     valid then
 * @param scale the bands of the year's methodology for communes, best first
 * @param values every commune value of the year, drawable or not (see {@link
 *     CommuneValue#onMapDate})
 */
public record MapFigure(
    int year,
    boolean restated,
    int communesYear,
    LocalDate mapDate,
    List<ScaleBand> scale,
    List<CommuneValue> values) {

  public MapFigure {
    scale = List.copyOf(scale);
    values = List.copyOf(values);
  }

  /** A band of the scale; {@code minPct} is its inclusive lower bound. */
  public record ScaleBand(String band, String label, double minPct) {}

  /**
   * One commune's value. {@code band} is null below every band.
   *
   * @param onMapDate whether the unit version exists on the map's date, so its code names the drawn
   *     commune
   */
  public record CommuneValue(
      UnitRef unit, double indexPct, String band, String bandLabel, boolean onMapDate) {}
}
