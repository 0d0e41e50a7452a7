package vn.cchc.report.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the annual report shows, as plain data read from the query layer: the PDF writer and
 * the chart builders only lay it out. Lists are in the order they are printed.
 *
 * @param previousYear the year compared against, or null when the release has no earlier year
 * @param blocs every bloc ranked in the year, departments first
 * @param absentBlocs blocs the release ranks in some year but not in this one (districts from 2025)
 * @param communeMap the commune bloc on the map of today's communes; null when no commune is ranked
 *     in the year
 */
public record AnnualReport(
    int year,
    Integer previousYear,
    String releaseId,
    LocalDate asOfDate,
    List<BlocReport> blocs,
    List<AbsentBloc> absentBlocs,
    SatisfactionSection satisfaction,
    InspectionSection inspections,
    MethodologyNotes methodology,
    MapFigure communeMap) {

  public AnnualReport {
    blocs = List.copyOf(blocs);
    absentBlocs = List.copyOf(absentBlocs);
  }

  public boolean hasPreviousYear() {
    return previousYear != null;
  }

  /** A bloc with no unit assessed in the report year, and the last year it was assessed. */
  public record AbsentBloc(String bloc, String labelVi, Integer lastYear) {}
}
