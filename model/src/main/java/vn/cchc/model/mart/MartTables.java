package vn.cchc.model.mart;

import static vn.cchc.model.schema.Column.nullable;
import static vn.cchc.model.schema.Column.required;
import static vn.cchc.model.schema.ColumnType.BOOLEAN;
import static vn.cchc.model.schema.ColumnType.DATE;
import static vn.cchc.model.schema.ColumnType.DOUBLE;
import static vn.cchc.model.schema.ColumnType.INTEGER;
import static vn.cchc.model.schema.ColumnType.STRING;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import vn.cchc.model.appraisal.GapLevel;
import vn.cchc.model.appraisal.OutlierReason;
import vn.cchc.model.inspection.InspectionTopic;
import vn.cchc.model.methodology.Assessment;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.methodology.MethodologyItem.Level;
import vn.cchc.model.methodology.ScoreSource;
import vn.cchc.model.quality.QualityRule;
import vn.cchc.model.quality.QualitySeverity;
import vn.cchc.model.schema.Codes;
import vn.cchc.model.schema.Column;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.survey.SipasComponent;
import vn.cchc.model.trend.Basis;
import vn.cchc.model.trend.ComparabilityReason;

/**
 * The marts a transform release publishes, declared once. Points are DOUBLE points of the
 * methodology; every {@code *_pct} column is a percentage in [0, 100] (not a fraction). Ranks
 * follow the published convention: ties share a rank and the next rank skips (1, 2, 2, 4), compared
 * on the index rounded half-up to two decimals, the value that is published.
 */
public final class MartTables {
  private MartTables() {}

  private static final Column YEAR = required("year", INTEGER, "Năm đánh giá", "Assessment year");
  private static final Column UNIT_CODE =
      required(
          "unit_code",
          STRING,
          "Mã đơn vị",
          "Official unit code; a code names a unit only together with a date (see unit_key)");
  private static final Column UNIT_KEY =
      required(
          "unit_key",
          STRING,
          "Khóa đơn vị",
          "The unit version, code@valid_from (e.g. 30307@2025-07-01): unique across years where codes are reused");
  private static final Column BLOC =
      required("bloc", STRING, "Khối", "Ranking bloc").coded(Codes.of(Bloc.rankedBlocs()));
  private static final Column VERSION =
      required(
          "version", STRING, "Phiên bản bộ tiêu chí", "Methodology version in force for the year");

  public static final TableSchema SCORE_FACTS =
      new TableSchema(
          "score_facts",
          "Điểm từng tiêu chí thành phần",
          "The points of one sub-criterion of one unit in one year: self-assessed, appraised in round 1 and 2,"
              + " from the survey, and the final points that count, with the source row that supplied them",
          List.of(
              YEAR,
              UNIT_CODE,
              UNIT_KEY,
              BLOC,
              VERSION,
              required("field_code", STRING, "Mã lĩnh vực", "Field of the sub-criterion"),
              required("criterion_code", STRING, "Mã tiêu chí", "Criterion of the sub-criterion"),
              required(
                  "sub_criterion_code", STRING, "Mã tiêu chí thành phần", "Sub-criterion code"),
              required(
                      "assessment",
                      STRING,
                      "Hình thức đánh giá",
                      "SELF: self-scored, appraised; SURVEY: from answers")
                  .coded(Codes.of(Assessment.class)),
              required("max_points", DOUBLE, "Điểm tối đa", "Maximum points of the sub-criterion"),
              required(
                  "applicable",
                  BOOLEAN,
                  "Áp dụng",
                  "false when the sub-criterion does not apply to the unit; it is then removed from the maximum"),
              nullable(
                  "self_points",
                  DOUBLE,
                  "Điểm tự đánh giá",
                  "Self-assessed points; empty if none were given"),
              nullable(
                  "appraisal_r1_points",
                  DOUBLE,
                  "Điểm thẩm định lần 1",
                  "Appraised points, round 1"),
              nullable(
                  "appraisal_r2_points",
                  DOUBLE,
                  "Điểm thẩm định lần 2",
                  "Appraised points, round 2 (only where the unit contested round 1)"),
              nullable(
                  "survey_points",
                  DOUBLE,
                  "Điểm điều tra xã hội học",
                  "SURVEY items: maximum × weighted mean of the option weights of the answers"),
              nullable(
                  "survey_answers",
                  INTEGER,
                  "Số câu trả lời khảo sát",
                  "SURVEY items: answers counted"),
              nullable(
                  "final_points",
                  DOUBLE,
                  "Điểm tính chỉ số",
                  "Points that count: round 2, else round 1, else the self score provisionally, else 0;"
                      + " survey points for SURVEY items; empty when not applicable"),
              required(
                      "score_source",
                      STRING,
                      "Nguồn điểm",
                      "Where final_points came from; SELF_PROVISIONAL: never appraised, MISSING: no score at"
                          + " all, NO_ANSWERS: a SURVEY item without a counted answer (0 points, provisional)")
                  .coded(Codes.of(ScoreSource.class)),
              required(
                  "provisional",
                  BOOLEAN,
                  "Tạm tính",
                  "true when the points may still change: the self score stands in for an appraisal"
                      + " (SELF_PROVISIONAL), or a SURVEY item has no counted answer and counts 0 until"
                      + " its survey is loaded (NO_ANSWERS)"),
              nullable(
                  "source_batch_id",
                  STRING,
                  "Lô nạp nguồn",
                  "Ingestion batch of the row that gave final_points"),
              nullable(
                  "source_file",
                  STRING,
                  "Tệp nguồn",
                  "File (and sheet) of the row that gave final_points"),
              nullable(
                  "source_row",
                  INTEGER,
                  "Dòng nguồn",
                  "Row number of the row that gave final_points")),
          List.of("year", "unit_key", "sub_criterion_code"),
          Optional.empty(),
          List.of());

