package vn.cchc.ingestion.validate;

import java.time.LocalDate;
import java.util.Optional;
import vn.cchc.model.inspection.InspectionForm;
import vn.cchc.model.inspection.InspectionTopic;
import vn.cchc.model.inspection.Severity;
import vn.cchc.model.methodology.Assessment;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.methodology.MethodologyItem;
import vn.cchc.model.methodology.MethodologyVersion;
import vn.cchc.model.methodology.ScoringRule;
import vn.cchc.model.survey.OptionWeights;
import vn.cchc.model.survey.SurveyScale;
import vn.cchc.model.unit.Unit;

/**
 * The checks of one typed row against its table's rules and the reference data. Types and required
 * values are checked before; a rule that needs a value another rule rejected is skipped.
 */
public final class RowRules {
  private static final int MIN_YEAR = 2000;
  private static final int MAX_YEAR = 2100;
  private static final double TOLERANCE = ScoringRule.TOLERANCE;

  private RowRules() {}

  public static void check(ParsedRow row, ReferenceData refs) {
    switch (row.table().name()) {
      case "methodology_versions" -> methodologyVersion(row);
      case "criteria" -> criterion(row, refs);
      case "bands" -> band(row, refs);
      case "units" -> UnitRules.unit(row);
      case "unit_lineage" -> UnitRules.lineage(row, refs);
      case "survey_questions" -> question(row, refs);
      case "self_scores" -> selfScore(row, refs);
      case "appraisals" -> appraisal(row, refs);
      case "adjustments" -> adjustment(row, refs);
      case "survey_responses" -> response(row, refs);
      case "inspections" -> inspection(row, refs);
      case "findings" -> finding(row, refs);
      default -> throw new IllegalStateException("Cannot check rows of table " + row.table().name());
    }
  }

  private static boolean yearInRange(ParsedRow row, String column) {
    Integer year = row.integer(column);
    if (year != null && (year < MIN_YEAR || year > MAX_YEAR)) {
      row.reject(column, RejectRule.RANGE, "Năm " + year + " nằm ngoài khoảng " + MIN_YEAR + "–" + MAX_YEAR);
      return false;
    }
    return year != null;
  }

  private static void methodologyVersion(ParsedRow row) {
    boolean from = yearInRange(row, "from_year");
    boolean to = yearInRange(row, "to_year");
    if (from && to && row.integer("to_year") < row.integer("from_year")) {
      row.reject("to_year", RejectRule.RANGE,
          "Đến năm " + row.integer("to_year") + " trước từ năm " + row.integer("from_year"));
    }
  }

  static Optional<Bloc> bloc(ParsedRow row, boolean allowProvince) {
    String raw = row.str("bloc");
    Optional<Bloc> bloc = Bloc.parse(raw).filter(b -> allowProvince || b.ranked());
    if (bloc.isEmpty()) {
      row.reject("bloc", RejectRule.ENUM, "Khối '" + raw + "' không hợp lệ (dùng SO, HUYEN, XA"
          + (allowProvince ? " hoặc TINH)" : ")"));
    }
    return bloc;
  }

  private static boolean versionExists(ParsedRow row, ReferenceData refs) {
    String version = row.str("version");
    if (refs.methodology().version(version).isEmpty()) {
      row.reject("version", RejectRule.UNKNOWN_REFERENCE,
          "Phiên bản bộ tiêu chí '" + version + "' chưa có trong methodology_versions");
      return false;
    }
    return true;
  }

