package vn.cchc.ingestion.validate;

import java.util.Optional;
import vn.cchc.model.methodology.Assessment;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.methodology.MethodologyItem;
import vn.cchc.model.methodology.ScoringRule;

/**
 * The row checks of the methodology: versions, the criteria tree of each version and bloc, bands.
 */
final class MethodologyRules {
  private MethodologyRules() {}

  static void version(ParsedRow row) {
    boolean from = RowRules.plannedYear(row, "from_year");
    boolean to = RowRules.plannedYear(row, "to_year");
    if (from && to && row.integer("to_year") < row.integer("from_year")) {
      row.reject(
          "to_year",
          RejectRule.RANGE,
          "Đến năm " + row.integer("to_year") + " trước từ năm " + row.integer("from_year"));
    }
  }

  private static void versionExists(ParsedRow row, ReferenceData refs) {
    String version = row.str("version");
    if (refs.methodology().version(version).isEmpty()) {
      row.reject(
          "version",
          RejectRule.UNKNOWN_REFERENCE,
          "Phiên bản bộ tiêu chí '" + version + "' chưa có trong methodology_versions");
    }
  }

  static void criterion(ParsedRow row, ReferenceData refs) {
    versionExists(row, refs);
    if (row.rejected("assessment")) {
      return;
    }
    ScoringRule scoring = null;
    if (row.str("scoring") != null) {
      try {
        scoring = ScoringRule.parse(row.str("scoring"));
      } catch (IllegalArgumentException e) {
        row.reject("scoring", RejectRule.SCORING_RULE, "Cách chấm điểm sai: " + e.getMessage());
        return;
      }
    }
    if (row.str("sub_criterion_code") != null && row.str("criterion_code") == null) {
      row.reject(
          "criterion_code",
          RejectRule.REQUIRED_VALUE,
          "Dòng tiêu chí thành phần phải có mã tiêu chí");
      return;
    }
    Double max = row.dbl("max_points");
    if (max != null && (max <= 0 || max > 100)) {
      row.reject(
          "max_points",
          RejectRule.RANGE,
          "Điểm tối đa " + max + " phải lớn hơn 0 và không quá 100");
      return;
    }
    Optional<Bloc> bloc = row.code("bloc", Bloc.class);
    if (bloc.isEmpty()) {
      return;
    }
    MethodologyItem item =
        new MethodologyItem(
            row.str("version"),
            bloc.get(),
            row.str("field_code"),
            row.str("criterion_code"),
            row.str("sub_criterion_code"),
            row.str("name"),
            max,
            row.code("assessment", Assessment.class).orElse(null),
            scoring);
    item.check()
        .ifPresent(
            fault ->
                row.reject(
                    fault.column(),
                    RejectRule.CONSISTENCY,
                    "Tiêu chí không nhất quán: " + fault.reasonVi()));
  }

  static void band(ParsedRow row, ReferenceData refs) {
    versionExists(row, refs);
    Double min = row.dbl("min_pct");
    if (min != null && (min < 0 || min > 100)) {
      row.reject("min_pct", RejectRule.RANGE, "Ngưỡng " + min + "% phải từ 0 đến 100");
    }
  }
}
