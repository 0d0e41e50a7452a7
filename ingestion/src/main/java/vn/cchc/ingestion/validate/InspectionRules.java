package vn.cchc.ingestion.validate;

import java.time.LocalDate;
import java.util.Optional;
import vn.cchc.model.inspection.InspectionTopic;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.methodology.MethodologyItem;
import vn.cchc.model.methodology.MethodologyVersion;
import vn.cchc.model.schema.Codes;
import vn.cchc.model.schema.InputDates;
import vn.cchc.model.unit.Unit;

/** The row checks of reform inspections and of their findings. */
final class InspectionRules {
  private InspectionRules() {}

  static void inspection(ParsedRow row, ReferenceData refs) {
    LocalDate start = row.date("start_date");
    LocalDate end = row.date("end_date");
    if (end != null && end.isBefore(start)) {
      row.reject(
          "end_date", RejectRule.RANGE, "Ngày kết thúc " + end + " trước ngày bắt đầu " + start);
    }
    RowRules.plannedDay(row, "end_date", InputDates.FIRST_YEAR);
    if (!RowRules.assessmentYear(row, "year")
        || !RowRules.pastDay(row, "start_date", "Ngày bắt đầu")) {
      return;
    }
    if (start.getYear() != row.integer("year")) {
      row.reject(
          "start_date",
          RejectRule.RANGE,
          "Ngày bắt đầu " + start + " không thuộc năm kiểm tra " + row.integer("year"));
    }
    UnitRules.unitOn(row, refs, start, LocalDate::toString);
  }

  static void finding(ParsedRow row, ReferenceData refs) {
    ReferenceData.Inspection inspection = refs.inspections().get(row.str("inspection_id"));
    if (inspection == null) {
      row.reject(
          "inspection_id",
          RejectRule.UNKNOWN_REFERENCE,
          "Cuộc kiểm tra '" + row.str("inspection_id") + "' không có trong bảng inspections");
      return;
    }
    RowRules.plannedDay(row, "due_date", InputDates.FIRST_YEAR);
    RowRules.pastDay(row, "remediated_on", "Ngày khắc phục");
    LocalDate due = row.date("due_date");
    LocalDate done = row.date("remediated_on");
    if (due != null && due.isBefore(inspection.startDate())) {
      row.reject(
          "due_date",
          RejectRule.RANGE,
          "Hạn khắc phục " + due + " trước ngày kiểm tra " + inspection.startDate());
    }
    if (done != null && done.isBefore(inspection.startDate())) {
      row.reject(
          "remediated_on",
          RejectRule.RANGE,
          "Ngày khắc phục " + done + " trước ngày kiểm tra " + inspection.startDate());
    }
    String field = row.str("field_code");
    Optional<Unit> unit = refs.units().versionOn(inspection.unitCode(), inspection.startDate());
    Optional<MethodologyVersion> version = refs.methodology().versionFor(inspection.year());
    if (InspectionTopic.parse(field).isPresent() || unit.isEmpty() || version.isEmpty()) {
      return;
    }
    Bloc bloc = unit.get().bloc();
    boolean isField =
        refs.methodology()
            .item(version.get().code(), bloc, field)
            .filter(i -> i.level() == MethodologyItem.Level.FIELD)
            .isPresent();
    if (!isField) {
      row.reject(
          "field_code",
          RejectRule.UNKNOWN_REFERENCE,
          "Lĩnh vực '"
              + field
              + "' không có trong bộ tiêu chí "
              + version.get().code()
              + " của "
              + bloc.labelVi()
              + " và không phải chủ đề kiểm tra ("
              + String.join(", ", Codes.of(InspectionTopic.class).values())
              + ")");
      return;
    }
    String criterion = row.str("criterion_code");
    if (criterion != null) {
      boolean ok =
          refs.methodology()
              .item(version.get().code(), bloc, criterion)
              .filter(
                  i -> i.level() == MethodologyItem.Level.CRITERION && i.fieldCode().equals(field))
              .isPresent();
      if (!ok) {
        row.reject(
            "criterion_code",
            RejectRule.UNKNOWN_REFERENCE,
            "Tiêu chí '"
                + criterion
                + "' không thuộc lĩnh vực "
                + field
                + " trong bộ tiêu chí "
                + version.get().code());
      }
    }
  }
}