  private static void criterion(ParsedRow row, ReferenceData refs) {
    versionExists(row, refs);
    Optional<Bloc> bloc = bloc(row, false);
    Assessment assessment = null;
    if (row.str("assessment") != null) {
      assessment = Assessment.parse(row.str("assessment")).orElse(null);
      if (assessment == null) {
        row.reject("assessment", RejectRule.ENUM,
            "Hình thức đánh giá '" + row.str("assessment") + "' không hợp lệ (dùng SELF hoặc SURVEY)");
        return;
      }
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
      row.reject("criterion_code", RejectRule.REQUIRED_VALUE, "Dòng tiêu chí thành phần phải có mã tiêu chí");
      return;
    }
    Double max = row.dbl("max_points");
    if (max != null && (max <= 0 || max > 100)) {
      row.reject("max_points", RejectRule.RANGE, "Điểm tối đa " + max + " phải lớn hơn 0 và không quá 100");
      return;
    }
    if (bloc.isEmpty()) {
      return;
    }
    MethodologyItem item = new MethodologyItem(row.str("version"), bloc.get(), row.str("field_code"),
        row.str("criterion_code"), row.str("sub_criterion_code"), row.str("name"), max, assessment, scoring);
    String problem = item.inconsistency();
    if (problem != null) {
      String column = item.level() == MethodologyItem.Level.SUB_CRITERION ? "sub_criterion_code" : "criterion_code";
      if (problem.contains("điểm tối đa")) {
        column = "max_points";
      } else if (problem.contains("hình thức")) {
        column = "assessment";
      } else if (problem.contains("cách chấm") || problem.contains("mức điểm")) {
        column = "scoring";
      }
      row.reject(column, RejectRule.CONSISTENCY, "Tiêu chí không nhất quán: " + problem);
    }
  }

  private static void band(ParsedRow row, ReferenceData refs) {
    versionExists(row, refs);
    bloc(row, false);
    Double min = row.dbl("min_pct");
    if (min != null && (min < 0 || min > 100)) {
      row.reject("min_pct", RejectRule.RANGE, "Ngưỡng " + min + "% phải từ 0 đến 100");
    }
  }

  /** The sub-criterion of the version in force in the row's year for the unit's bloc. */
  private static Optional<MethodologyItem> subCriterion(ParsedRow row, ReferenceData refs, Unit unit) {
    int year = row.integer("year");
    Optional<MethodologyVersion> version = refs.methodology().versionFor(year);
    if (version.isEmpty()) {
      row.reject("year", RejectRule.UNKNOWN_REFERENCE, "Không có bộ tiêu chí nào áp dụng cho năm " + year);
      return Optional.empty();
    }
    String code = row.str("sub_criterion_code");
    Optional<MethodologyItem> item = refs.methodology().subCriterion(year, unit.bloc(), code);
    if (item.isEmpty()) {
      row.reject("sub_criterion_code", RejectRule.UNKNOWN_SUB_CRITERION, "Tiêu chí thành phần '" + code
          + "' không có trong bộ tiêu chí " + version.get().code() + " của " + unit.bloc().labelVi());
    }
    return item;
  }

  private static void points(ParsedRow row, String column, MethodologyItem item) {
    Double points = row.dbl(column);
    if (points == null) {
      return;
    }
    if (points < -TOLERANCE || points > item.maxPoints() + TOLERANCE) {
      row.reject(column, RejectRule.RANGE, "Điểm " + points + " phải từ 0 đến điểm tối đa " + item.maxPoints()
          + " của tiêu chí " + item.code());
    } else if (!item.scoring().admits(points, item.maxPoints())) {
      row.reject(column, RejectRule.SCORING_RULE,
          "Điểm " + points + " không đúng cách chấm " + item.scoring().text() + " của tiêu chí " + item.code());
    }
  }

  private static void selfAssessedItem(ParsedRow row, ReferenceData refs) {
    if (!yearInRange(row, "year")) {
      return;
    }
    Optional<Unit> unit = UnitRules.assessedUnit(row, refs);
    if (unit.isEmpty()) {
      return;
    }
    subCriterion(row, refs, unit.get()).ifPresent(item -> {
      if (item.assessment() != Assessment.SELF) {
        row.reject("sub_criterion_code", RejectRule.UNKNOWN_SUB_CRITERION,
            "Tiêu chí " + item.code() + " đánh giá qua điều tra xã hội học, không tự chấm hay thẩm định");
      } else {
        points(row, "points", item);
      }
    });
  }