  public static final TableSchema INDEX_SCORES =
      new TableSchema(
          "index_scores",
          "Chỉ số CCHC",
          "The PAR index of one unit in one year, with its rank in the bloc and its band",
          List.of(
              YEAR,
              UNIT_CODE,
              UNIT_KEY,
              required("unit_name", STRING, "Tên đơn vị", "Vietnamese name of the unit"),
              BLOC,
              VERSION,
              required(
                  "self_total",
                  DOUBLE,
                  "Tổng điểm tự đánh giá",
                  "Sum of self points of applicable SELF items"),
              required(
                  "appraised_total",
                  DOUBLE,
                  "Tổng điểm thẩm định",
                  "Sum of final points of applicable SELF items (provisional self scores included)"),
              required(
                  "survey_total", DOUBLE, "Tổng điểm điều tra xã hội học", "Sum of survey points"),
              required("bonus_points", DOUBLE, "Điểm thưởng", "Bonus points, 0 when none"),
              required("penalty_points", DOUBLE, "Điểm trừ", "Penalty points, 0 when none"),
              required(
                  "total_points",
                  DOUBLE,
                  "Tổng điểm",
                  "appraised_total + survey_total + bonus_points − penalty_points"),
              required(
                  "applicable_max",
                  DOUBLE,
                  "Tổng điểm tối đa áp dụng",
                  "Sum of the maxima of the sub-criteria that apply to the unit"),
              required(
                  "index_pct", DOUBLE, "Chỉ số CCHC (%)", "total_points ÷ applicable_max × 100"),
              required(
                  "index_pct_rounded",
                  DOUBLE,
                  "Chỉ số CCHC công bố (%)",
                  "index_pct rounded half-up to 2 decimals: the published value, used for rank and band"),
              required(
                  "rank_in_bloc",
                  INTEGER,
                  "Xếp hạng trong khối",
                  "Rank in the bloc; ties share a rank (1, 2, 2, 4)"),
              required(
                  "units_ranked",
                  INTEGER,
                  "Số đơn vị xếp hạng",
                  "Units ranked in the bloc that year"),
              nullable(
                  "band",
                  STRING,
                  "Xếp loại",
                  "Band of the version and bloc; empty below every band"),
              nullable("band_label", STRING, "Tên xếp loại", "Vietnamese label of the band"),
              required(
                  "completeness_pct",
                  DOUBLE,
                  "Mức độ đầy đủ (%)",
                  "Share of applicable sub-criteria whose points are final (appraised or surveyed), in %"),
              required(
                  "provisional",
                  BOOLEAN,
                  "Tạm tính",
                  "true when the index may still change: some self score was never appraised"
                      + " (MISSING_ROUND1 in data_quality) or some SURVEY sub-criterion has no counted"
                      + " answer for the unit (SURVEY_NO_ANSWERS)")),
          List.of("year", "unit_key"),
          Optional.empty(),
          List.of());

