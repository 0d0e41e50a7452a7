package vn.cchc.report.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.schema.Codes;
import vn.cchc.model.trend.Basis;
import vn.cchc.model.trend.ComparabilityReason;
import vn.cchc.model.unit.UnitKey;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.methodology.MethodologyQueries;
import vn.cchc.query.quality.DataQualityQueries;
import vn.cchc.query.trend.TrendQueries;
import vn.cchc.report.geo.CommuneBoundaries;
import vn.cchc.report.model.MethodologyNotes.Version;
import vn.cchc.report.text.Formats;

/**
 * The versions in force, the comparability breaks of the year and the basis each comparison uses.
 */
final class MethodologyAssembler {
  private final QueryExecutor q;

  MethodologyAssembler(QueryExecutor q) {
    this.q = q;
  }

  MethodologyNotes assemble(int year, Integer previous, List<BlocReport> blocs) {
    MethodologyQueries methodology = new MethodologyQueries(q);
    Version current = version(ResultRow.of(methodology.version(year)));
    Version before = previous == null ? null : version(ResultRow.of(methodology.version(previous)));
    List<String> breaks = new ArrayList<>();
    if (previous == null) {
      breaks.add(
          "Kho dữ liệu không có năm nào trước năm "
              + year
              + ": báo cáo không so sánh với năm trước (không có mức tăng, giảm).");
    } else if (!before.code().equals(current.code())) {
      breaks.add(
          "Bộ tiêu chí thay đổi giữa năm "
              + previous
              + " ("
              + before.code()
              + ") và năm "
              + year
              + " ("
              + current.code()
              + "): điểm thô không so sánh được; báo cáo chỉ so sánh tỷ lệ % và xếp loại.");
    }
    TrendQueries trends = new TrendQueries(q);
    List<String> bases = new ArrayList<>();
    for (BlocReport b : blocs) {
      if (previous == null) {
        continue;
      }
      Map<String, Integer> reasons = new TreeMap<>();
      for (ResultRow r :
          ResultRow.of(trends.unitTrends(Basis.AS_WAS, Bloc.valueOf(b.bloc()), null))) {
        if (r.integer("year") == year && r.value("comparability_reason") != null) {
          reasons.merge(reasonVi(r.string("comparability_reason")), 1, Integer::sum);
        }
      }
      reasons.forEach(
          (reason, n) -> breaks.add(b.labelVi() + ": " + n + " đơn vị " + reason + "."));
      bases.add(
          b.labelVi()
              + ": mức thay đổi so với năm "
              + previous
              + " tính theo "
              + (Basis.AS_IS.name().equals(b.changeBasis())
                  ? "đơn vị hiện nay (as-is: số liệu năm trước quy đổi về đơn vị sau sắp xếp theo tỷ trọng kế thừa)"
                  : "đơn vị như tại thời điểm đánh giá (as-was)")
              + ".");
    }
    bases.add(
        "Xếp hạng, xếp loại, chỉ số thành phần và bản đồ nhiệt: đơn vị như tại thời điểm đánh giá năm "
            + year
            + " (as-was).");
    boolean communes = blocs.stream().anyMatch(b -> b.bloc().equals(Bloc.XA.name()));
    if (communes && UnitKey.assessmentDay(year).isBefore(CommuneBoundaries.VALID_ON)) {
      bases.add(
          "Bản đồ xếp loại cấp xã: các xã, phường, đặc khu từ ngày "
              + Formats.date(CommuneBoundaries.VALID_ON)
              + ", chỉ số năm "
              + year
              + " quy đổi về các đơn vị này (as-is), xếp loại theo thang của năm "
              + year
              + ".");
    } else if (communes) {
      bases.add(
          "Bản đồ xếp loại cấp xã: xếp loại năm "
              + year
              + " của các xã, phường, đặc khu có hiệu lực vào ngày "
              + Formats.date(CommuneBoundaries.VALID_ON)
              + " (ngày của ranh giới bản đồ).");
    }
    List<String> quality = new ArrayList<>();
    for (ResultRow r : ResultRow.of(new DataQualityQueries(q).issues(null, null, year))) {
      quality.add(r.value("severity") + " " + r.value("rule"));
    }
    Map<String, Integer> counted = new TreeMap<>();
    quality.forEach(s -> counted.merge(s, 1, Integer::sum));
    List<String> dataQuality = new ArrayList<>();
    counted.forEach((rule, n) -> dataQuality.add(rule + ": " + n));
    return new MethodologyNotes(current, before, breaks, bases, dataQuality);
  }

  private static Version version(ResultRow r) {
    return new Version(
        r.string("version"),
        r.string("name"),
        r.string("legal_basis"),
        r.integer("from_year"),
        r.integerOrNull("to_year"));
  }

  static String reasonVi(String reason) {
    return Codes.constant(ComparabilityReason.class, reason)
        .map(ComparabilityReason::meaningVi)
        .orElse(reason);
  }
}
