package vn.cchc.sample.unit;

/**
 * The hidden traits of a unit from which all its scores, survey answers and inspection findings are
 * drawn, so that strengths and weaknesses persist across years and across tables.
 *
 * @param quality share of the index's work a typical year sees done (0..1)
 * @param trend yearly change of quality
 * @param fieldOffsets per field (index 0 = field 1) how much better or worse than its quality the
 *     unit does
 * @param overclaim points the unit typically claims above what the council accepts
 * @param contestRate chance the unit contests a cut item in round 2
 * @param satisfaction base share of citizens satisfied with its services (SIPAS)
 */
public record UnitProfile(
    double quality,
    double trend,
    double[] fieldOffsets,
    double overclaim,
    double contestRate,
    double satisfaction) {

  public double fieldOffset(String fieldCode) {
    int field = Integer.parseInt(fieldCode);
    return field >= 1 && field <= fieldOffsets.length ? fieldOffsets[field - 1] : 0;
  }
}
