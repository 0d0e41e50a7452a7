package vn.cchc.report.pdf;

import java.util.List;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.report.chart.ChartSpec;
import vn.cchc.report.chart.CommuneMapChart;
import vn.cchc.report.model.BlocReport;
import vn.cchc.report.model.BlocReport.Mover;
import vn.cchc.report.text.Formats;

/**
 * 2. Each bloc's ranking chart (the communes also on the map), then its largest rises and falls.
 */
final class RankingSection extends ReportSection {
  RankingSection(SectionContext context) {
    super(context, "2. Xếp hạng theo khối");
  }

  @Override
  void body() {
    for (BlocReport b : report.blocs()) {
      layout.heading(2, "Xếp hạng " + b.labelVi());
      figures.draw("xep-hang", b);
      if (Bloc.XA.name().equals(b.bloc())) {
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
    if (report.communeMap() == null || figures.find(CommuneMapChart.ID).isEmpty()) {
      return;
    }
    // the sentence stays on the page of the map it introduces
    ChartSpec map = figures.find(CommuneMapChart.ID).get();
    layout.ensure((float) (map.height() * PdfLayout.WIDTH / map.width()) + 90);
    layout.paragraph(
        report.communeMap().restated()
            ? "Bản đồ dưới đây tô màu các xã, phường, đặc khu hiện nay theo xếp loại năm "
                + year
                + " của chỉ số quy đổi"
                + " (as-is): số liệu của các xã, phường, thị trấn trước sắp xếp được quy đổi về đơn vị hiện nay theo tỷ"
                + " trọng kế thừa, rồi xếp loại theo thang xếp loại của năm "
                + year
                + "."
            : "Bản đồ dưới đây tô màu các xã, phường, đặc khu theo xếp loại Chỉ số CCHC năm "
                + year
                + ".");
    figures.draw(CommuneMapChart.ID);
  }

  private void movers(String title, List<Mover> movers, BlocReport b) {
    layout.ensure(70);
    layout.paragraph(title + AnnualText.basisNote(b) + ":", layout.bold, 9.5f, 0);
    if (movers.isEmpty()) {
      layout.paragraph("Không có đơn vị nào so sánh được với năm " + report.previousYear() + ".");
      return;
    }
    PdfTable t =
        new PdfTable(
            List.of(
                "Đơn vị",
                "Chỉ số " + year,
                "Chỉ số " + report.previousYear(),
                "Thay đổi (điểm %)",
                "Hạng " + year,
                "Hạng " + report.previousYear()),
            new float[] {3.2f, 1, 1, 1, 0.8f, 0.8f},
            new boolean[] {false, true, true, true, true, true});
    for (Mover m : movers) {
      t.row(
          m.unit().withCode(),
          Formats.pct(m.indexPct()),
          m.previousIndexPct() == null ? "–" : Formats.pct(m.previousIndexPct()),
          m.changePp() == null ? "–" : Formats.change(m.changePp()),
          Integer.toString(m.rank()),
          m.previousRank() == null ? "–" : Integer.toString(m.previousRank()));
    }
    layout.table(t);
  }
}