  public static final TableSchema COMPONENT_SCORES =
      new TableSchema(
          "component_scores",
          "Chỉ số thành phần",
          "The points and percentage of one unit in one field (level FIELD) or criterion (level CRITERION)"
              + " in one year, with its rank in the bloc",
          List.of(
              YEAR,
              UNIT_CODE,
              UNIT_KEY,
              BLOC,
              VERSION,
              required("level", STRING, "Cấp", "FIELD (lĩnh vực) or CRITERION (tiêu chí)")
                  .coded(Codes.of(EnumSet.of(Level.FIELD, Level.CRITERION))),
              required("field_code", STRING, "Mã lĩnh vực", "Field code"),
              nullable(
                  "criterion_code", STRING, "Mã tiêu chí", "Criterion code; empty on FIELD rows"),
              required("code", STRING, "Mã", "The field or criterion code of the row"),
              required("name", STRING, "Tên", "Vietnamese name of the field or criterion"),
              required(
                  "points", DOUBLE, "Điểm đạt được", "Final points of the applicable sub-criteria"),
              required(
                  "max_points",
                  DOUBLE,
                  "Điểm tối đa áp dụng",
                  "Maxima of the applicable sub-criteria"),
              nullable(
                  "pct",
                  DOUBLE,
                  "Tỷ lệ đạt (%)",
                  "points ÷ max_points × 100; empty when nothing applies"),
              nullable(
                  "rank_in_bloc",
                  INTEGER,
                  "Xếp hạng trong khối",
                  "Rank on pct rounded to 2 decimals among the bloc's units; ties share a rank")),
          List.of("year", "unit_key", "level", "code"),
          Optional.empty(),
          List.of());

  public static final TableSchema INDEX_TRENDS =
      new TableSchema(
          "index_trends",
          "Diễn biến chỉ số qua các năm",
          "The index of a unit in a year beside its previous year's value. Basis AS_WAS compares units as they"
              + " were; AS_IS restates history onto today's units through the lineage shares",
          List.of(
              required(
                      "basis",
                      STRING,
                      "Cách so sánh",
                      "AS_WAS (đơn vị như thời điểm đó) or AS_IS (quy đổi về đơn vị hiện nay)")
                  .coded(Codes.of(Basis.class)),
              UNIT_CODE,
              UNIT_KEY,
              YEAR,
              BLOC,
              VERSION,
              required(
                  "index_pct",
                  DOUBLE,
                  "Chỉ số CCHC (%)",
                  "The index; restated when restated is true"),
              required(
                  "rank_in_bloc",
                  INTEGER,
                  "Xếp hạng trong khối",
                  "Rank among the basis' units of the bloc"),
              nullable(
                  "previous_index_pct",
                  DOUBLE,
                  "Chỉ số năm trước (%)",
                  "Value of the previous year, same basis"),
              nullable(
                  "change_pp",
                  DOUBLE,
                  "Thay đổi (điểm %)",
                  "index_pct − previous_index_pct, percentage points"),
              nullable(
                  "previous_rank",
                  INTEGER,
                  "Xếp hạng năm trước",
                  "Rank in the previous year, same basis"),
              nullable(
                  "rank_change",
                  INTEGER,
                  "Thay đổi thứ hạng",
                  "previous_rank − rank_in_bloc: positive = moved up"),
              required(
                  "comparable",
                  BOOLEAN,
                  "So sánh được",
                  "true when comparability_reason is empty: the change compares like with like"),
              nullable(
                      "comparability_reason",
                      STRING,
                      "Lý do không so sánh được",
                      "AS_WAS, first that applies: UNIT_MERGED, UNIT_SPLIT or UNIT_RENAMED (a lineage link into this unit"
                          + " version takes effect this year), UNIT_CREATED (no previous value and the version began after"
                          + " 31 December of the previous year: a code reused by a new unit is a new unit), NO_PREVIOUS_VALUE,"
                          + " METHODOLOGY_CHANGED. AS_IS: NO_PREVIOUS_VALUE, METHODOLOGY_CHANGED, RESTATED_PARTIAL (this or"
                          + " the previous year's value is restated over only some predecessors); a value restated over all"
                          + " its predecessors compares like with like")
                  .coded(Codes.of(ComparabilityReason.class)),
              required(
                  "restated",
                  BOOLEAN,
                  "Giá trị quy đổi",
                  "AS_IS only: the value is the share-weighted value of predecessors"),
              required(
                  "partial",
                  BOOLEAN,
                  "Quy đổi thiếu",
                  "Restated over only some predecessors: some have no index that year (the weights are renormalised over"
                      + " the rest) or their links were set aside (data_quality LINEAGE_CYCLE)"),
              nullable(
                  "restated_from",
                  STRING,
                  "Quy đổi từ",
                  "Predecessor versions used, as unit_key:weight sorted and separated by ';'; the weight is the one"
                      + " applied, i.e. the composed share renormalised over the predecessors that have data, to 4 decimals")),
          List.of("basis", "unit_key", "year"),
          Optional.empty(),
          List.of());

