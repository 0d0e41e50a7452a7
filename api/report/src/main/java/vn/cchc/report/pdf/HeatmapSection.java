package vn.cchc.report.pdf;

import java.util.List;
import vn.cchc.report.model.BlocReport;
import vn.cchc.report.model.BlocReport.WeakCriterion;
import vn.cchc.report.text.Formats;

/** 4. The unit × field heatmap of each bloc and its weakest criteria. */
final class HeatmapSection extends ReportSection {
  HeatmapSection(SectionContext context) {
    super(context, "4. Bản đồ nhiệt và các tiêu chí yếu");
  }

  @Override
  void body() {
    layout.paragraph(
        "Mỗi ô là tỷ lệ điểm đạt được của một đơn vị (hàng, theo thứ hạng) trong một lĩnh vực (cột);"
            + " LV n là lĩnh vực mã n ở mục 3.");
    for (BlocReport b : report.blocs()) {
      layout.heading(2, "Bản đồ nhiệt – " + b.labelVi());
      figures.draw("ban-do-nhiet", b);
      layout.ensure(70);
      layout.paragraph(
          "Các tiêu chí yếu nhất (nhiều đơn vị đạt dưới ngưỡng nhất):", layout.bold, 9.5f, 0);
      if (b.weakCriteria().isEmpty()) {
        layout.paragraph("Không có số liệu tiêu chí của khối này.");
        continue;
      }
      PdfTable t =
          new PdfTable(
              List.of(
                  "Tiêu chí",
                  "Tỷ lệ đạt bình quân",
                  "Ngưỡng",
                  "Đơn vị dưới ngưỡng",
                  "Yếu hai năm liên tiếp"),
              new float[] {3.2f, 1, 0.8f, 1.1f, 2.6f},
              new boolean[] {false, true, true, true, false});
      for (WeakCriterion w : b.weakCriteria()) {
        t.row(
            w.criterionCode() + ". " + w.criterionName(),
            Formats.pct(w.meanAttainmentPct()),
            Formats.pct(w.thresholdPct()),
            w.unitsBelow() + "/" + w.units() + " (" + Formats.pct(w.shareBelowPct()) + ")",
            w.persistentUnits().isEmpty() ? "–" : String.join(", ", w.persistentUnits()));
      }
      layout.table(t);
    }
  }
}
