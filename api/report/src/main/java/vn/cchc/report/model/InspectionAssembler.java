package vn.cchc.report.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.model.inspection.InspectionTopic;
import vn.cchc.model.inspection.Severity;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.inspection.InspectionQueries;
import vn.cchc.report.model.InspectionSection.FieldOutcome;
import vn.cchc.report.model.InspectionSection.OverdueFinding;
import vn.cchc.report.model.InspectionSection.Target;

/**
 * Inspections of the year, findings overdue as of the release date, and the next plan's targets.
 */
final class InspectionAssembler {
  /** Targets printed; the full list is in the warehouse. */
  static final int TARGETS = 15;

  private final QueryExecutor q;

  InspectionAssembler(QueryExecutor q) {
    this.q = q;
  }

  InspectionSection assemble(int year, List<BlocReport> blocs) {
    InspectionQueries inspections = new InspectionQueries(q);
    Map<String, String> fieldNames = new LinkedHashMap<>();
    blocs.forEach(
        b -> b.fields().forEach(f -> fieldNames.putIfAbsent(f.fieldCode(), f.fieldName())));
    List<FieldOutcome> byField = new ArrayList<>();
    for (ResultRow r : ResultRow.of(inspections.outcomesByField(year))) {
      String code = r.string("field_code");
      byField.add(
          new FieldOutcome(
              code,
              fieldLabel(code, fieldNames),
              r.integer("units"),
              r.integer("findings"),
              r.integer("remediated_on_time"),
              r.integer("remediated_late"),
              r.integer("open_findings"),
              r.integer("overdue")));
    }
    List<ResultRow> held = ResultRow.of(inspections.inspections(year, null));
    // an inspection names the unit version valid on its start date: in 2025 the same code may be
    // inspected
    // as the old commune in spring and as the new one in autumn, two units
    Set<String> units = new HashSet<>();
    held.forEach(r -> units.add(UnitRef.of(r).key()));
    List<OverdueFinding> overdue = new ArrayList<>();
    for (ResultRow r :
        ResultRow.of(inspections.findings(null, null, InspectionQueries.STATUS_OPEN, null, true))) {
      overdue.add(
          new OverdueFinding(
              r.integer("year"),
              UnitRef.of(r),
              r.string("field_code"),
              severity(r.string("severity")),
              r.string("description"),
              r.date("due_date"),
              r.integer("days_overdue")));
    }
    List<Target> targets = new ArrayList<>();
    Integer planYear = null;
    for (ResultRow r : ResultRow.of(inspections.targets(year + 1))) {
      planYear = r.integer("plan_year");
      if (targets.size() < TARGETS) {
        targets.add(
            new Target(
                r.integer("priority_rank"),
                UnitRef.of(r),
                r.string("bloc"),
                r.decimalOrNull("index_pct"),
                r.decimal("total_score"),
                r.string("reasons_vi")));
      }
    }
    return new InspectionSection(held.size(), units.size(), byField, overdue, planYear, targets);
  }

  static String fieldLabel(String code, Map<String, String> fieldNames) {
    if (fieldNames.containsKey(code)) {
      return code + ". " + fieldNames.get(code);
    }
    return InspectionTopic.parse(code).map(InspectionTopic::labelVi).orElse(code);
  }

  private static String severity(String raw) {
    return raw == null ? "" : Severity.parse(raw).map(Severity::labelVi).orElse(raw);
  }
}