  public static final TableSchema TREND_SUMMARIES =
      new TableSchema(
          "trend_summaries",
          "Tổng hợp diễn biến chỉ số theo khối",
          "Province-level figures per basis, bloc and year as the annual reports publish them",
          List.of(
              required("basis", STRING, "Cách so sánh", "AS_WAS or AS_IS")
                  .coded(Codes.of(Basis.class)),
              YEAR,
              BLOC,
              required("units", INTEGER, "Số đơn vị", "Units with an index"),
              required("average_pct", DOUBLE, "Chỉ số trung bình (%)", "Mean index of the bloc"),
              nullable(
                  "previous_average_pct",
                  DOUBLE,
                  "Trung bình năm trước (%)",
                  "Mean index of the previous year"),
              nullable(
                  "change_pp",
                  DOUBLE,
                  "Thay đổi trung bình (điểm %)",
                  "average_pct − previous_average_pct"),
              required(
                  "units_above_average",
                  INTEGER,
                  "Số đơn vị trên trung bình",
                  "Units with index above the mean"),
              required(
                  "units_up",
                  INTEGER,
                  "Số đơn vị tăng",
                  "Units whose index rose against the previous year"),
              required(
                  "units_down",
                  INTEGER,
                  "Số đơn vị giảm",
                  "Units whose index fell against the previous year"),
              nullable(
                  "largest_rise_unit",
                  STRING,
                  "Đơn vị tăng nhiều nhất",
                  "unit_key of the unit with the largest rise (ties: lowest key)"),
              nullable(
                  "largest_rise_pp",
                  DOUBLE,
                  "Mức tăng lớn nhất (điểm %)",
                  "Its rise in percentage points"),
              nullable(
                  "largest_fall_unit",
                  STRING,
                  "Đơn vị giảm nhiều nhất",
                  "unit_key of the unit with the largest fall (ties: lowest key)"),
              nullable(
                  "largest_fall_pp",
                  DOUBLE,
                  "Mức giảm lớn nhất (điểm %)",
                  "Its change, a negative number")),
          List.of("basis", "year", "bloc"),
          Optional.empty(),
          List.of());

  public static final TableSchema CRITERION_HEATMAP =
      new TableSchema(
          "criterion_heatmap",
          "Bản đồ nhiệt theo tiêu chí",
          "The attainment of one unit in one criterion in one year",
          List.of(
              YEAR,
              BLOC,
              UNIT_CODE,
              UNIT_KEY,
              VERSION,
              required("field_code", STRING, "Mã lĩnh vực", "Field code"),
              required("criterion_code", STRING, "Mã tiêu chí", "Criterion code"),
              required("criterion_name", STRING, "Tên tiêu chí", "Vietnamese name"),
              required("points", DOUBLE, "Điểm đạt được", "Final points in the criterion"),
              required(
                  "max_points",
                  DOUBLE,
                  "Điểm tối đa áp dụng",
                  "Applicable maximum of the criterion"),
              required("attainment_pct", DOUBLE, "Tỷ lệ đạt (%)", "points ÷ max_points × 100"),
              required("weak", BOOLEAN, "Yếu", "attainment_pct below the weakness threshold")),
          List.of("year", "unit_key", "criterion_code"),
          Optional.empty(),
          List.of());

