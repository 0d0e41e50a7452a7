package vn.cchc.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.cchc.report.chart.ChartSpec;
import vn.cchc.report.chart.CommuneMapChart;
import vn.cchc.report.model.AnnualReport;
import vn.cchc.report.model.AnnualReport.AbsentBloc;
import vn.cchc.report.model.BlocReport;
import vn.cchc.report.model.BlocReport.AppraisalGap;
import vn.cchc.report.model.BlocReport.BandCount;
import vn.cchc.report.model.BlocReport.FieldAverage;
import vn.cchc.report.model.BlocReport.KeyFigures;
import vn.cchc.report.model.BlocReport.Mover;
import vn.cchc.report.model.BlocReport.RankedUnit;
import vn.cchc.report.model.BlocReport.WeakCriterion;
import vn.cchc.report.text.Formats;

/** The numbered sections of the report, in the order the Sở Nội vụ publishes them. */
final class ReportSections {
  static final int TOP = 3;

  private final PdfLayout layout;
  private final AnnualReport report;
  private final Map<String, ChartSpec> charts;
  private final int year;
  private int figure;

  ReportSections(PdfLayout layout, AnnualReport report, Map<String, ChartSpec> charts) {
    this.layout = layout;
    this.report = report;
    this.charts = charts;
    this.year = report.year();
  }

  void write() {
    summary();
    rankings();
    fields();
    weaknesses();
    gaps();
    new OtherSections(layout, report, this).write();
  }

  /** Draws the charts whose id is {@code id} or {@code id-N}, with numbered captions. */
  void charts(String id) {
    for (Map.Entry<String, ChartSpec> e : charts.entrySet()) {
      if (e.getKey().equals(id) || e.getKey().matches(java.util.regex.Pattern.quote(id) + "-\\d+")) {
        figure++;
        layout.chart(e.getValue(), "Hình " + figure + ". " + e.getValue().caption() + " (tệp " + e.getKey()
            + ".png, " + e.getKey() + ".svg)");
      }
    }
  }

