package vn.cchc.report.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import vn.cchc.model.trend.Basis;
import vn.cchc.report.model.AnnualReport.AbsentBloc;
import vn.cchc.report.model.BlocReport;
import vn.cchc.report.model.BlocReport.BandCount;
import vn.cchc.report.model.BlocReport.KeyFigures;
import vn.cchc.report.model.BlocReport.RankedUnit;
import vn.cchc.report.text.Formats;

/** 1. The year's results at a glance: one table across the blocs, then a paragraph per bloc. */
final class SummarySection extends ReportSection {
  /** Units named as leading and as lowest in each bloc. */
  static final int TOP = 3;

  SummarySection(SectionContext context) {
    super(context, "1. Tóm tắt kết quả Chỉ số CCHC năm " + context.report().year());
  }

  @Override
  void body() {
    if (report.blocs().isEmpty()) {
      layout.paragraph(
          "Năm " + year + " không có đơn vị nào được xếp hạng trong bản phát hành này.");
      return;
    }
    int units = report.blocs().stream().mapToInt(b -> b.ranking().size()).sum();
    layout.paragraph(
        "Năm "
            + year
            + ", "
            + Formats.integer(units)
            + " cơ quan, đơn vị thuộc "
            + report.blocs().size()
            + " khối được đánh giá, xếp hạng Chỉ số CCHC. "
            + (report.hasPreviousYear()
                ? "Các mức thay đổi được so sánh với năm " + report.previousYear() + "."
                : "Kho dữ liệu không có số liệu năm "
                    + (year - 1)
                    + " nên báo cáo không so sánh với năm trước."));
    for (AbsentBloc a : report.absentBlocs()) {
      layout.paragraph(
          a.labelVi()
              + ": không có đơn vị nào được đánh giá năm "
              + year
              + (a.lastYear() != null && a.lastYear() < year
                  ? " (năm đánh giá gần nhất: " + a.lastYear() + ")"
                  : "")
              + "; khối này không có trong các bảng và biểu đồ của báo cáo.");
    }
    layout.space(4);
    layout.table(keyFigures());
    report.blocs().forEach(this::bloc);
  }

  private PdfTable keyFigures() {
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
      t.row(
          cells(
              "Trung bình năm " + report.previousYear(),
              b ->
                  b.keyFigures().previousAveragePct() == null
                      ? "–"
                      : Formats.pct(b.keyFigures().previousAveragePct())));
      t.row(
          cells(
              "Thay đổi so với năm trước (điểm %)",
              b ->
                  b.keyFigures().changePp() == null
                      ? "–"
                      : Formats.change(b.keyFigures().changePp())));
    }
    t.row(
        cells(
            "Điểm tự đánh giá bình quân (phần tự chấm)",
            b ->
                Formats.decimal(
                    b.ranking().stream().mapToDouble(RankedUnit::selfTotal).average().orElse(0))));
    t.row(
        cells(
            "Điểm thẩm định bình quân (phần tự chấm)",
            b ->
                Formats.decimal(
                    b.ranking().stream()
                        .mapToDouble(RankedUnit::appraisedTotal)
                        .average()
                        .orElse(0))));
    t.row(
        cells(
            "Số đơn vị trên mức trung bình",
            b -> Formats.integer(b.keyFigures().unitsAboveAverage())));
    t.row(
        cells(
            "Chỉ số cao nhất",
            b -> b.ranking().isEmpty() ? "–" : Formats.pct(b.ranking().get(0).indexPctRounded())));
    t.row(
        cells(
            "Chỉ số thấp nhất",
            b ->
                b.ranking().isEmpty()
                    ? "–"
                    : Formats.pct(b.ranking().get(b.ranking().size() - 1).indexPctRounded())));
    if (report.hasPreviousYear()) {
      t.row(
          cells(
              "Số đơn vị tăng / giảm",
              b -> b.keyFigures().unitsUp() + " / " + b.keyFigures().unitsDown()));
      t.row(
          cells(
              "Cách so sánh",
              b ->
                  Basis.AS_IS.name().equals(b.changeBasis())
                      ? "quy đổi về đơn vị hiện nay"
                      : "đơn vị như khi đánh giá"));
    }
    return t;
  }

  private String[] cells(String label, Function<BlocReport, String> f) {
    List<String> out = new ArrayList<>(List.of(label));
    report.blocs().forEach(b -> out.add(f.apply(b)));
    return out.toArray(String[]::new);
  }

  private void bloc(BlocReport b) {
    layout.heading(2, b.labelVi());
    KeyFigures k = b.keyFigures();
    StringBuilder s = new StringBuilder();
    s.append(b.labelVi())
        .append(" có ")
        .append(k.units())
        .append(" đơn vị được đánh giá; Chỉ số CCHC trung bình đạt ")
        .append(Formats.pct(k.averagePct()));
    if (k.changePp() != null) {
      s.append(", ")
          .append(k.changePp() >= 0 ? "tăng " : "giảm ")
          .append(Formats.decimal(Math.abs(k.changePp())))
          .append(" điểm % so với năm ")
          .append(report.previousYear())
          .append(" (")
          .append(Formats.pct(k.previousAveragePct()))
          .append(")");
    }
    s.append("; ").append(k.unitsAboveAverage()).append(" đơn vị đạt trên mức trung bình.");
    layout.paragraph(s.toString());
    layout.paragraph(
        "Xếp loại: "
            + String.join("; ", b.bands().stream().map(SummarySection::bandText).toList())
            + ".");
    layout.paragraph(
        "Dẫn đầu: " + topList(b.ranking().subList(0, Math.min(TOP, b.ranking().size()))) + ".");
    List<RankedUnit> bottom =
        new ArrayList<>(
            b.ranking().subList(Math.max(0, b.ranking().size() - TOP), b.ranking().size()));
    layout.paragraph("Thấp nhất: " + topList(bottom) + ".");
    if (report.hasPreviousYear()) {
      layout.paragraph(movement(b, k));
    }
  }

  private String movement(BlocReport b, KeyFigures k) {
    if (k.unitsUp() + k.unitsDown() == 0) {
      return "Không có đơn vị nào so sánh được với năm " + report.previousYear() + ".";
    }
    StringBuilder m = new StringBuilder();
    m.append(k.unitsUp())
        .append(" đơn vị tăng điểm, ")
        .append(k.unitsDown())
        .append(" đơn vị giảm điểm so với năm ")
        .append(report.previousYear());
    if (k.largestRiseUnit() != null) {
      m.append("; tăng nhiều nhất: ")
          .append(k.largestRiseUnit().name())
          .append(" (")
          .append(Formats.change(k.largestRisePp()))
          .append(" điểm %)");
    }
    if (k.largestFallUnit() != null) {
      m.append("; giảm nhiều nhất: ")
          .append(k.largestFallUnit().name())
          .append(" (")
          .append(Formats.change(k.largestFallPp()))
          .append(" điểm %)");
    }
    return m.append(AnnualText.basisNote(b)).append('.').toString();
  }

  static String bandText(BandCount b) {
    String name = b.band().isEmpty() ? b.labelVi() : "loại " + b.band() + " (" + b.labelVi() + ")";
    return name + ": " + b.units() + " đơn vị";
  }

  private static String topList(List<RankedUnit> units) {
    List<String> out = new ArrayList<>();
    for (RankedUnit u : units) {
      out.add(
          u.unit().name() + " (hạng " + u.rank() + ", " + Formats.pct(u.indexPctRounded()) + ")");
    }
    return String.join("; ", out);
  }
}
