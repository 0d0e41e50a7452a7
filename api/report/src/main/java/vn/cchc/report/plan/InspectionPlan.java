package vn.cchc.report.plan;

import java.time.LocalDate;
import java.util.List;
import vn.cchc.model.inspection.InspectionForm;
import vn.cchc.model.methodology.Bloc;

/**
 * Next year's inspection plan as drafted from a release: who is proposed, when, in which form and
 * on what, with the figures behind each choice and the rule that made it.
 *
 * @param planYear the year of the plan
 * @param indexYear the index year it is drafted from ({@code planYear - 1})
 * @param releaseId the release read
 * @param asOf the release date every finding's status refers to
 * @param provinceName the province as the registry names it on 1 January of the plan year
 * @param ranked how many units the release ranks for the plan
 * @param units the proposed units, in priority order
 * @param blocs the index results of the index year per bloc (the plan's basis)
 * @param fields the methodology's fields per bloc (the report outline's chapters)
 * @param openFindings findings open on the release date in the whole province
 * @param overdueFindings of those, past their deadline
 * @param effects how the fields with findings of the latest comparable inspection year moved the
 *     next year, against the bloc ({@code RemediationQueries.effectByField})
 * @param config the rules applied
 */
public record InspectionPlan(
    int planYear,
    int indexYear,
    String releaseId,
    LocalDate asOf,
    String provinceName,
    int ranked,
    List<ProposedUnit> units,
    List<BlocResult> blocs,
    List<Field> fields,
    int openFindings,
    int overdueFindings,
    List<FieldEffect> effects,
    PlanConfig config) {

  public InspectionPlan {
    units = List.copyOf(units);
    blocs = List.copyOf(blocs);
    fields = List.copyOf(fields);
    effects = List.copyOf(effects);
  }

  /**
   * The units with findings in one field in inspections of {@code year}, compared the next year:
   * their mean change of the field's attainment, the bloc's, and how many beat the bloc.
   */
  public record FieldEffect(
      int year,
      String fieldCode,
      String fieldName,
      int unitsCompared,
      double meanChangePts,
      double meanBlocChangePts,
      int unitsBeatBloc) {}

  /**
   * One proposed unit: its place in the plan, the form and quarter the rules chose with the reason
   * for the form, the mart's reasons and scores, and the content areas with their figures.
   */
  public record ProposedUnit(
      int order,
      int priorityRank,
      String unitCode,
      String unitKey,
      String unitLabel,
      Bloc bloc,
      String quarter,
      InspectionForm form,
      String formReason,
      double priority,
      double martTotalScore,
      String reasonsVi,
      List<ContentArea> contentAreas) {
    public ProposedUnit {
      contentAreas = List.copyOf(contentAreas);
    }
  }

  /** A content area of one unit's inspection and the figures that put it there. */
  public record ContentArea(String title, String figures) {}

  /** The index results of one bloc in the index year. */
  public record BlocResult(
      Bloc bloc, int units, double meanPct, double minPct, double maxPct, int proposed) {}

  /** One field of the methodology in force for a bloc. */
  public record Field(Bloc bloc, String code, String name) {}
}
