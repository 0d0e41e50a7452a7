package vn.cchc.report.pdf;

import java.util.List;
import vn.cchc.report.model.BlocReport;
import vn.cchc.report.model.BlocReport.RankedUnit;
import vn.cchc.report.text.Formats;

/** Annex: every bloc's full ranking, provisional indices marked (T). */
final class AnnexSection extends ReportSection {
  AnnexSection(SectionContext context) {
    super(context, "Phụ lục. Bảng xếp hạng đầy đủ");
  }

  @Override
  void body() {
    for (BlocReport b : report.blocs()) {
      layout.heading(2, "Phụ lục – " + b.labelVi());
      PdfTable t =
          new PdfTable(
              List.of("Hạng", "Đơn vị", "Mã", "Điểm đạt", "Điểm tối đa", "Chỉ số (%)", "Xếp loại"),
              new float[] {0.5f, 2.8f, 1.5f, 0.9f, 0.9f, 0.9f, 1.1f},
              new boolean[] {true, false, false, true, true, true, false});
      for (RankedUnit u : b.ranking()) {
        t.row(
            Integer.toString(u.rank()),
            u.unit().label() + (u.provisional() ? " (T)" : ""),
            u.unit().code(),
            Formats.decimal(u.totalPoints()),
            Formats.decimal(u.applicableMax()),
            Formats.decimal(u.indexPctRounded()),
            u.band() == null ? "–" : u.band() + " – " + u.bandLabel());
      }
      layout.table(t);
    }
  }
}