  private void summary() {
    layout.heading(1, "1. Tóm tắt kết quả Chỉ số CCHC năm " + year);
    if (report.blocs().isEmpty()) {
      layout.paragraph("Năm " + year + " không có đơn vị nào được xếp hạng trong bản phát hành này.");
      return;
    }
    int units = report.blocs().stream().mapToInt(b -> b.ranking().size()).sum();
    layout.paragraph("Năm " + year + ", " + Formats.integer(units) + " cơ quan, đơn vị thuộc " + report.blocs().size()
        + " khối được đánh giá, xếp hạng Chỉ số CCHC. "
        + (report.hasPreviousYear() ? "Các mức thay đổi được so sánh với năm " + report.previousYear() + "."
            : "Kho dữ liệu không có số liệu năm " + (year - 1) + " nên báo cáo không so sánh với năm trước."));
    for (AbsentBloc a : report.absentBlocs()) {
      layout.paragraph(a.labelVi() + ": không có đơn vị nào được đánh giá năm " + year
          + (a.lastYear() != null && a.lastYear() < year ? " (năm đánh giá gần nhất: " + a.lastYear() + ")" : "")
          + "; khối này không có trong các bảng và biểu đồ của báo cáo.");
    }
    List<String> header = new ArrayList<>(List.of("Chỉ tiêu"));
    report.blocs().forEach(b -> header.add(b.labelVi()));
    float[] shares = new float[header.size()];
    boolean[] right = new boolean[header.size()];
    shares[0] = 2.2f;
    for (int i = 1; i < shares.length; i++) {
      shares[i] = 1.4f;
      right[i] = true;
    }
    PdfTable t = new PdfTable(header, shares, right);
    t.row(cells("Số đơn vị được đánh giá", b -> Formats.integer(b.keyFigures().units())));
    t.row(cells("Chỉ số CCHC trung bình", b -> Formats.pct(b.keyFigures().averagePct())));
    if (report.hasPreviousYear()) {
      t.row(cells("Trung bình năm " + report.previousYear(),
          b -> b.keyFigures().previousAveragePct() == null ? "–" : Formats.pct(b.keyFigures().previousAveragePct())));
      t.row(cells("Thay đổi so với năm trước (điểm %)",
          b -> b.keyFigures().changePp() == null ? "–" : Formats.change(b.keyFigures().changePp())));
    }
    t.row(cells("Điểm tự đánh giá bình quân (phần tự chấm)",
        b -> Formats.decimal(b.ranking().stream().mapToDouble(RankedUnit::selfTotal).average().orElse(0))));
    t.row(cells("Điểm thẩm định bình quân (phần tự chấm)",
        b -> Formats.decimal(b.ranking().stream().mapToDouble(RankedUnit::appraisedTotal).average().orElse(0))));
    t.row(cells("Số đơn vị trên mức trung bình", b -> Formats.integer(b.keyFigures().unitsAboveAverage())));
    t.row(cells("Chỉ số cao nhất", b -> b.ranking().isEmpty() ? "–" : Formats.pct(b.ranking().get(0).indexPctRounded())));
    t.row(cells("Chỉ số thấp nhất",
        b -> b.ranking().isEmpty() ? "–" : Formats.pct(b.ranking().get(b.ranking().size() - 1).indexPctRounded())));
    if (report.hasPreviousYear()) {
      t.row(cells("Số đơn vị tăng / giảm", b -> b.keyFigures().unitsUp() + " / " + b.keyFigures().unitsDown()));
      t.row(cells("Cách so sánh", b -> "AS_IS".equals(b.changeBasis()) ? "quy đổi về đơn vị hiện nay" : "đơn vị như khi đánh giá"));
    }
    layout.space(4);
    layout.table(t);

    for (BlocReport b : report.blocs()) {
      layout.heading(2, b.labelVi());
      KeyFigures k = b.keyFigures();
      StringBuilder s = new StringBuilder();
      s.append(b.labelVi()).append(" có ").append(k.units()).append(" đơn vị được đánh giá; Chỉ số CCHC trung bình đạt ")
          .append(Formats.pct(k.averagePct()));
      if (k.changePp() != null) {
        s.append(", ").append(k.changePp() >= 0 ? "tăng " : "giảm ").append(Formats.decimal(Math.abs(k.changePp())))
            .append(" điểm % so với năm ").append(report.previousYear()).append(" (")
            .append(Formats.pct(k.previousAveragePct())).append(")");
      }
      s.append("; ").append(k.unitsAboveAverage()).append(" đơn vị đạt trên mức trung bình.");
      layout.paragraph(s.toString());
      layout.paragraph("Xếp loại: " + String.join("; ", b.bands().stream().map(ReportSections::bandText).toList()) + ".");
      layout.paragraph("Dẫn đầu: " + topList(b.ranking().subList(0, Math.min(TOP, b.ranking().size()))) + ".");
      List<RankedUnit> bottom = new ArrayList<>(b.ranking().subList(Math.max(0, b.ranking().size() - TOP), b.ranking().size()));
      layout.paragraph("Thấp nhất: " + topList(bottom) + ".");
      if (report.hasPreviousYear()) {
        if (k.unitsUp() + k.unitsDown() == 0) {
          layout.paragraph("Không có đơn vị nào so sánh được với năm " + report.previousYear() + ".");
        } else {
          StringBuilder m = new StringBuilder();
          m.append(k.unitsUp()).append(" đơn vị tăng điểm, ").append(k.unitsDown()).append(" đơn vị giảm điểm so với năm ")
              .append(report.previousYear());
          if (k.largestRiseUnit() != null) {
            m.append("; tăng nhiều nhất: ").append(k.largestRiseUnit().name()).append(" (")
                .append(Formats.change(k.largestRisePp())).append(" điểm %)");
          }
          if (k.largestFallUnit() != null) {
            m.append("; giảm nhiều nhất: ").append(k.largestFallUnit().name()).append(" (")
                .append(Formats.change(k.largestFallPp())).append(" điểm %)");
          }
          m.append(AnnualText.basisNote(b)).append('.');
          layout.paragraph(m.toString());
        }
      }
    }
  }

  private String[] cells(String label, java.util.function.Function<BlocReport, String> f) {
    List<String> out = new ArrayList<>(List.of(label));
    report.blocs().forEach(b -> out.add(f.apply(b)));
    return out.toArray(String[]::new);
  }

  static String bandText(BandCount b) {
    String name = b.band().isEmpty() ? b.labelVi() : "loại " + b.band() + " (" + b.labelVi() + ")";
    return name + ": " + b.units() + " đơn vị";
  }

  private static String topList(List<RankedUnit> units) {
    List<String> out = new ArrayList<>();
    for (RankedUnit u : units) {
      out.add(u.unit().name() + " (hạng " + u.rank() + ", " + Formats.pct(u.indexPctRounded()) + ")");
    }
    return String.join("; ", out);
  }

