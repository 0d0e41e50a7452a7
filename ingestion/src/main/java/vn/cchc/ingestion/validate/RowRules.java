package vn.cchc.ingestion.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.cchc.model.schema.Column;
import vn.cchc.model.schema.InputDates;
import vn.cchc.model.schema.InputTables;

/**
 * The checks of one typed row against its table's rules and the reference data, as Spring Batch's
 * {@code ValidatingItemProcessor} hands each item to a validator. Types and required values are
 * checked before; then every coded column against the codes the model declares for it; then the
 * rules of the table's family ({@link MethodologyRules}, {@link UnitRules}, {@link ScoreRules},
 * {@link SurveyRules}, {@link InspectionRules}). A rule that needs a value another rule rejected is
 * skipped.
 */
public final class RowRules {
  /** The checks of one table's rows beyond types, required values and codes. */
  private interface TableRules {
    void check(ParsedRow row, ReferenceData refs);
  }

  /** By table name: a schema record hashes all its columns, too slow for a lookup per row. */
  private static final Map<String, TableRules> BY_TABLE =
      Map.ofEntries(
          Map.entry(
              InputTables.METHODOLOGY_VERSIONS.name(),
              (row, refs) -> MethodologyRules.version(row)),
          Map.entry(InputTables.CRITERIA.name(), MethodologyRules::criterion),
          Map.entry(InputTables.BANDS.name(), MethodologyRules::band),
          Map.entry(InputTables.UNITS.name(), (row, refs) -> UnitRules.unit(row)),
          Map.entry(InputTables.UNIT_LINEAGE.name(), UnitRules::lineage),
          Map.entry(InputTables.SURVEY_QUESTIONS.name(), SurveyRules::question),
          Map.entry(InputTables.SELF_SCORES.name(), ScoreRules::selfScore),
          Map.entry(InputTables.APPRAISALS.name(), ScoreRules::appraisal),
          Map.entry(InputTables.ADJUSTMENTS.name(), ScoreRules::adjustment),
          Map.entry(InputTables.SURVEY_RESPONSES.name(), SurveyRules::response),
          Map.entry(InputTables.INSPECTIONS.name(), InspectionRules::inspection),
          Map.entry(InputTables.FINDINGS.name(), InspectionRules::finding));

  private RowRules() {}

  public static void check(ParsedRow row, ReferenceData refs) {
    TableRules rules = BY_TABLE.get(row.table().name());
    if (rules == null) {
      throw new IllegalStateException("Cannot check rows of table " + row.table().name());
    }
    codes(row);
    rules.check(row, refs);
  }

  /** Every coded column against its declared codes, with one message that lists them. */
  private static void codes(ParsedRow row) {
    List<Column> columns = row.table().columns();
    for (int i = 0; i < columns.size(); i++) {
      Column c = columns.get(i);
      Object value = row.values()[i];
      if (value != null && c.codes().isPresent() && !c.codes().get().admits(value.toString())) {
        row.reject(
            c.name(),
            RejectRule.ENUM,
            c.labelVi() + " '" + value + "' không hợp lệ (dùng " + c.codes().get().listVi() + ")");
      }
    }
  }

  /**
   * Whether the row's assessment year in {@code column} is given and between {@link
   * InputDates#FIRST_YEAR} and the current year ({@link InputDates}); records why not.
   */
  static boolean assessmentYear(ParsedRow row, String column) {
    Integer year = row.integer(column);
    int last = InputDates.lastAssessmentYear();
    if (year != null && year > last) {
      row.reject(
          column,
          RejectRule.RANGE,
          "Năm "
              + year
              + " chưa đến: năm đánh giá không thể sau năm hiện tại ("
              + last
              + "), kể cả khi bộ tiêu chí mới nhất chưa có năm kết thúc");
      return false;
    }
    if (year != null && year < InputDates.FIRST_YEAR) {
      row.reject(
          column,
          RejectRule.RANGE,
          "Năm "
              + year
              + " không hợp lệ: năm đánh giá phải từ "
              + InputDates.FIRST_YEAR
              + " đến "
              + last);
      return false;
    }
    return year != null;
  }

  /**
   * Whether a planned year (a methodology's years) in {@code column} is given and between {@link
   * InputDates#FIRST_YEAR} and the current year + {@link InputDates#PLANNING_YEARS}; records why
   * not.
   */
  static boolean plannedYear(ParsedRow row, String column) {
    Integer year = row.integer(column);
    int last = InputDates.lastPlannedYear();
    if (year != null && (year < InputDates.FIRST_YEAR || year > last)) {
      row.reject(
          column,
          RejectRule.RANGE,
          "Năm " + year + " không hợp lệ: phải từ " + InputDates.FIRST_YEAR + " đến " + last);
      return false;
    }
    return year != null;
  }

  /**
   * Whether a planned day (a registry date, a deadline) in {@code column}, if given, lies between 1
   * January of {@code firstYear} and 31 December of the current year + {@link
   * InputDates#PLANNING_YEARS}; records why not.
   */
  static boolean plannedDay(ParsedRow row, String column, int firstYear) {
    LocalDate day = row.date(column);
    int last = InputDates.lastPlannedYear();
    if (day != null && (day.getYear() < firstYear || day.getYear() > last)) {
      row.reject(
          column,
          RejectRule.RANGE,
          "Ngày " + day + " không hợp lệ: phải từ 01/01/" + firstYear + " đến 31/12/" + last);
      return false;
    }
    return true;
  }

  /** Whether a day something happened in {@code column}, if given, is not after today. */
  static boolean pastDay(ParsedRow row, String column, String whatVi) {
    LocalDate day = row.date(column);
    LocalDate today = InputDates.today();
    if (day != null && day.isAfter(today)) {
      row.reject(
          column,
          RejectRule.RANGE,
          whatVi + " " + day + " chưa đến: không thể sau ngày nạp (" + today + ")");
      return false;
    }
    return true;
  }
}
