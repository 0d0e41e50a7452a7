package vn.cchc.superset.dashboard;

import static vn.cchc.superset.dashboard.Metric.avg;
import static vn.cchc.superset.dashboard.Metric.countDistinct;
import static vn.cchc.superset.dashboard.Metric.sum;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.methodology.MethodologyItem.Level;
import vn.cchc.model.schema.Codes;
import vn.cchc.model.survey.SipasComponent;

/** The provincial leaders' dashboard: ranking, trend, weak fields, satisfaction and inspections. */
public final class LeadersDashboard {
  private LeadersDashboard() {}

  public static final String KEY = "leaders";
  public static final String SLUG = "cchc-lanh-dao";
  public static final String UNBANDED = "Chưa xếp loại";

  /** The bands the ranking colours, best first (the national scale's A–D). */
  public static final List<String> BANDS = List.of("A", "B", "C", "D");

  static final ChartDefinition UNITS_ASSESSED =
      new ChartDefinition(
          "units-assessed",
          "Số đơn vị được đánh giá",
          "Số đơn vị có Chỉ số CCHC trong lựa chọn hiện tại",
          VizType.BIG_NUMBER,
          MartTables.INDEX_SCORES,
          List.of(),
          List.of(countDistinct(DatasetColumns.UNIT_KEY, "Số đơn vị")),
          List.of(),
          Optional.empty(),
          Map.of("header_font_size", 0.3, "subheader_font_size", 0.125, "y_axis_format", ",d"),
          10,
          3,
          25);

  static final ChartDefinition MEAN_INDEX =
      new ChartDefinition(
          "mean-index",
          "Chỉ số CCHC bình quân (%)",
          "Trung bình Chỉ số CCHC của các đơn vị được chọn",
          VizType.BIG_NUMBER,
          MartTables.INDEX_SCORES,
          List.of(),
          List.of(avg("index_pct", "Chỉ số bình quân (%)")),
          List.of(),
          Optional.empty(),
          Map.of("header_font_size", 0.3, "subheader_font_size", 0.125, "y_axis_format", ".2f"),
          10,
          3,
          25);

  static final ChartDefinition MEAN_SATISFACTION =
      new ChartDefinition(
          "mean-satisfaction",
          "Tỷ lệ hài lòng bình quân (%)",
          "Trung bình tỷ lệ người dân hài lòng (SIPAS, chỉ số chung) của các đơn vị",
          VizType.BIG_NUMBER,
          MartTables.SATISFACTION,
          List.of(),
          List.of(avg("satisfied_pct", "Tỷ lệ hài lòng (%)")),
          List.of(Condition.equalTo("component", SipasComponent.OVERALL_CODE)),
          Optional.empty(),
          Map.of("header_font_size", 0.3, "subheader_font_size", 0.125, "y_axis_format", ".2f"),
          10,
          3,
          25);

  static final ChartDefinition OVERDUE_FINDINGS =
      new ChartDefinition(
          "overdue-findings",
          "Tồn tại quá hạn chưa khắc phục",
          "Số tồn tại sau kiểm tra đã quá hạn mà chưa khắc phục",
          VizType.BIG_NUMBER,
          MartTables.INSPECTION_OUTCOMES,
          List.of(),
          List.of(sum("overdue", "Tồn tại quá hạn")),
          List.of(),
          Optional.empty(),
          Map.of("header_font_size", 0.3, "subheader_font_size", 0.125, "y_axis_format", ",d"),
          10,
          3,
          25);

