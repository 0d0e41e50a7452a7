package vn.cchc.ingestion.validate;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.ingestion.commit.Staging;
import vn.cchc.model.methodology.Assessment;
import vn.cchc.model.methodology.Band;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.methodology.Methodology;
import vn.cchc.model.methodology.MethodologyItem;
import vn.cchc.model.methodology.MethodologyVersion;
import vn.cchc.model.methodology.ScoringRule;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.survey.OptionWeights;
import vn.cchc.model.survey.SurveyScale;
import vn.cchc.model.unit.LineageKind;
import vn.cchc.model.unit.LineageLink;
import vn.cchc.model.unit.Unit;
import vn.cchc.model.unit.UnitRegistry;

/**
 * Builds the reference data from the tables' next state ({@code new_*} views of the staging
 * database).
 */
public final class ReferenceLoader {
  private ReferenceLoader() {}

  public static ReferenceData load(Staging staging) throws SQLException {
    List<MethodologyVersion> versions =
        staging.query(
            "SELECT version, name, legal_basis, from_year, to_year FROM "
                + Staging.next(InputTables.METHODOLOGY_VERSIONS),
            rs ->
                new MethodologyVersion(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getInt(4),
                    (Integer) rs.getObject(5)));
    List<MethodologyItem> items =
        staging.query(
            "SELECT version, bloc, field_code, criterion_code, sub_criterion_code, name, max_points, assessment, scoring FROM "
                + Staging.next(InputTables.CRITERIA),
            rs ->
                new MethodologyItem(
                    rs.getString(1),
                    Bloc.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6),
                    (Double) rs.getObject(7),
                    rs.getString(8) == null ? null : Assessment.valueOf(rs.getString(8)),
                    rs.getString(9) == null ? null : ScoringRule.parse(rs.getString(9))));
    List<Band> bands =
        staging.query(
            "SELECT version, bloc, band, min_pct, label FROM " + Staging.next(InputTables.BANDS),
            rs ->
                new Band(
                    rs.getString(1),
                    Bloc.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getDouble(4),
                    rs.getString(5)));
    List<Unit> units = units(staging);
    List<LineageLink> links =
        staging.query(
            "SELECT from_code, to_code, effective_date, kind, share FROM "
                + Staging.next(InputTables.UNIT_LINEAGE),
            rs ->
                new LineageLink(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    LineageKind.valueOf(rs.getString(4)),
                    rs.getDouble(5)));
    Map<String, ReferenceData.Question> questions = new HashMap<>();
    for (ReferenceData.Question q :
        staging.query(
            "SELECT survey_code, question_code, scale, option_weights, sub_criterion_code FROM "
                + Staging.next(InputTables.SURVEY_QUESTIONS),
            rs ->
                new ReferenceData.Question(
                    rs.getString(1),
                    rs.getString(2),
                    SurveyScale.valueOf(rs.getString(3)),
                    rs.getString(4) == null ? null : OptionWeights.parse(rs.getString(4)),
                    rs.getString(5)))) {
      questions.put(ReferenceData.questionKey(q.surveyCode(), q.questionCode()), q);
    }
    Map<String, ReferenceData.Inspection> inspections = new HashMap<>();
    for (ReferenceData.Inspection i :
        staging.query(
            "SELECT inspection_id, year, unit_code, start_date, end_date FROM "
                + Staging.next(InputTables.INSPECTIONS),
            rs ->
                new ReferenceData.Inspection(
                    rs.getString(1),
                    rs.getInt(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getObject(5, LocalDate.class)))) {
      inspections.put(i.id(), i);
    }
    return new ReferenceData(
        new Methodology(versions, items, bands),
        new UnitRegistry(units, links),
        questions,
        inspections);
  }

  /** Every unit version of the table's next state. */
  static List<Unit> units(Staging staging) throws SQLException {
    return staging.query(
        "SELECT unit_code, name, bloc, parent_code, valid_from, valid_to FROM "
            + Staging.next(InputTables.UNITS),
        rs ->
            new Unit(
                rs.getString(1),
                rs.getString(2),
                Bloc.valueOf(rs.getString(3)),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class)));
  }
}
