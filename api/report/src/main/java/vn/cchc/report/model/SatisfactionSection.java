package vn.cchc.report.model;

import java.util.List;

/** SIPAS satisfaction of the year: per bloc and component, pooled over units, and per unit. */
public record SatisfactionSection(
    String surveyCode,
    boolean designBreak,
    List<ComponentResult> components,
    List<UnitResult> units) {

  public SatisfactionSection {
    components = List.copyOf(components);
    units = List.copyOf(units);
  }

  public boolean isEmpty() {
    return units.isEmpty();
  }

  /**
   * The satisfied share of a bloc's respondents in a component, pooled over its units (weighted by
   * respondents), with the 95 % Wilson interval on the pooled count.
   */
  public record ComponentResult(
      String bloc,
      String component,
      String componentLabelVi,
      int units,
      int respondents,
      double satisfiedPct,
      double lowPct,
      double highPct,
      int smallSampleUnits) {}

  /** A unit's OVERALL satisfaction with its own Wilson interval. */
  public record UnitResult(
      String bloc,
      UnitRef unit,
      int respondents,
      double satisfiedPct,
      double lowPct,
      double highPct,
      boolean smallSample) {}
}
