package vn.cchc.report.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Reform inspections of the year, overdue findings as of the release date, and next year's targets.
 */
public record InspectionSection(
    int inspections,
    int inspectedUnits,
    List<FieldOutcome> byField,
    List<OverdueFinding> overdue,
    Integer planYear,
    List<Target> targets) {

  public InspectionSection {
    byField = List.copyOf(byField);
    overdue = List.copyOf(overdue);
    targets = List.copyOf(targets);
  }

  public int findings() {
    return byField.stream().mapToInt(FieldOutcome::findings).sum();
  }

  public record FieldOutcome(
      String fieldCode,
      String fieldLabelVi,
      int units,
      int findings,
      int remediatedOnTime,
      int remediatedLate,
      int open,
      int overdue) {

    public int openNotOverdue() {
      return open - overdue;
    }
  }

  public record OverdueFinding(
      int inspectionYear,
      UnitRef unit,
      String fieldCode,
      String severity,
      String description,
      LocalDate dueDate,
      int daysOverdue) {}

  public record Target(
      int priorityRank,
      UnitRef unit,
      String bloc,
      Double indexPct,
      double totalScore,
      String reasonsVi) {}
}
