package vn.cchc.report.model;

import java.util.List;

/**
 * One bloc's part of the report.
 *
 * @param changeBasis AS_WAS or AS_IS: the basis of the change against the previous year (see notes)
 */
public record BlocReport(
    String bloc,
    String labelVi,
    String version,
    KeyFigures keyFigures,
    String changeBasis,
    List<BandCount> bands,
    List<RankedUnit> ranking,
    List<Mover> risers,
    List<Mover> fallers,
    List<FieldAverage> fields,
    List<HeatmapRow> heatmap,
    List<WeakCriterion> weakCriteria,
    List<AppraisalGap> gaps) {

  public BlocReport {
    bands = List.copyOf(bands);
    ranking = List.copyOf(ranking);
    risers = List.copyOf(risers);
    fallers = List.copyOf(fallers);
    fields = List.copyOf(fields);
    heatmap = List.copyOf(heatmap);
    weakCriteria = List.copyOf(weakCriteria);
    gaps = List.copyOf(gaps);
  }

  /**
   * The figures national reports publish per bloc. Change fields are null without a previous year.
   */
  public record KeyFigures(
      int units,
      double averagePct,
      Double previousAveragePct,
      Double changePp,
      int unitsAboveAverage,
      int unitsUp,
      int unitsDown,
      UnitRef largestRiseUnit,
      Double largestRisePp,
      UnitRef largestFallUnit,
      Double largestFallPp) {}

  public record BandCount(String band, String labelVi, int units, Double minPct, Double maxPct) {}

  public record RankedUnit(
      int rank,
      UnitRef unit,
      double indexPct,
      double indexPctRounded,
      String band,
      String bandLabel,
      double totalPoints,
      double applicableMax,
      double selfTotal,
      double appraisedTotal,
      double surveyTotal,
      boolean provisional) {}

  public record Mover(
      UnitRef unit,
      double indexPct,
      Double previousIndexPct,
      Double changePp,
      int rank,
      Integer previousRank,
      Integer rankChange,
      boolean comparable,
      String comparabilityReason) {}

  /**
   * A field's bloc average this year and, where the previous year had the same field code, last
   * year.
   */
  public record FieldAverage(
      String fieldCode, String fieldName, double averagePct, Double previousAveragePct) {}

  /** One unit's row of the unit × field heatmap; cells in the order of {@link #fields}. */
  public record HeatmapRow(int rank, UnitRef unit, List<Double> fieldPcts) {
    public HeatmapRow {
      fieldPcts = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(fieldPcts));
    }
  }

  public record WeakCriterion(
      String criterionCode,
      String criterionName,
      int units,
      double meanAttainmentPct,
      double thresholdPct,
      int unitsBelow,
      double shareBelowPct,
      List<String> persistentUnits) {
    public WeakCriterion {
      persistentUnits = List.copyOf(persistentUnits);
    }
  }

  public record AppraisalGap(
      UnitRef unit,
      double selfPoints,
      double appraisedPoints,
      double gapPoints,
      Double gapPct,
      Double modifiedZ,
      boolean outlier,
      String outlierReason) {}
}
