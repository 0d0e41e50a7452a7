package vn.cchc.report.plan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.DoubleSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.inspection.InspectionForm;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.survey.SipasComponent;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.inspection.InspectionPlanQueries;
import vn.cchc.query.inspection.RemediationQueries;
import vn.cchc.report.model.ResultRow;
import vn.cchc.report.plan.InspectionPlan.BlocResult;
import vn.cchc.report.plan.InspectionPlan.ContentArea;
import vn.cchc.report.plan.InspectionPlan.Field;
import vn.cchc.report.plan.InspectionPlan.FieldEffect;
import vn.cchc.report.plan.InspectionPlan.ProposedUnit;
import vn.cchc.report.plan.PlanConfig.Score;
import vn.cchc.report.text.Formats;

/**
 * Drafts the plan from a release by the rules of a {@link PlanConfig}:
 *
 * <ol>
 *   <li>priority = Σ weight × score over the scores of {@code inspection_targets} (weights 1: the
 *       mart's {@code total_score}); units with priority 0 are not proposed;
 *   <li>the {@code units} highest priorities are proposed; ties are broken by the lower index, then
 *       the code;
 *   <li>the form: surprise when at least {@code surprise.min-overdue} findings are past their
 *       deadline; else re-inspection when findings of last year's inspections are still open; else
 *       a review of reports when the unit ranks in the top {@code report-review.top-share} of its
 *       bloc with nothing open; else an announced on-site inspection;
 *   <li>the quarter: the list in priority order is cut into as many equal runs as there are
 *       quarters, the first run in the first quarter (the weakest are inspected first);
 *   <li>the content areas: each field with weak criteria (with the field's and the criteria's
 *       attainment), each SIPAS component below {@code low-satisfaction-pct} (with the share, its
 *       95 % interval and the respondents), each field with findings still open (with how many are
 *       overdue).
 * </ol>
 */
public final class PlanAssembler {
  private final InspectionPlanQueries q;
  private final RemediationQueries remediation;

  public PlanAssembler(QueryExecutor executor) {
    this.q = new InspectionPlanQueries(executor);
    this.remediation = new RemediationQueries(executor);
  }

