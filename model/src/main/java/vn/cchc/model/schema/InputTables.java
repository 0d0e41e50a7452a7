package vn.cchc.model.schema;

import static vn.cchc.model.schema.Column.nullable;
import static vn.cchc.model.schema.Column.optional;
import static vn.cchc.model.schema.Column.required;
import static vn.cchc.model.schema.ColumnType.BOOLEAN;
import static vn.cchc.model.schema.ColumnType.DATE;
import static vn.cchc.model.schema.ColumnType.DOUBLE;
import static vn.cchc.model.schema.ColumnType.INTEGER;
import static vn.cchc.model.schema.ColumnType.STRING;

import java.util.List;
import java.util.Optional;
import vn.cchc.model.inspection.InspectionForm;
import vn.cchc.model.inspection.InspectionTopic;
import vn.cchc.model.inspection.Severity;
import vn.cchc.model.methodology.AdjustmentKind;
import vn.cchc.model.methodology.AppraisalRound;
import vn.cchc.model.methodology.Assessment;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.survey.QuestionPurpose;
import vn.cchc.model.survey.SurveyScale;
import vn.cchc.model.unit.LineageKind;

/**
 * The tables users upload, one per CSV file or XLSX sheet, in the order a batch must load them so
 * that every reference points at a table already loaded.
 */
public final class InputTables {
  private InputTables() {}

  private static final Column YEAR =
      required(
          "year",
          INTEGER,
          "Năm",
          "Assessment year, " + InputDates.ASSESSMENT_YEAR_RULE,
          "năm đánh giá");
  private static final Column UNIT_CODE =
      required("unit_code", STRING, "Mã đơn vị", "Unit code from the unit registry");

  /** Blocs a methodology node or band may apply to: only ranked ones. */
  private static final Codes RANKED_BLOCS = Codes.of(Bloc.rankedBlocs());

  private static final Column SUB_CRITERION_CODE =
      required(
          "sub_criterion_code",
          STRING,
          "Mã tiêu chí thành phần",
          "Sub-criterion code, e.g. 3.2.1",
          "mã tctp",
          "tiêu chí thành phần");

  public static final TableSchema METHODOLOGY_VERSIONS =
      new TableSchema(
          "methodology_versions",
          "Phiên bản bộ tiêu chí",
          "One version of the methodology and the years it applies to",
          List.of(
              required("version", STRING, "Phiên bản", "Version code, e.g. V2022", "mã phiên bản"),
              required("name", STRING, "Tên", "Title of the methodology", "tên phiên bản"),
              required(
                  "legal_basis",
                  STRING,
                  "Căn cứ pháp lý",
                  "Decision that issued it, e.g. 103/QĐ-UBND",
                  "văn bản",
                  "quyết định"),
              required(
                  "from_year",
                  INTEGER,
                  "Từ năm",
                  "First assessment year it applies to, from "
                      + InputDates.FIRST_YEAR
                      + ", "
                      + InputDates.PLANNED_RULE),
              nullable(
                  "to_year",
                  INTEGER,
                  "Đến năm",
                  "Last assessment year it applies to, "
                      + InputDates.PLANNED_RULE
                      + "; empty while in force (scores of a year after the current one are refused"
                      + " all the same)")),
          List.of("version"),
          Optional.empty(),
          List.of("phien_ban", "phiên bản bộ tiêu chí"));