  private static void selfScore(ParsedRow row, ReferenceData refs) {
    Boolean applicable = row.bool("applicable");
    Double points = row.dbl("points");
    if (Boolean.FALSE.equals(applicable) && points != null && Math.abs(points) > TOLERANCE) {
      row.reject("points", RejectRule.CONSISTENCY, "Tiêu chí không áp dụng (applicable = false) thì không có điểm");
    }
    if (!Boolean.FALSE.equals(applicable) && points == null) {
      row.reject("points", RejectRule.REQUIRED_VALUE, "Thiếu điểm tự chấm (để trống chỉ khi tiêu chí không áp dụng)");
    }
    Integer evidence = row.integer("evidence_count");
    if (evidence != null && evidence < 0) {
      row.reject("evidence_count", RejectRule.RANGE, "Số tài liệu kiểm chứng không thể âm");
    }
    selfAssessedItem(row, refs);
  }

  private static void appraisal(ParsedRow row, ReferenceData refs) {
    Integer round = row.integer("round");
    if (round != null && round != 1 && round != 2) {
      row.reject("round", RejectRule.RANGE, "Lần thẩm định " + round + " không hợp lệ (chỉ 1 hoặc 2)");
    }
    selfAssessedItem(row, refs);
  }

  private static void adjustment(ParsedRow row, ReferenceData refs) {
    String kind = row.str("kind");
    if (!kind.equalsIgnoreCase("BONUS") && !kind.equalsIgnoreCase("PENALTY")) {
      row.reject("kind", RejectRule.ENUM, "Loại '" + kind + "' không hợp lệ (dùng BONUS hoặc PENALTY)");
    }
    Double points = row.dbl("points");
    if (points != null && (points <= 0 || points > 100)) {
      row.reject("points", RejectRule.RANGE, "Điểm thưởng/trừ " + points + " phải lớn hơn 0 và không quá 100");
    }
    if (yearInRange(row, "year")) {
      UnitRules.assessedUnit(row, refs);
    }
  }

  private static void question(ParsedRow row, ReferenceData refs) {
    Optional<SurveyScale> scale = SurveyScale.parse(row.str("scale"));
    if (scale.isEmpty()) {
      row.reject("scale", RejectRule.ENUM, "Thang đo '" + row.str("scale") + "' không hợp lệ (dùng LIKERT5 hoặc OPTIONS)");
    }
    String weights = row.str("option_weights");
    if (weights == null && scale.orElse(null) == SurveyScale.OPTIONS) {
      row.reject("option_weights", RejectRule.REQUIRED_VALUE, "Câu hỏi dạng OPTIONS phải có trọng số phương án");
    }
    if (weights != null) {
      try {
        OptionWeights parsed = OptionWeights.parse(weights);
        if (scale.orElse(null) == SurveyScale.LIKERT5
            && !parsed.weights().keySet().equals(OptionWeights.LIKERT5_DEFAULT.weights().keySet())) {
          row.reject("option_weights", RejectRule.CONSISTENCY, "Thang LIKERT5 phải có đúng các phương án 1–5");
        }
      } catch (IllegalArgumentException e) {
        row.reject("option_weights", RejectRule.TYPE, "Trọng số phương án sai: " + e.getMessage());
      }
    }
    String sub = row.str("sub_criterion_code");
    if (sub != null) {
      boolean surveyItem = refs.methodology().items().stream()
          .anyMatch(i -> sub.equals(i.subCriterionCode()) && i.assessment() == Assessment.SURVEY);
      if (!surveyItem) {
        row.reject("sub_criterion_code", RejectRule.UNKNOWN_SUB_CRITERION,
            "Tiêu chí thành phần '" + sub + "' không phải tiêu chí đánh giá qua điều tra xã hội học ở phiên bản nào");
      }
    }
  }

  private static void response(ParsedRow row, ReferenceData refs) {
    Double weight = row.dbl("weight");
    if (weight != null && weight <= 0) {
      row.reject("weight", RejectRule.RANGE, "Trọng số " + weight + " phải lớn hơn 0");
    }
    Optional<ReferenceData.Question> question = refs.question(row.str("survey_code"), row.str("question_code"));
    if (question.isEmpty()) {
      row.reject("question_code", RejectRule.UNKNOWN_REFERENCE, "Câu hỏi " + row.str("question_code")
          + " không có trong khảo sát " + row.str("survey_code") + " (survey_questions)");
    } else {
      OptionWeights weights = question.get().weights() != null ? question.get().weights()
          : OptionWeights.LIKERT5_DEFAULT;
      if (weights.weightOf(row.str("answer")).isEmpty()) {
        row.reject("answer", RejectRule.ENUM, "Câu trả lời '" + row.str("answer") + "' không phải phương án của câu hỏi "
            + row.str("question_code") + " (" + String.join(", ", new java.util.TreeSet<>(weights.weights().keySet()))
            + ")");
      }
    }
    if (yearInRange(row, "year")) {
      UnitRules.assessedUnit(row, refs);
    }
  }