  private void rankings() {
    layout.heading(1, "2. Xếp hạng theo khối");
    for (BlocReport b : report.blocs()) {
      layout.heading(2, "Xếp hạng " + b.labelVi());
      charts("xep-hang-" + b.bloc().toLowerCase(java.util.Locale.ROOT));
      if (b.bloc().equals("XA")) {
        communeMap();
      }
      if (!report.hasPreviousYear()) {
        layout.paragraph("Không có số liệu năm trước: không xác định được đơn vị tăng, giảm.");
        continue;
      }
      movers("Các đơn vị tăng điểm nhiều nhất", b.risers(), b);
      movers("Các đơn vị giảm điểm nhiều nhất", b.fallers(), b);
    }
  }

  /** The commune bloc on the map of today's communes, right after its ranking. */
  private void communeMap() {
    if (report.communeMap() == null || !charts.containsKey(CommuneMapChart.ID)) {
      return;
    }
    // the sentence stays on the page of the map it introduces
    ChartSpec map = charts.get(CommuneMapChart.ID);
    layout.ensure((float) (map.height() * PdfLayout.WIDTH / map.width()) + 90);
    layout.paragraph(report.communeMap().restated()
        ? "Bản đồ dưới đây tô màu các xã, phường, đặc khu hiện nay theo xếp loại năm " + year + " của chỉ số quy đổi"
            + " (as-is): số liệu của các xã, phường, thị trấn trước sắp xếp được quy đổi về đơn vị hiện nay theo tỷ"
            + " trọng kế thừa, rồi xếp loại theo thang xếp loại của năm " + year + "."
        : "Bản đồ dưới đây tô màu các xã, phường, đặc khu theo xếp loại Chỉ số CCHC năm " + year + ".");
    charts(CommuneMapChart.ID);
  }

  private void movers(String title, List<Mover> movers, BlocReport b) {
    layout.ensure(70);
    layout.paragraph(title + AnnualText.basisNote(b) + ":", layout.bold, 9.5f, 0);
    if (movers.isEmpty()) {
      layout.paragraph("Không có đơn vị nào so sánh được với năm " + report.previousYear() + ".");
      return;
    }
    PdfTable t = new PdfTable(List.of("Đơn vị", "Chỉ số " + year, "Chỉ số " + report.previousYear(), "Thay đổi (điểm %)",
        "Hạng " + year, "Hạng " + report.previousYear()),
        new float[] {3.2f, 1, 1, 1, 0.8f, 0.8f}, new boolean[] {false, true, true, true, true, true});
    for (Mover m : movers) {
      t.row(m.unit().withCode(), Formats.pct(m.indexPct()), m.previousIndexPct() == null ? "–" : Formats.pct(m.previousIndexPct()),
          m.changePp() == null ? "–" : Formats.change(m.changePp()), Integer.toString(m.rank()),
          m.previousRank() == null ? "–" : Integer.toString(m.previousRank()));
    }
    layout.table(t);
  }

  private void fields() {
    layout.heading(1, "3. Chỉ số thành phần theo lĩnh vực");
    layout.paragraph("Chỉ số thành phần của một lĩnh vực là tỷ lệ điểm đạt được trên tổng điểm tối đa áp dụng của lĩnh"
        + " vực đó; giá trị của khối là bình quân của các đơn vị trong khối.");
    for (BlocReport b : report.blocs()) {
      layout.heading(2, "Chỉ số thành phần – " + b.labelVi());
      if (b.fields().isEmpty()) {
        layout.paragraph("Không có số liệu chỉ số thành phần của khối này trong năm " + year + ".");
        continue;
      }
      charts("linh-vuc-" + b.bloc().toLowerCase(java.util.Locale.ROOT));
      charts("radar-" + b.bloc().toLowerCase(java.util.Locale.ROOT));
      boolean previous = report.hasPreviousYear();
      PdfTable t = previous
          ? new PdfTable(List.of("Lĩnh vực", "Năm " + year, "Năm " + report.previousYear(), "Thay đổi (điểm %)"),
              new float[] {4, 1, 1, 1}, new boolean[] {false, true, true, true})
          : new PdfTable(List.of("Lĩnh vực", "Năm " + year), new float[] {5, 1}, new boolean[] {false, true});
      for (FieldAverage f : b.fields()) {
        if (previous) {
          t.row(f.fieldCode() + ". " + f.fieldName(), Formats.pct(f.averagePct()),
              f.previousAveragePct() == null ? "–" : Formats.pct(f.previousAveragePct()),
              f.previousAveragePct() == null ? "–" : Formats.change(f.averagePct() - f.previousAveragePct()));
        } else {
          t.row(f.fieldCode() + ". " + f.fieldName(), Formats.pct(f.averagePct()));
        }
      }
      layout.table(t);
    }
  }