  public static final TableSchema CRITERIA =
      new TableSchema(
          "criteria",
          "Bộ tiêu chí",
          "One node of a version's tree for one bloc: a field (only field_code), a criterion (field and criterion"
              + " codes) or a sub-criterion (all three codes), with its maximum points",
          List.of(
              required("version", STRING, "Phiên bản", "Methodology version code", "mã phiên bản"),
              code(
                  required("bloc", STRING, "Khối", "Bloc of units the node applies to"),
                  RANKED_BLOCS),
              required("field_code", STRING, "Mã lĩnh vực", "Field code, e.g. 3", "lĩnh vực"),
              nullable(
                  "criterion_code",
                  STRING,
                  "Mã tiêu chí",
                  "Criterion code, e.g. 3.2; empty on a field row",
                  "tiêu chí"),
              nullable(
                  "sub_criterion_code",
                  STRING,
                  "Mã tiêu chí thành phần",
                  "Sub-criterion code, e.g. 3.2.1; empty on field and criterion rows",
                  "mã tctp",
                  "tiêu chí thành phần"),
              required(
                  "name", STRING, "Tên", "Vietnamese name of the node", "nội dung", "tên tiêu chí"),
              nullable(
                  "max_points",
                  DOUBLE,
                  "Điểm tối đa",
                  "Maximum points; required on sub-criterion rows",
                  "điểm"),
              code(
                  nullable(
                      "assessment",
                      STRING,
                      "Hình thức đánh giá",
                      "SELF: self-scored then appraised; SURVEY: from survey answers (sub-criterion rows)",
                      "cách đánh giá"),
                  Codes.of(Assessment.class)),
              nullable(
                  "scoring",
                  STRING,
                  "Cách chấm điểm",
                  "Scoring rule: LEVELS:1|0.5|0, THRESHOLD:90%=2|70%=1|0%=0, PROPORTIONAL, SURVEY",
                  "quy tắc chấm")),
          List.of("version", "bloc", "field_code", "criterion_code", "sub_criterion_code"),
          Optional.empty(),
          List.of("tieu_chi", "bộ tiêu chí"));

  public static final TableSchema BANDS =
      new TableSchema(
          "bands",
          "Xếp loại",
          "One band of a version and bloc: units whose index (rounded to 2 decimals) is at least min_pct get it",
          List.of(
              required("version", STRING, "Phiên bản", "Methodology version code", "mã phiên bản"),
              code(required("bloc", STRING, "Khối", "Bloc the band applies to"), RANKED_BLOCS),
              required("band", STRING, "Xếp loại", "Band code, e.g. A", "nhóm", "loại"),
              required(
                  "min_pct",
                  DOUBLE,
                  "Từ (%)",
                  "Lower bound of the index in percent, inclusive",
                  "ngưỡng",
                  "từ"),
              optional("label", STRING, "Tên xếp loại", "Vietnamese label, e.g. Tốt", "tên nhóm")),
          List.of("version", "bloc", "band"),
          Optional.empty(),
          List.of("xep_loai", "xếp loại"));

  public static final TableSchema UNITS =
      new TableSchema(
          "units",
          "Danh mục đơn vị",
          "One version of a unit, valid from valid_from to valid_to inclusive. Official codes are reused across"
              + " periods: one unit_code may have several rows whose periods do not overlap, and every reference"
              + " resolves the code at a date (a year's scores at 31 December of the year)",
          List.of(
              UNIT_CODE,
              required("name", STRING, "Tên đơn vị", "Vietnamese name", "tên"),
              code(
                  required(
                      "bloc",
                      STRING,
                      "Khối",
                      "Bloc of the unit; TINH for a province (a container, never ranked)"),
                  Codes.of(Bloc.class)),
              nullable(
                  "parent_code",
                  STRING,
                  "Mã đơn vị cấp trên",
                  "Unit above it: the province for departments and districts, the district (the province from 1 July"
                      + " 2025) for communes; it must exist on every day of the unit's period",
                  "đơn vị cấp trên"),
              required(
                  "valid_from",
                  DATE,
                  "Hiệu lực từ",
                  "First day the unit exists, from "
                      + InputDates.FIRST_REGISTRY_YEAR
                      + ", "
                      + InputDates.PLANNED_RULE,
                  "từ ngày"),
              nullable(
                  "valid_to",
                  DATE,
                  "Hiệu lực đến",
                  "Last day the unit exists, "
                      + InputDates.PLANNED_RULE
                      + "; empty while it exists",
                  "đến ngày")),
          List.of("unit_code", "valid_from"),
          Optional.empty(),
          List.of("don_vi", "đơn vị", "danh mục đơn vị"));

