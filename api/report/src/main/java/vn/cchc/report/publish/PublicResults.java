package vn.cchc.report.publish;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.report.model.AnnualReport;
import vn.cchc.report.model.AnnualReport.AbsentBloc;
import vn.cchc.report.model.BlocReport;
import vn.cchc.report.model.BlocReport.BandCount;
import vn.cchc.report.model.BlocReport.FieldAverage;
import vn.cchc.report.model.BlocReport.HeatmapRow;
import vn.cchc.report.model.BlocReport.KeyFigures;
import vn.cchc.report.model.BlocReport.Mover;
import vn.cchc.report.model.BlocReport.RankedUnit;
import vn.cchc.report.model.MapFigure;
import vn.cchc.report.model.MethodologyNotes.Version;
import vn.cchc.report.model.SatisfactionSection.ComponentResult;
import vn.cchc.report.model.UnitChanges.UnitChange;
import vn.cchc.report.model.UnitRef;

/**
 * What a province publishes of a year, taken from the annual report's figures: the rankings with
 * bands and changes, the field (component) indices, SIPAS per component and the commune map. The
 * pages are written from this alone, so what it leaves out cannot reach them: criterion and
 * sub-criterion scores, self-assessed and appraised points, appraisal gaps, inspections, findings
 * and inspection targets.
 */
record PublicResults(
    int year,
    Integer previousYear,
    String releaseId,
    LocalDate asOfDate,
    Version methodology,
    Version previousMethodology,
    List<PublicBloc> blocs,
    List<AbsentBloc> absentBlocs,
    String surveyCode,
    boolean surveyDesignBreak,
    List<ComponentResult> satisfaction,
    MapFigure communeMap) {

  PublicResults {
    blocs = List.copyOf(blocs);
    absentBlocs = List.copyOf(absentBlocs);
    satisfaction = List.copyOf(satisfaction);
  }

  boolean hasPreviousYear() {
    return previousYear != null;
  }

  /**
   * One bloc: its ranking, its figures against last year, the field averages and each unit's field
   * indices.
   */
  record PublicBloc(
      String bloc,
      String labelVi,
      String version,
      String changeBasis,
      KeyFigures keyFigures,
      List<BandCount> bands,
      List<RankingRow> ranking,
      List<Mover> risers,
      List<Mover> fallers,
      List<FieldAverage> fields,
      List<HeatmapRow> unitFields) {

    PublicBloc {
      bands = List.copyOf(bands);
      ranking = List.copyOf(ranking);
      risers = List.copyOf(risers);
      fallers = List.copyOf(fallers);
      fields = List.copyOf(fields);
      unitFields = List.copyOf(unitFields);
    }
  }

  /**
   * A ranked unit as published: rank, index, band and its change; {@code change} null when the
   * basis has no row for it.
   */
  record RankingRow(
      int rank,
      UnitRef unit,
      double indexPct,
      String band,
      String bandLabel,
      boolean provisional,
      UnitChange change) {}

  /** {@code changes}: per bloc code, each unit's change by {@code unit_key}. */
  static PublicResults of(AnnualReport report, Map<String, Map<String, UnitChange>> changes) {
    List<PublicBloc> blocs = new ArrayList<>();
    for (BlocReport b : report.blocs()) {
      Map<String, UnitChange> byUnit = changes.getOrDefault(b.bloc(), Map.of());
      List<RankingRow> rows = new ArrayList<>();
      for (RankedUnit u : b.ranking()) {
        rows.add(
            new RankingRow(
                u.rank(),
                u.unit(),
                u.indexPctRounded(),
                u.band(),
                u.bandLabel(),
                u.provisional(),
                byUnit.get(u.unit().key())));
      }
      blocs.add(
          new PublicBloc(
              b.bloc(),
              b.labelVi(),
              b.version(),
              b.changeBasis(),
              b.keyFigures(),
              b.bands(),
              rows,
              b.risers(),
              b.fallers(),
              b.fields(),
              b.heatmap()));
    }
    return new PublicResults(
        report.year(),
        report.previousYear(),
        report.releaseId(),
        report.asOfDate(),
        report.methodology().current(),
        report.methodology().previous(),
        blocs,
        report.absentBlocs(),
        report.satisfaction().surveyCode(),
        report.satisfaction().designBreak(),
        report.satisfaction().components(),
        report.communeMap());
  }
}