  /** The plan of {@code planYear}, or of the latest year the release proposes units for. */
  public InspectionPlan assemble(
      Integer planYear, String releaseId, LocalDate asOf, PlanConfig config) {
    List<Integer> years =
        q.planYears().rows().stream().map(r -> ((Number) r.get(0)).intValue()).toList();
    if (years.isEmpty()) {
      throw new CchcException(
          ErrorCode.NOT_FOUND,
          "Bản phát hành "
              + releaseId
              + " chưa có Chỉ số CCHC của năm nào, nên chưa có đề xuất đối tượng kiểm tra (hãy nạp"
              + " điểm tự đánh giá và thẩm định rồi chạy ./cchc transform)");
    }
    int year = planYear == null ? years.get(0) : planYear;
    if (!years.contains(year)) {
      boolean indexed =
          q.indexYears().rows().stream().anyMatch(r -> ((Number) r.get(0)).intValue() == year - 1);
      String can =
          " (lập được kế hoạch năm: "
              + years.stream().map(String::valueOf).collect(Collectors.joining(", "))
              + ")";
      throw new CchcException(
          ErrorCode.NOT_FOUND,
          indexed
              ? "Không thể lập kế hoạch kiểm tra năm "
                  + year
                  + ": bản phát hành "
                  + releaseId
                  + " chỉ đề xuất đối tượng kiểm tra cho năm sau năm chỉ số mới nhất, vì tình trạng"
                  + " tồn tại và kiểm tra là tình trạng đến ngày "
                  + Formats.date(asOf)
                  + can
              : "Không thể lập kế hoạch kiểm tra năm "
                  + year
                  + ": kế hoạch năm Y dựa trên Chỉ số CCHC năm Y − 1, mà bản phát hành "
                  + releaseId
                  + " không có Chỉ số CCHC năm "
                  + (year - 1)
                  + can);
    }
    List<ResultRow> candidates = ResultRow.of(q.candidates(year));
    int indexYear = candidates.get(0).integer("index_year");
    List<ResultRow> chosen = choose(candidates, config);
    if (chosen.isEmpty()) {
      throw new CchcException(
          ErrorCode.NOT_FOUND,
          "Không có đơn vị nào để đề xuất kiểm tra năm "
              + year
              + ": mọi đơn vị có điểm ưu tiên bằng 0 theo trọng số đã cấu hình");
    }
    Map<String, List<ResultRow>> weak = byUnit(ResultRow.of(q.weakCriteria(indexYear)));
    Map<String, List<ResultRow>> lowSat =
        byUnit(ResultRow.of(q.lowSatisfaction(indexYear, config.lowSatisfactionPct())));
    List<ResultRow> open = ResultRow.of(q.openFindings());
    Map<String, List<ResultRow>> openByUnit = byUnit(open);

    List<ProposedUnit> units = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      ResultRow c = chosen.get(i);
      String key = c.string("unit_key");
      Form form = form(c, config);
      units.add(
          new ProposedUnit(
              i + 1,
              c.integer("priority_rank"),
              c.string("unit_code"),
              key,
              c.string("unit_label"),
              Bloc.valueOf(c.string("bloc")),
              config.quarters().get(quarterIndex(i, chosen.size(), config.quarters().size())),
              form.form(),
              form.reason(),
              priority(c, config),
              c.decimal("total_score"),
              c.string("reasons_vi"),
              contentAreas(
                  weak.getOrDefault(key, List.of()),
                  lowSat.getOrDefault(key, List.of()),
                  openByUnit.getOrDefault(key, List.of()),
                  config)));
    }
    String province =
        q.province(year).first().map(r -> (String) r.get("name")).orElse("[Tên tỉnh]");
    return new InspectionPlan(
        year,
        indexYear,
        releaseId,
        asOf,
        province,
        candidates.size(),
        units,
        blocResults(candidates, units),
        ResultRow.of(q.fields(indexYear)).stream()
            .map(
                r ->
                    new Field(
                        Bloc.valueOf(r.string("bloc")),
                        r.string("field_code"),
                        r.string("field_name")))
            .toList(),
        open.size(),
        (int) open.stream().filter(r -> r.flag("overdue")).count(),
        effects(),
        config);
  }

  private List<FieldEffect> effects() {
    List<FieldEffect> out = new ArrayList<>();
    for (ResultRow r : ResultRow.of(remediation.effectByField(null))) {
      if (r.integer("units_compared") > 0) {
        out.add(
            new FieldEffect(
                r.integer("year"),
                r.string("field_code"),
                r.string("field_name"),
                r.integer("units_compared"),
                r.decimal("mean_change_pts"),
                r.decimal("mean_bloc_change_pts"),
                r.integer("units_beat_bloc")));
      }
    }
    return out;
  }

  /** The proposed candidates: positive priority, highest first, lower index, then code. */
  static List<ResultRow> choose(List<ResultRow> candidates, PlanConfig config) {
    int n = config.unitsOutOf(candidates.size());
    return candidates.stream()
        .filter(c -> priority(c, config) > 0)
        .sorted(
            Comparator.comparingDouble((ResultRow c) -> -priority(c, config))
                .thenComparing(c -> indexOrLowest(c))
                .thenComparing(c -> c.string("unit_code"))
                .thenComparing(c -> c.string("unit_key")))
        .limit(n)
        .toList();
  }

  private static double indexOrLowest(ResultRow c) {
    Double pct = c.decimalOrNull("index_pct");
    return pct == null ? Double.NEGATIVE_INFINITY : pct;
  }

  static double priority(ResultRow c, PlanConfig config) {
    double p = 0;
    for (Score s : Score.values()) {
      p += config.weights().get(s) * c.decimal(s.column);
    }
    return p;
  }

  record Form(InspectionForm form, String reason) {}

  static Form form(ResultRow c, PlanConfig config) {
    int overdue = c.integer("overdue_findings");
    if (overdue >= config.surpriseMinOverdue()) {
      return new Form(
          InspectionForm.SURPRISE,
          overdue
              + " tồn tại quá hạn chưa khắc phục (lâu nhất "
              + Formats.integer(c.integer("max_days_overdue"))
              + " ngày)");
    }
    int openLastYear = c.integer("open_from_last_year");
    if (openLastYear >= config.reinspectionMinOpen()) {
      return new Form(
          InspectionForm.REINSPECTION,
          openLastYear
              + " tồn tại của lần kiểm tra năm "
              + (c.integer("plan_year") - 1)
              + " chưa khắc phục");
    }
    Integer rank = c.integerOrNull("rank_in_bloc");
    int ranked = c.integer("units_ranked");
    if (rank != null
        && c.integer("open_findings") == 0
        && rank <= Math.floor(config.reportReviewTopShare() * ranked + 1e-9)) {
      return new Form(
          InspectionForm.REPORT_REVIEW,
          "xếp hạng " + rank + "/" + ranked + " trong khối, không còn tồn tại chưa khắc phục");
    }
    return new Form(InspectionForm.ANNOUNCED, "");
  }

  /** The quarter of the {@code i}-th unit of {@code n} over {@code q} quarters, in equal runs. */
  static int quarterIndex(int i, int n, int q) {
    return (int) ((long) i * q / n);
  }

  private static List<ContentArea> contentAreas(
      List<ResultRow> weak, List<ResultRow> lowSat, List<ResultRow> open, PlanConfig config) {
    List<ContentArea> areas = new ArrayList<>();
    for (List<ResultRow> rows : byField(weak).values()) {
      ResultRow f = rows.get(0);
      Double fieldPct = f.decimalOrNull("field_pct");
      String criteria =
          rows.stream()
              .map(
                  r ->
                      "tiêu chí "
                          + r.string("criterion_code")
                          + " "
                          + r.string("criterion_name")
                          + " đạt "
                          + Formats.pct(r.decimal("attainment_pct")))
              .collect(Collectors.joining("; "));
      areas.add(
          new ContentArea(
              "Lĩnh vực " + f.string("field_code") + ". " + f.string("field_name"),
              (fieldPct == null ? "" : "lĩnh vực đạt " + Formats.pct(fieldPct) + "; ") + criteria));
    }
    for (ResultRow s : lowSat) {
      String component = s.string("component");
      String label =
          java.util.Arrays.stream(SipasComponent.values())
              .filter(c -> c.name().equals(component))
              .map(SipasComponent::labelVi)
              .findFirst()
              .orElse(component);
      areas.add(
          new ContentArea(
              "Sự hài lòng về " + label.toLowerCase(java.util.Locale.forLanguageTag("vi")),
              "năm "
                  + s.integer("year")
                  + " đạt "
                  + Formats.pct(s.decimal("satisfied_pct"))
                  + " (dưới "
                  + Formats.decimal(config.lowSatisfactionPct(), 0)
                  + "%; khoảng tin cậy 95%: "
                  + Formats.pct(s.decimal("wilson_low_pct"))
                  + " – "
                  + Formats.pct(s.decimal("wilson_high_pct"))
                  + "; "
                  + s.integer("respondents")
                  + " người trả lời"
                  + (s.flag("small_sample") ? ", mẫu nhỏ" : "")
                  + ")"));
    }
    for (List<ResultRow> rows : byField(open).values()) {
      long overdue = rows.stream().filter(r -> r.flag("overdue")).count();
      int longest = rows.stream().mapToInt(r -> r.integer("days_overdue")).max().orElse(0);
      areas.add(
          new ContentArea(
              "Khắc phục tồn tại về " + rows.get(0).string("field_name"),
              rows.size()
                  + " tồn tại chưa khắc phục"
                  + (overdue > 0
                      ? ", " + overdue + " quá hạn (lâu nhất " + Formats.integer(longest) + " ngày)"
                      : "")
                  + ": "
                  + rows.stream()
                      .map(r -> r.string("finding_id"))
                      .collect(Collectors.joining(", "))));
    }
    return areas;
  }

  /** Index fields in their numeric order, then the topics. */
  private static String fieldOrder(String code) {
    return code.matches("\\d+") ? String.format("%05d", Integer.parseInt(code)) : "~" + code;
  }

  private static Map<String, List<ResultRow>> byUnit(List<ResultRow> rows) {
    return groupBy(rows, "unit_key");
  }

  /** Rows per field, index fields in their numeric order, then the topics. */
  private static Map<String, List<ResultRow>> byField(List<ResultRow> rows) {
    return groupBy(
        rows.stream()
            .sorted(Comparator.comparing(r -> fieldOrder(r.string("field_code"))))
            .toList(),
        "field_code");
  }

  /** Rows per value of {@code column}, in the order the values first appear. */
  private static Map<String, List<ResultRow>> groupBy(List<ResultRow> rows, String column) {
    Map<String, List<ResultRow>> m = new LinkedHashMap<>();
    for (ResultRow r : rows) {
      m.computeIfAbsent(r.string(column), k -> new ArrayList<>()).add(r);
    }
    return m;
  }

  private static List<BlocResult> blocResults(
      List<ResultRow> candidates, List<ProposedUnit> units) {
    List<BlocResult> out = new ArrayList<>();
    for (Bloc b : Bloc.rankedBlocs()) {
      DoubleSummaryStatistics s =
          candidates.stream()
              .filter(c -> c.string("bloc").equals(b.name()))
              .map(c -> c.decimalOrNull("index_pct_rounded"))
              .filter(v -> v != null)
              .mapToDouble(Double::doubleValue)
              .summaryStatistics();
      if (s.getCount() == 0) {
        continue;
      }
      int proposed = (int) units.stream().filter(u -> u.bloc() == b).count();
      out.add(
          new BlocResult(b, (int) s.getCount(), s.getAverage(), s.getMin(), s.getMax(), proposed));
    }
    return out;
  }
}