  private void weaknesses() {
    layout.heading(1, "4. Bản đồ nhiệt và các tiêu chí yếu");
    layout.paragraph("Mỗi ô là tỷ lệ điểm đạt được của một đơn vị (hàng, theo thứ hạng) trong một lĩnh vực (cột);"
        + " LV n là lĩnh vực mã n ở mục 3.");
    for (BlocReport b : report.blocs()) {
      layout.heading(2, "Bản đồ nhiệt – " + b.labelVi());
      charts("ban-do-nhiet-" + b.bloc().toLowerCase(java.util.Locale.ROOT));
      layout.ensure(70);
      layout.paragraph("Các tiêu chí yếu nhất (nhiều đơn vị đạt dưới ngưỡng nhất):", layout.bold, 9.5f, 0);
      if (b.weakCriteria().isEmpty()) {
        layout.paragraph("Không có số liệu tiêu chí của khối này.");
        continue;
      }
      PdfTable t = new PdfTable(List.of("Tiêu chí", "Tỷ lệ đạt bình quân", "Ngưỡng", "Đơn vị dưới ngưỡng",
          "Yếu hai năm liên tiếp"), new float[] {3.2f, 1, 0.8f, 1.1f, 2.6f},
          new boolean[] {false, true, true, true, false});
      for (WeakCriterion w : b.weakCriteria()) {
        t.row(w.criterionCode() + ". " + w.criterionName(), Formats.pct(w.meanAttainmentPct()), Formats.pct(w.thresholdPct()),
            w.unitsBelow() + "/" + w.units() + " (" + Formats.pct(w.shareBelowPct()) + ")",
            w.persistentUnits().isEmpty() ? "–" : String.join(", ", w.persistentUnits()));
      }
      layout.table(t);
    }
  }

  private void gaps() {
    layout.heading(1, "5. Điểm tự đánh giá và điểm thẩm định");
    layout.paragraph("Chênh lệch = điểm tự đánh giá − điểm thẩm định của các tiêu chí do đơn vị tự chấm, tính theo % điểm"
        + " tự đánh giá. Đơn vị bất thường là đơn vị có điểm z hiệu chỉnh vượt 3,5 hoặc nằm ngoài khoảng tứ phân vị mở"
        + " rộng (Q1 − 1,5·IQR; Q3 + 1,5·IQR) của khối.");
    for (BlocReport b : report.blocs()) {
      layout.heading(2, "Chênh lệch tự đánh giá – thẩm định – " + b.labelVi());
      if (b.gaps().isEmpty()) {
        layout.paragraph("Không có số liệu tự đánh giá và thẩm định của khối này.");
        continue;
      }
      charts("chenh-lech-" + b.bloc().toLowerCase(java.util.Locale.ROOT));
      List<AppraisalGap> outliers = b.gaps().stream().filter(AppraisalGap::outlier).toList();
      if (outliers.isEmpty()) {
        layout.paragraph("Không có đơn vị nào có chênh lệch bất thường.");
        continue;
      }
      layout.ensure(70);
      layout.paragraph("Đơn vị có chênh lệch bất thường:", layout.bold, 9.5f, 0);
      PdfTable t = new PdfTable(List.of("Đơn vị", "Tự đánh giá", "Thẩm định", "Chênh lệch (điểm)", "Chênh lệch (%)",
          "Căn cứ"), new float[] {3, 1, 1, 1, 1, 1.3f}, new boolean[] {false, true, true, true, true, false});
      for (AppraisalGap g : outliers) {
        t.row(g.unit().withCode(), Formats.decimal(g.selfPoints()),
            Formats.decimal(g.appraisedPoints()), Formats.decimal(g.gapPoints()), g.gapPct() == null ? "–" : Formats.pct(g.gapPct()),
            AnnualText.outlierReason(g.outlierReason()));
      }
      layout.table(t);
    }
  }
}