  public static final TableSchema UNIT_LINEAGE =
      new TableSchema(
          "unit_lineage",
          "Sáp nhập, chia tách, đổi tên",
          "A predecessor (from_code, the version valid the day before effective_date) of a successor (to_code, the"
              + " version valid on effective_date, so 30307 → 30307 is a valid link). share is the predecessor's"
              + " weight in that successor's restated (AS_IS) values: the shares of one successor's links of one date"
              + " sum to 1. Whole merge: one row per predecessor, each with its weight. Predecessor divided between"
              + " successors: one row per successor, each with the predecessor's weight in that successor. Rename: 1",
          List.of(
              required(
                  "from_code",
                  STRING,
                  "Mã đơn vị cũ",
                  "Predecessor unit code (valid the day before effective_date)",
                  "đơn vị cũ"),
              required(
                  "to_code",
                  STRING,
                  "Mã đơn vị mới",
                  "Successor unit code (valid on effective_date)",
                  "đơn vị mới"),
              required(
                  "effective_date",
                  DATE,
                  "Ngày hiệu lực",
                  "Day the successor takes over, from "
                      + InputDates.FIRST_REGISTRY_YEAR
                      + ", "
                      + InputDates.PLANNED_RULE),
              code(
                  required(
                      "kind",
                      STRING,
                      "Hình thức",
                      "How the predecessor became the successor",
                      "loại"),
                  Codes.of(LineageKind.class)),
              optional(
                      "share",
                      DOUBLE,
                      "Tỷ trọng",
                      "Weight of the predecessor in this successor, 0 < share ≤ 1; a successor's shares of one date sum to 1")
                  .withDefault("1")),
          List.of("from_code", "to_code", "effective_date"),
          Optional.empty(),
          List.of("lineage", "sáp nhập"));

  public static final TableSchema SELF_SCORES =
      new TableSchema(
          "self_scores",
          "Điểm tự đánh giá",
          "A unit's self-assessed points for one sub-criterion in one year",
          List.of(
              YEAR,
              UNIT_CODE,
              SUB_CRITERION_CODE,
              nullable(
                  "points",
                  DOUBLE,
                  "Điểm tự chấm",
                  "Self-assessed points; empty when not applicable",
                  "điểm tự đánh giá",
                  "điểm"),
              optional(
                      "applicable",
                      BOOLEAN,
                      "Áp dụng",
                      "false when the sub-criterion does not apply to the unit (removed from its maximum)",
                      "có áp dụng")
                  .withDefault("true"),
              optional(
                  "evidence_count",
                  INTEGER,
                  "Số tài liệu kiểm chứng",
                  "Evidence documents attached",
                  "tài liệu kiểm chứng"),
              optional("note", STRING, "Ghi chú", "Free text")),
          List.of("year", "unit_code", "sub_criterion_code"),
          Optional.of("year"),
          List.of("tu_cham", "điểm tự chấm", "tự đánh giá"));

  public static final TableSchema APPRAISALS =
      new TableSchema(
          "appraisals",
          "Điểm thẩm định",
          "The appraisal council's points for a unit's sub-criterion in round 1 or round 2",
          List.of(
              YEAR,
              UNIT_CODE,
              SUB_CRITERION_CODE,
              required(
                      "round",
                      INTEGER,
                      "Lần thẩm định",
                      "Appraisal round; round 2 only where the unit contested round 1",
                      "lần")
                  .coded(Codes.of(AppraisalRound.class, AppraisalRound::code)),
              required("points", DOUBLE, "Điểm thẩm định", "Appraised points", "điểm"),
              optional(
                  "reason",
                  STRING,
                  "Lý do",
                  "Why points were cut or restored",
                  "lý do điều chỉnh")),
          List.of("year", "unit_code", "sub_criterion_code", "round"),
          Optional.of("year"),
          List.of("tham_dinh", "thẩm định"));

