package vn.cchc.report.model;

import java.time.LocalDate;
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

/** Inspections of the year, findings overdue as of the release date, and the next plan's targets. */
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
    blocs.forEach(b -> b.fields().forEach(f -> fieldNames.putIfAbsent(f.fieldCode(), f.fieldName())));
    List<FieldOutcome> byField = new ArrayList<>();
    for (Map<String, Object> r : inspections.outcomesByField(year).records()) {
      String code = (String) r.get("field_code");
      byField.add(new FieldOutcome(code, fieldLabel(code, fieldNames), Values.integer(r.get("units")),
          Values.integer(r.get("findings")), Values.integer(r.get("remediated_on_time")),
          Values.integer(r.get("remediated_late")), Values.integer(r.get("open_findings")),
          Values.integer(r.get("overdue"))));
    }
    List<Map<String, Object>> held = inspections.inspections(year, null).records();
    // an inspection names the unit version valid on its start date: in 2025 the same code may be inspected
    // as the old commune in spring and as the new one in autumn, two units
    Set<String> units = new HashSet<>();
    held.forEach(r -> units.add(UnitRef.of(r).key()));
    List<OverdueFinding> overdue = new ArrayList<>();
    for (Map<String, Object> r : inspections.findings(null, null, InspectionQueries.STATUS_OPEN, null, true).records()) {
      overdue.add(new OverdueFinding(Values.integer(r.get("year")), UnitRef.of(r),
          (String) r.get("field_code"), severity((String) r.get("severity")), (String) r.get("description"),
          (LocalDate) r.get("due_date"), Values.integer(r.get("days_overdue"))));
    }
    List<Target> targets = new ArrayList<>();
    Integer planYear = null;
    for (Map<String, Object> r : inspections.targets(year + 1).records()) {
      planYear = Values.integer(r.get("plan_year"));
      if (targets.size() < TARGETS) {
        targets.add(new Target(Values.integer(r.get("priority_rank")), UnitRef.of(r), (String) r.get("bloc"),
            Values.decimalOrNull(r.get("index_pct")), Values.decimal(r.get("total_score")), (String) r.get("reasons_vi")));
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