  /**
   * One bar per unit version (its label: name and code, unique like unit_key, where two communes
   * may share a name); one series per band so that the bar takes its band's colour.
   */
  static final ChartDefinition RANKING_BY_BAND =
      new ChartDefinition(
          "ranking-by-band",
          "Xếp hạng Chỉ số CCHC theo xếp loại",
          "Chỉ số CCHC công bố của từng đơn vị, từ cao xuống thấp, tô màu theo xếp loại; chọn năm và khối ở bộ lọc",
          VizType.BAR,
          MartTables.INDEX_SCORES,
          List.of(DatasetColumns.UNIT_LABEL),
          List.of(
              bandMetric(BANDS.get(0)),
              bandMetric(BANDS.get(1)),
              bandMetric(BANDS.get(2)),
              bandMetric(BANDS.get(3)),
              new Metric(
                  Metric.Aggregate.MAX,
                  "index_pct_rounded",
                  UNBANDED,
                  Optional.of(Condition.noneOf("band", BANDS)))),
          List.of(),
          Optional.of(
              new Metric(
                  Metric.Aggregate.MAX, "index_pct_rounded", "Chỉ số CCHC (%)", Optional.empty())),
          Map.ofEntries(
              Map.entry("orientation", "horizontal"),
              Map.entry("stack", "Stack"),
              Map.entry("x_axis_sort_asc", true),
              Map.entry("show_legend", true),
              Map.entry("legendOrientation", "top"),
              Map.entry("y_axis_format", ".2f"),
              Map.entry("y_axis_bounds", List.of(0, 100)),
              Map.entry("truncateYAxis", true),
              Map.entry("rich_tooltip", false),
              Map.entry("zoomable", false)),
          500,
          7,
          90);

  public static String bandLabel(String band) {
    return "Loại " + band;
  }

  private static Metric bandMetric(String band) {
    return new Metric(
        Metric.Aggregate.MAX,
        "index_pct_rounded",
        bandLabel(band),
        Optional.of(Condition.equalTo("band", band)));
  }

  static final ChartDefinition TREND_BY_BLOC =
      new ChartDefinition(
          "index-trend",
          "Diễn biến Chỉ số CCHC bình quân theo khối",
          "Chỉ số CCHC bình quân từng năm của mỗi khối (hoặc của đơn vị được chọn); không theo bộ lọc năm",
          VizType.LINE,
          MartTables.INDEX_SCORES,
          List.of("year", "bloc"),
          List.of(avg("index_pct", "Chỉ số bình quân (%)")),
          List.of(),
          Optional.empty(),
          Map.of(
              "show_legend",
              true,
              "legendOrientation",
              "top",
              "markerEnabled",
              true,
              "y_axis_format",
              ".1f",
              "x_axis_title",
              "Năm",
              "x_axis_title_margin",
              15,
              "rich_tooltip",
              true,
              "truncateYAxis",
              false,
              "x_axis_time_format",
              "smart_date"),
          1000,
          5,
          90);

  static final ChartDefinition FIELD_HEATMAP =
      new ChartDefinition(
          "unit-field-heatmap",
          "Tỷ lệ đạt theo lĩnh vực của từng đơn vị (%)",
          "Tỷ lệ điểm đạt trên điểm tối đa áp dụng của mỗi lĩnh vực; ô nhạt là lĩnh vực yếu",
          VizType.HEATMAP,
          MartTables.COMPONENT_SCORES,
          List.of("field_code", DatasetColumns.UNIT_LABEL),
          List.of(avg("pct", "Tỷ lệ đạt (%)")),
          List.of(Condition.equalTo("level", Level.FIELD.name())),
          Optional.empty(),
          Map.of(
              "linear_color_scheme",
              "red_yellow_blue",
              "show_legend",
              true,
              "show_values",
              true,
              "normalize_across",
              "heatmap",
              "value_bounds",
              List.of(0, 100),
              "y_axis_format",
              ".0f",
              "sort_x_axis",
              "alpha_asc",
              "sort_y_axis",
              "alpha_asc",
              "left_margin",
              "auto"),
          5000,
          12,
          90);

  static final ChartDefinition SATISFACTION_BY_COMPONENT =
      new ChartDefinition(
          "satisfaction-by-component",
          "Tỷ lệ hài lòng theo thành phần SIPAS (%)",
          "Tỷ lệ người trả lời hài lòng hoặc rất hài lòng, trung bình của các đơn vị, theo 5 thành phần",
          VizType.BAR,
          MartTables.SATISFACTION,
          List.of("component"),
          List.of(avg("satisfied_pct", "Tỷ lệ hài lòng (%)")),
          List.of(Condition.notEqualTo("component", SipasComponent.OVERALL_CODE)),
          Optional.empty(),
          Map.of(
              "orientation",
              "horizontal",
              "show_legend",
              false,
              "y_axis_format",
              ".1f",
              "show_value",
              true,
              "y_axis_bounds",
              List.of(0, 100),
              "zoomable",
              false),
          100,
          5,
          70);