  public static final TableSchema CRITERION_WEAKNESS =
      new TableSchema(
          "criterion_weakness",
          "Tiêu chí yếu theo khối",
          "How a bloc fares in one criterion in one year: mean attainment and the units below the threshold",
          List.of(
              YEAR,
              BLOC,
              VERSION,
              required("criterion_code", STRING, "Mã tiêu chí", "Criterion code"),
              required("criterion_name", STRING, "Tên tiêu chí", "Vietnamese name"),
              required("units", INTEGER, "Số đơn vị", "Units to which the criterion applies"),
              required(
                  "mean_attainment_pct",
                  DOUBLE,
                  "Tỷ lệ đạt bình quân (%)",
                  "Mean attainment of the units"),
              required(
                  "threshold_pct",
                  DOUBLE,
                  "Ngưỡng yếu (%)",
                  "Attainment below this is weak (configurable)"),
              required(
                  "units_below", INTEGER, "Số đơn vị dưới ngưỡng", "Units weak in the criterion"),
              required(
                  "share_below_pct",
                  DOUBLE,
                  "Tỷ lệ đơn vị dưới ngưỡng (%)",
                  "units_below ÷ units × 100"),
              required(
                  "persistent_units",
                  INTEGER,
                  "Số đơn vị yếu liên tiếp",
                  "Units weak in the criterion this year and the previous year"),
              nullable(
                  "persistent_unit_codes",
                  STRING,
                  "Đơn vị yếu liên tiếp",
                  "Their codes, sorted, separated by ','; the same unit version both years (a code names one version in a"
                      + " year)")),
          List.of("year", "bloc", "criterion_code"),
          Optional.empty(),
          List.of());

  public static final TableSchema APPRAISAL_GAPS =
      new TableSchema(
          "appraisal_gaps",
          "Chênh lệch tự chấm và thẩm định",
          "Self points minus appraised points of one unit in one year, overall (level UNIT) or per field"
              + " (level FIELD), with the outlier test against the bloc",
          List.of(
              YEAR,
              UNIT_CODE,
              UNIT_KEY,
              BLOC,
              required("level", STRING, "Cấp", "UNIT or FIELD").coded(Codes.of(GapLevel.class)),
              required("field_code", STRING, "Mã lĩnh vực", "Field code; '*' on UNIT rows"),
              required(
                  "self_points",
                  DOUBLE,
                  "Điểm tự đánh giá",
                  "Self points of applicable self-scored items"),
              required(
                  "appraised_points", DOUBLE, "Điểm thẩm định", "Final points of the same items"),
              required("gap_points", DOUBLE, "Chênh lệch (điểm)", "self_points − appraised_points"),
              nullable(
                  "gap_pct",
                  DOUBLE,
                  "Chênh lệch (% điểm tự chấm)",
                  "gap_points ÷ self_points × 100"),
              nullable(
                  "modified_z",
                  DOUBLE,
                  "Điểm z hiệu chỉnh",
                  "0.6745 × (gap_pct − bloc median) ÷ MAD; empty when MAD is 0"),
              nullable(
                  "q1_pct",
                  DOUBLE,
                  "Tứ phân vị 1 (%)",
                  "First quartile of the bloc's gap_pct (linear interpolation)"),
              nullable(
                  "q3_pct", DOUBLE, "Tứ phân vị 3 (%)", "Third quartile of the bloc's gap_pct"),
              required(
                  "outlier",
                  BOOLEAN,
                  "Bất thường",
                  "|modified_z| > 3.5 or gap_pct outside [q1 − 1.5·IQR, q3 + 1.5·IQR]"),
              nullable(
                      "outlier_reason",
                      STRING,
                      "Lý do bất thường",
                      "MODIFIED_Z, IQR or MODIFIED_Z;IQR")
                  .coded(Codes.of(OutlierReason.class, OutlierReason::code))),
          List.of("year", "unit_key", "level", "field_code"),
          Optional.empty(),
          List.of());