  public static final TableSchema ADJUSTMENTS =
      new TableSchema(
          "adjustments",
          "Điểm thưởng, điểm trừ",
          "Bonus or penalty points of a unit in a year",
          List.of(
              YEAR,
              UNIT_CODE,
              code(
                  required(
                      "kind",
                      STRING,
                      "Loại",
                      "Whether the points are added or taken off",
                      "thưởng/trừ"),
                  Codes.of(AdjustmentKind.class)),
              required(
                  "points",
                  DOUBLE,
                  "Điểm",
                  "Positive number of points added (BONUS) or taken off (PENALTY)"),
              optional("reason", STRING, "Lý do", "Grounds for the adjustment")),
          List.of("year", "unit_code", "kind"),
          Optional.of("year"),
          List.of("thuong_tru", "điểm thưởng trừ"));

  public static final TableSchema SURVEY_QUESTIONS =
      new TableSchema(
          "survey_questions",
          "Câu hỏi khảo sát",
          "A question of a survey design. What its answers feed is read from its own columns, never from the"
              + " survey code: a question with a sub_criterion_code feeds that SURVEY sub-criterion of the index"
              + " (the answers of year Y, in the methodology in force in Y); a question whose component is a SIPAS"
              + " component feeds the satisfaction mart (LIKERT5 only). A question may do both; one that does"
              + " neither is rejected",
          List.of(
              required(
                  "survey_code",
                  STRING,
                  "Mã khảo sát",
                  "Survey design, any code (e.g. DTXHH-V2022, SIPAS-2022, KSHL-2023): it names the"
                      + " design, it does not say what the answers feed"),
              required("question_code", STRING, "Mã câu hỏi", "Question code within the survey"),
              required(
                      "component",
                      STRING,
                      "Thành phần",
                      "SIPAS component ("
                          + String.join(", ", QuestionPurpose.SIPAS_COMPONENTS.values())
                          + "): the answers count in the satisfaction mart; otherwise the index field"
                          + " surveyed (e.g. 8), which feeds nothing by itself")
                  .upperCased(),
              nullable(
                  "sub_criterion_code",
                  STRING,
                  "Mã tiêu chí thành phần",
                  "SURVEY sub-criterion whose points the answers determine (of the methodology in force"
                      + " in each answer's year); empty for SIPAS-only questions",
                  "mã tctp"),
              code(
                  required(
                      "scale",
                      STRING,
                      "Thang đo",
                      "LIKERT5: answers 1–5; OPTIONS: lettered answers"),
                  Codes.of(SurveyScale.class)),
              nullable(
                  "option_weights",
                  STRING,
                  "Trọng số phương án",
                  "Share of the item's points per answer, e.g. A=1;B=0.6;C=0.2;D=0"),
              optional("text", STRING, "Nội dung câu hỏi", "Question text", "câu hỏi")),
          List.of("survey_code", "question_code"),
          Optional.empty(),
          List.of("cau_hoi", "câu hỏi khảo sát"));

  public static final TableSchema SURVEY_RESPONSES =
      new TableSchema(
          "survey_responses",
          "Phiếu trả lời khảo sát",
          "One answer of one respondent to one question, about one unit",
          List.of(
              YEAR,
              required("survey_code", STRING, "Mã khảo sát", "Survey design"),
              required(
                  "respondent_id",
                  STRING,
                  "Mã người trả lời",
                  "Anonymous respondent identifier",
                  "mã phiếu"),
              UNIT_CODE,
              required("question_code", STRING, "Mã câu hỏi", "Question code"),
              required(
                      "answer",
                      STRING,
                      "Trả lời",
                      "Answer: 1–5 on LIKERT5, a letter on OPTIONS",
                      "phương án")
                  .upperCased(),
              optional(
                      "weight", DOUBLE, "Trọng số", "Sampling weight of the respondent", "quyền số")
                  .withDefault("1")),
          List.of("year", "survey_code", "respondent_id", "question_code"),
          Optional.of("year"),
          List.of("tra_loi", "phiếu khảo sát"));