  static final ChartDefinition INSPECTION_OUTCOMES =
      new ChartDefinition(
          "inspection-outcomes",
          "Kết quả kiểm tra CCHC và khắc phục theo lĩnh vực",
          "Số tồn tại phát hiện qua kiểm tra và tình hình khắc phục, tính đến ngày phát hành dữ liệu",
          VizType.TABLE,
          MartTables.INSPECTION_OUTCOMES,
          List.of("field_code"),
          List.of(
              sum("findings", "Tồn tại"),
              sum("remediated_on_time", "Khắc phục đúng hạn"),
              sum("remediated_late", "Khắc phục trễ"),
              sum("open_findings", "Chưa khắc phục"),
              sum("overdue", "Quá hạn")),
          List.of(),
          Optional.empty(),
          Map.of(
              "query_mode",
              "aggregate",
              "table_timestamp_format",
              "smart_date",
              "show_cell_bars",
              true,
              "color_pn",
              false,
              "include_search",
              false,
              "order_desc",
              true,
              "server_pagination",
              false),
          100,
          7,
          70);

  static final ChartDefinition CRITERION_PIVOT =
      new ChartDefinition(
          "criterion-attainment-pivot",
          "Tỷ lệ đạt bình quân theo tiêu chí và khối (%)",
          "Trung bình tỷ lệ đạt của các đơn vị ở từng tiêu chí, theo khối",
          VizType.PIVOT,
          MartTables.CRITERION_HEATMAP,
          List.of("criterion_code", "bloc"),
          List.of(avg("attainment_pct", "Tỷ lệ đạt (%)")),
          List.of(),
          Optional.empty(),
          Map.of(
              "aggregateFunction",
              "Average",
              "valueFormat",
              ".1f",
              "metricsLayout",
              "COLUMNS",
              "rowOrder",
              "key_a_to_z",
              "colOrder",
              "key_a_to_z",
              "transposePivot",
              false,
              "combineMetric",
              false,
              "rowTotals",
              false,
              "colTotals",
              false),
          5000,
          12,
          100);

  /**
   * Year, bloc and unit, as the leaders ask. The trend keeps all years and the criterion pivot all
   * blocs (it compares them); marts without a bloc column ignore the bloc. The unit filter lists
   * unit versions by label, so that a reused code selects one unit, never the old and the new
   * commune together.
   */
  static final List<NativeFilter> FILTERS =
      List.of(
          new NativeFilter(
              "year",
              "Năm",
              "Năm đánh giá (mặc định: năm gần nhất của kho)",
              MartTables.INDEX_SCORES,
              "year",
              Optional.empty(),
              true,
              List.of(TREND_BY_BLOC.key())),
          new NativeFilter(
              "bloc",
              "Khối",
              "Khối xếp hạng: " + Codes.of(Bloc.rankedBlocs()).listVi(),
              MartTables.INDEX_SCORES,
              "bloc",
              Optional.<Object>of(Bloc.SO.name()),
              false,
              List.of(CRITERION_PIVOT.key())),
          new NativeFilter(
              "unit",
              "Đơn vị",
              "Tên và mã đơn vị; kèm thời gian hiệu lực khi mã đã dùng cho đơn vị khác (mã được dùng lại sau sắp xếp)",
              MartTables.INDEX_SCORES,
              DatasetColumns.UNIT_LABEL,
              Optional.empty(),
              false,
              List.of()));

  /** The dashboard, opening on {@code latestYear} (the warehouse's latest index year). */
  public static DashboardDefinition definition(int latestYear) {
    List<NativeFilter> filters =
        FILTERS.stream().map(f -> f.latestFirst() ? f.withDefault(latestYear) : f).toList();
    return new DashboardDefinition(
        KEY,
        "Chỉ số CCHC — Bảng điều hành của lãnh đạo tỉnh",
        SLUG,
        List.of(
            List.of(UNITS_ASSESSED, MEAN_INDEX, MEAN_SATISFACTION, OVERDUE_FINDINGS),
            List.of(RANKING_BY_BAND, TREND_BY_BLOC),
            List.of(FIELD_HEATMAP),
            List.of(SATISFACTION_BY_COMPONENT, INSPECTION_OUTCOMES),
            List.of(CRITERION_PIVOT)),
        filters,
        MartTables.ALL);
  }
}
