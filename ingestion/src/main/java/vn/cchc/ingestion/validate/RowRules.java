package vn.cchc.ingestion.validate;

import java.util.List;
import java.util.Map;
import vn.cchc.model.schema.Column;
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
  private static final int MIN_YEAR = 2000;
  private static final int MAX_YEAR = 2100;

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

  /** Whether the row's year in {@code column} is given and plausible; records why not. */
  static boolean yearInRange(ParsedRow row, String column) {
    Integer year = row.integer(column);
    if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
      row.reject(
          column,
          RejectRule.RANGE,
          "Năm " + year + " nằm ngoài khoảng " + MIN_YEAR + "–" + MAX_YEAR);
      return false;
    }
    return year != null;
  }
}