  public static final TableSchema SATISFACTION =
      new TableSchema(
          "satisfaction",
          "Mức độ hài lòng (SIPAS)",
          "Satisfaction with one unit's services in one year, per SIPAS component and OVERALL",
          List.of(
              YEAR,
              UNIT_CODE,
              UNIT_KEY,
              required(
                  "survey_code",
                  STRING,
                  "Mã khảo sát",
                  "Survey design of the answers (any code, e.g. SIPAS-2022): its questions whose"
                      + " component is a SIPAS component count, LIKERT5 only"),
              required(
                      "component",
                      STRING,
                      "Thành phần",
                      "SIPAS component, or " + SipasComponent.OVERALL_CODE + " over all five")
                  .coded(Codes.of(SipasComponent.class).withFirst(SipasComponent.OVERALL_CODE)),
              required("respondents", INTEGER, "Số người trả lời", "Distinct respondents"),
              required("answers", INTEGER, "Số câu trả lời", "Answers counted"),
              required(
                  "satisfied_pct",
                  DOUBLE,
                  "Tỷ lệ hài lòng (%)",
                  "Weighted share of answers 4 or 5 (hài lòng, rất hài lòng), in %"),
              required(
                  "mean_score", DOUBLE, "Điểm trung bình", "Weighted mean answer on the 1–5 scale"),
              required(
                  "wilson_low_pct",
                  DOUBLE,
                  "Cận dưới 95% (%)",
                  "Wilson 95 % interval of satisfied_pct with n = respondents, lower bound"),
              required("wilson_high_pct", DOUBLE, "Cận trên 95% (%)", "Upper bound"),
              required(
                  "small_sample", BOOLEAN, "Mẫu nhỏ", "Fewer than 30 respondents (configurable)"),
              required(
                  "design_break",
                  BOOLEAN,
                  "Thay đổi thiết kế khảo sát",
                  "The survey design differs from the previous year's: do not compare across it")),
          List.of("year", "unit_key", "component"),
          Optional.empty(),
          List.of());

  public static final TableSchema INSPECTION_OUTCOMES =
      new TableSchema(
          "inspection_outcomes",
          "Kết quả kiểm tra và khắc phục",
          "Findings of the inspections of one unit in one year in one field or topic, and their remediation"
              + " as of the release date",
          List.of(
              YEAR,
              UNIT_CODE,
              UNIT_KEY,
              required(
                  "field_code",
                  STRING,
                  "Mã lĩnh vực",
                  "Index field or topic ("
                      + String.join(", ", Codes.of(InspectionTopic.class).values())
                      + ")"),
              required("findings", INTEGER, "Số tồn tại", "Findings"),
              required(
                  "remediated_on_time",
                  INTEGER,
                  "Khắc phục đúng hạn",
                  "Remediated on or before the deadline"),
              required(
                  "remediated_late", INTEGER, "Khắc phục trễ hạn", "Remediated after the deadline"),
              required(
                  "open_findings",
                  INTEGER,
                  "Chưa khắc phục",
                  "Not remediated as of the release date"),
              required(
                  "overdue",
                  INTEGER,
                  "Quá hạn",
                  "Open and past the deadline as of the release date"),
              nullable(
                  "median_days_to_remediate",
                  DOUBLE,
                  "Số ngày khắc phục (trung vị)",
                  "Median days from the end of the inspection to remediation"),
              required("as_of_date", DATE, "Tính đến ngày", "Release date the status refers to")),
          List.of("year", "unit_key", "field_code"),
          Optional.empty(),
          List.of());