  public static final TableSchema INSPECTIONS =
      new TableSchema(
          "inspections",
          "Kiểm tra CCHC",
          "One reform inspection of a unit",
          List.of(
              required(
                  "inspection_id",
                  STRING,
                  "Mã cuộc kiểm tra",
                  "Inspection identifier",
                  "mã kiểm tra"),
              YEAR,
              UNIT_CODE,
              code(
                  required(
                      "form", STRING, "Hình thức", "Form of the inspection", "hình thức kiểm tra"),
                  Codes.of(InspectionForm.class)),
              required(
                  "start_date",
                  DATE,
                  "Ngày bắt đầu",
                  "First day of the inspection, in its year, " + InputDates.PAST_DAY_RULE,
                  "từ ngày"),
              nullable(
                  "end_date",
                  DATE,
                  "Ngày kết thúc",
                  "Last day of the inspection, not before start_date, " + InputDates.PLANNED_RULE,
                  "đến ngày"),
              required(
                  "lead_agency", STRING, "Cơ quan chủ trì", "Agency leading the team", "chủ trì")),
          List.of("inspection_id"),
          Optional.of("year"),
          List.of("kiem_tra", "kiểm tra"));

  public static final TableSchema FINDINGS =
      new TableSchema(
          "findings",
          "Tồn tại, hạn chế",
          "One finding of an inspection, with its recommendation, deadline and remediation",
          List.of(
              required("finding_id", STRING, "Mã tồn tại", "Finding identifier"),
              required(
                  "inspection_id",
                  STRING,
                  "Mã cuộc kiểm tra",
                  "Inspection it belongs to",
                  "mã kiểm tra"),
              required(
                  "field_code",
                  STRING,
                  "Mã lĩnh vực",
                  "Index field of the finding, or a topic: "
                      + String.join(", ", Codes.of(InspectionTopic.class).values()),
                  "lĩnh vực"),
              nullable(
                  "criterion_code",
                  STRING,
                  "Mã tiêu chí",
                  "Criterion, when the finding is that specific",
                  "tiêu chí"),
              code(
                  required("severity", STRING, "Mức độ", "Severity of the finding"),
                  Codes.of(Severity.class)),
              required(
                  "description", STRING, "Nội dung tồn tại", "What was found", "tồn tại, hạn chế"),
              nullable(
                  "recommendation",
                  STRING,
                  "Kiến nghị",
                  "What the unit must do",
                  "kiến nghị khắc phục"),
              required(
                  "due_date",
                  DATE,
                  "Hạn khắc phục",
                  "Remediation deadline, not before the inspection's start, "
                      + InputDates.PLANNED_RULE,
                  "thời hạn"),
              nullable(
                  "remediated_on",
                  DATE,
                  "Ngày khắc phục",
                  "Day the unit reported it remediated, not before the inspection's start, "
                      + InputDates.PAST_DAY_RULE
                      + "; empty if open",
                  "đã khắc phục ngày")),
          List.of("finding_id"),
          Optional.empty(),
          List.of("ton_tai", "tồn tại"));

  /**
   * A coded input column: users may type its codes in any case, and only {@code allowed} are taken.
   */
  private static Column code(Column column, Codes allowed) {
    return column.coded(allowed).upperCased();
  }

  /** All input tables, in load order: every table references only tables before it. */
  public static final List<TableSchema> ALL =
      List.of(
          METHODOLOGY_VERSIONS,
          CRITERIA,
          BANDS,
          UNITS,
          UNIT_LINEAGE,
          SURVEY_QUESTIONS,
          SELF_SCORES,
          APPRAISALS,
          ADJUSTMENTS,
          SURVEY_RESPONSES,
          INSPECTIONS,
          FINDINGS);

  public static Optional<TableSchema> byName(String name) {
    String key = HeaderNames.normalise(name);
    return ALL.stream()
        .filter(
            t ->
                HeaderNames.normalise(t.name()).equals(key)
                    || t.aliases().stream().anyMatch(a -> HeaderNames.normalise(a).equals(key)))
        .findFirst();
  }
}