  private static void inspection(ParsedRow row, ReferenceData refs) {
    if (InspectionForm.parse(row.str("form")).isEmpty()) {
      row.reject("form", RejectRule.ENUM, "Hình thức kiểm tra '" + row.str("form")
          + "' không hợp lệ (dùng ANNOUNCED, SURPRISE, REPORT_REVIEW hoặc REINSPECTION)");
    }
    LocalDate start = row.date("start_date");
    LocalDate end = row.date("end_date");
    if (end != null && end.isBefore(start)) {
      row.reject("end_date", RejectRule.RANGE, "Ngày kết thúc " + end + " trước ngày bắt đầu " + start);
    }
    if (!yearInRange(row, "year")) {
      return;
    }
    if (start.getYear() != row.integer("year")) {
      row.reject("start_date", RejectRule.RANGE,
          "Ngày bắt đầu " + start + " không thuộc năm kiểm tra " + row.integer("year"));
    }
    UnitRules.unitOn(row, refs, start, start.toString());
  }

  private static void finding(ParsedRow row, ReferenceData refs) {
    if (Severity.parse(row.str("severity")).isEmpty()) {
      row.reject("severity", RejectRule.ENUM, "Mức độ '" + row.str("severity") + "' không hợp lệ (dùng LOW, MEDIUM hoặc HIGH)");
    }
    ReferenceData.Inspection inspection = refs.inspections().get(row.str("inspection_id"));
    if (inspection == null) {
      row.reject("inspection_id", RejectRule.UNKNOWN_REFERENCE,
          "Cuộc kiểm tra '" + row.str("inspection_id") + "' không có trong bảng inspections");
      return;
    }
    LocalDate due = row.date("due_date");
    LocalDate done = row.date("remediated_on");
    if (due != null && due.isBefore(inspection.startDate())) {
      row.reject("due_date", RejectRule.RANGE, "Hạn khắc phục " + due + " trước ngày kiểm tra " + inspection.startDate());
    }
    if (done != null && done.isBefore(inspection.startDate())) {
      row.reject("remediated_on", RejectRule.RANGE,
          "Ngày khắc phục " + done + " trước ngày kiểm tra " + inspection.startDate());
    }
    String field = row.str("field_code");
    Optional<Unit> unit = refs.units().versionOn(inspection.unitCode(), inspection.startDate());
    Optional<MethodologyVersion> version = refs.methodology().versionFor(inspection.year());
    if (InspectionTopic.parse(field).isPresent() || unit.isEmpty() || version.isEmpty()) {
      return;
    }
    Bloc bloc = unit.get().bloc();
    boolean isField = refs.methodology().item(version.get().code(), bloc, field)
        .filter(i -> i.level() == MethodologyItem.Level.FIELD).isPresent();
    if (!isField) {
      row.reject("field_code", RejectRule.UNKNOWN_REFERENCE, "Lĩnh vực '" + field + "' không có trong bộ tiêu chí "
          + version.get().code() + " của " + bloc.labelVi() + " và không phải chủ đề kiểm tra (MOT_CUA, ISO, VAN_HOA, KY_LUAT)");
      return;
    }
    String criterion = row.str("criterion_code");
    if (criterion != null) {
      boolean ok = refs.methodology().item(version.get().code(), bloc, criterion)
          .filter(i -> i.level() == MethodologyItem.Level.CRITERION && i.fieldCode().equals(field)).isPresent();
      if (!ok) {
        row.reject("criterion_code", RejectRule.UNKNOWN_REFERENCE,
            "Tiêu chí '" + criterion + "' không thuộc lĩnh vực " + field + " trong bộ tiêu chí " + version.get().code());
      }
    }
  }
}