  public static final TableSchema INSPECTION_TARGETS =
      new TableSchema(
          "inspection_targets",
          "Đề xuất đối tượng kiểm tra",
          "Units of the latest index year proposed for next year's inspection plan, ranked by a documented"
              + " score: index in the bottom quarter of the bloc 30; 5 per weak criterion (at most 25); latest"
              + " overall satisfaction below the threshold 20; 3 per open finding not yet due and 5 per overdue"
              + " finding (at most 25); 5 per year since the last inspection (at most 20; never inspected 20)",
          List.of(
              required("plan_year", INTEGER, "Năm kế hoạch", "Year of the inspection plan"),
              UNIT_CODE,
              UNIT_KEY,
              required("unit_name", STRING, "Tên đơn vị", "Vietnamese name"),
              BLOC,
              required("index_year", INTEGER, "Năm chỉ số", "Latest index year used"),
              nullable("index_pct", DOUBLE, "Chỉ số CCHC (%)", "The unit's index that year"),
              required(
                  "score_low_index",
                  DOUBLE,
                  "Điểm: chỉ số thấp",
                  "30 when in the bottom quarter of its bloc"),
              required(
                  "score_failing_criteria",
                  DOUBLE,
                  "Điểm: tiêu chí không đạt",
                  "5 per weak criterion, at most 25"),
              required(
                  "score_low_satisfaction",
                  DOUBLE,
                  "Điểm: hài lòng thấp",
                  "20 when the latest overall satisfied_pct is below the threshold"),
              required(
                  "score_findings",
                  DOUBLE,
                  "Điểm: tồn tại chưa khắc phục",
                  "3 per open finding not yet due plus 5 per overdue finding, at most 25"),
              required(
                  "score_since_inspection",
                  DOUBLE,
                  "Điểm: lâu chưa kiểm tra",
                  "5 per year since the last inspection, at most 20; 20 if never inspected"),
              required("total_score", DOUBLE, "Tổng điểm ưu tiên", "Sum of the score columns"),
              required(
                  "priority_rank",
                  INTEGER,
                  "Thứ tự ưu tiên",
                  "1 = inspect first; ties share a rank"),
              required(
                  "reasons_vi", STRING, "Lý do đề xuất", "The reasons, written out in Vietnamese")),
          List.of("plan_year", "unit_key"),
          Optional.empty(),
          List.of());

  public static final TableSchema DATA_QUALITY =
      new TableSchema(
          "data_quality",
          "Kiểm tra chất lượng dữ liệu",
          "A rule violation found while transforming; nothing is corrected silently",
          List.of(
              required(
                      "rule",
                      STRING,
                      "Quy tắc",
                      "UNIT_NO_SCORES, UNRESOLVED_UNIT, LINEAGE_CYCLE, MISSING_ROUND1, ROUND2_WITHOUT_ROUND1,"
                          + " APPRAISED_ABOVE_MAX, MISSING_SELF_SCORE, SURVEY_NO_ANSWERS, SURVEY_UNKNOWN_ANSWER or NO_BAND_SCALE."
                          + " UNRESOLVED_UNIT: one row per year and code, counting per table the rows whose code has no version"
                          + " on the day it resolves at (left out of every mart). LINEAGE_CYCLE: lineage links on a cycle of"
                          + " unit versions, one row per year and predecessor code (set aside by the AS_IS restatement)")
                  .coded(Codes.of(QualityRule.class)),
              required(
                      "severity",
                      STRING,
                      "Mức độ",
                      "ERROR (the figure is wrong or missing) or WARNING (provisional)")
                  .coded(Codes.of(QualitySeverity.class)),
              nullable("year", INTEGER, "Năm", "Assessment year"),
              nullable("unit_code", STRING, "Mã đơn vị", "Unit concerned, as the input names it"),
              nullable(
                  "unit_key",
                  STRING,
                  "Khóa đơn vị",
                  "The unit version concerned, when the code resolves"),
              nullable(
                  "sub_criterion_code",
                  STRING,
                  "Mã tiêu chí thành phần",
                  "Sub-criterion concerned"),
              required(
                  "detail_vi",
                  STRING,
                  "Chi tiết",
                  "What was found and what the transform did, in Vietnamese")),
          List.of("rule", "year", "unit_code", "sub_criterion_code"),
          Optional.empty(),
          List.of());

  /** Every mart, in the order the transform computes them. */
  public static final List<TableSchema> ALL =
      List.of(
          SCORE_FACTS,
          INDEX_SCORES,
          COMPONENT_SCORES,
          INDEX_TRENDS,
          TREND_SUMMARIES,
          CRITERION_HEATMAP,
          CRITERION_WEAKNESS,
          APPRAISAL_GAPS,
          SATISFACTION,
          INSPECTION_OUTCOMES,
          INSPECTION_TARGETS,
          DATA_QUALITY);

  public static Optional<TableSchema> byName(String name) {
    return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
  }
}
