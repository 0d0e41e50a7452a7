package vn.cchc.report.plan;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.cchc.model.inspection.InspectionForm;
import vn.cchc.model.inspection.InspectionTopic;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.report.document.AdminDocument;
import vn.cchc.report.document.AdminDocument.Annex;
import vn.cchc.report.document.AdminDocument.Blocks;
import vn.cchc.report.document.AdminDocument.Row;
import vn.cchc.report.document.AdminDocument.Table;
import vn.cchc.report.plan.InspectionPlan.BlocResult;
import vn.cchc.report.plan.InspectionPlan.ContentArea;
import vn.cchc.report.plan.InspectionPlan.Field;
import vn.cchc.report.plan.InspectionPlan.FieldEffect;
import vn.cchc.report.plan.InspectionPlan.ProposedUnit;
import vn.cchc.report.plan.PlanConfig.Issuer;
import vn.cchc.report.plan.PlanConfig.Score;
import vn.cchc.report.text.Formats;

/**
 * "Kế hoạch kiểm tra công tác cải cách hành chính năm Y" in the structure of the provincial plans
 * (purpose and requirements, the basis, who, how and when, the content, the organisation), with Phụ
 * lục 1 (the proposed units) and Phụ lục 2 (the report outline). Text in brackets is for the
 * official to decide: the number, the dates, the signer, the plan of the year it implements.
 */
public final class PlanDocument {
  static final String[] ROMAN = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII"};

  private PlanDocument() {}

  public static AdminDocument of(InspectionPlan plan) {
    PlanConfig c = plan.config();
    int y = plan.planYear();
    boolean ubnd = c.issuer() == Issuer.UBND;
    String province = plan.provinceName();
    String numberSuffix = ubnd ? "/KH-UBND" : "/KH-SNV";
    String issuerName = ubnd ? "Ủy ban nhân dân " + Issuers.inSentence(province) : "Sở Nội vụ";
    String shortIssuer = ubnd ? "Ủy ban nhân dân tỉnh" : "Sở Nội vụ";
    List<String> summary = List.of("Kiểm tra công tác cải cách hành chính năm " + y);

    Blocks b = new Blocks();
    b.paragraph(
        "Căn cứ [Kế hoạch cải cách hành chính năm "
            + y
            + " của Ủy ban nhân dân tỉnh số …/KH-UBND ngày …]; căn cứ kết quả xác định Chỉ số cải"
            + " cách hành chính năm "
            + plan.indexYear()
            + " của các cơ quan, đơn vị trên địa bàn "
            + Issuers.inSentence(province)
            + "; "
            + issuerName
            + " ban hành Kế hoạch kiểm tra công tác cải cách hành chính năm "
            + y
            + " như sau:");
    purpose(b, plan);
    basis(b, plan);
    whoHowWhen(b, plan);
    content(b, plan);
    organisation(b, plan, ubnd);
    b.paragraph(
        "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về "
            + (ubnd ? "Ủy ban nhân dân tỉnh (qua Sở Nội vụ)" : "Sở Nội vụ")
            + " để kịp thời hướng dẫn, giải quyết./.");

    String annexOf =
        "(Kèm theo Kế hoạch số [   ]"
            + numberSuffix
            + " ngày [   ] tháng [   ] năm ["
            + y
            + "] của "
            + shortIssuer
            + ")";
    return new AdminDocument(
        ubnd ? null : "UBND " + Issuers.upper(province),
        ubnd ? "ỦY BAN NHÂN DÂN\n" + Issuers.upper(province) : "SỞ NỘI VỤ",
        "Số: [      ]" + numberSuffix,
        Issuers.place(province) + ", ngày [   ] tháng [   ] năm [" + y + "]",
        "KẾ HOẠCH",
        summary,
        b.list(),
        recipients(plan, ubnd),
        ubnd
            ? List.of("TM. ỦY BAN NHÂN DÂN", "[KT. CHỦ TỊCH]", "[PHÓ CHỦ TỊCH]", "[Họ và tên]")
            : List.of("[KT. GIÁM ĐỐC]", "[PHÓ GIÁM ĐỐC]", "[Họ và tên]"),
        List.of(annexUnits(plan, annexOf), annexOutline(plan, annexOf)));
  }

  private static void purpose(Blocks b, InspectionPlan plan) {
    b.heading(1, "I. MỤC ĐÍCH, YÊU CẦU");
    b.heading(2, "1. Mục đích");
    b.bullets(
        List.of(
            "Đánh giá đúng thực trạng công tác chỉ đạo, điều hành và tổ chức thực hiện nhiệm vụ cải"
                + " cách hành chính của các cơ quan, đơn vị; hướng dẫn, đôn đốc, kịp thời chấn chỉnh,"
                + " khắc phục những hạn chế, yếu kém; ghi nhận sáng kiến, mô hình hay để nhân rộng.",
            "Tập trung vào các lĩnh vực, tiêu chí đạt thấp trong Chỉ số cải cách hành chính năm "
                + plan.indexYear()
                + " và các nội dung người dân, tổ chức chưa hài lòng, góp phần nâng cao Chỉ số cải"
                + " cách hành chính và Chỉ số hài lòng của tỉnh.",
            "Theo dõi, đôn đốc việc khắc phục các tồn tại, hạn chế đã được kết luận qua các lần kiểm"
                + " tra trước.",
            "Là cơ sở thẩm định, đánh giá Chỉ số cải cách hành chính năm "
                + plan.planYear()
                + " của các cơ quan, đơn vị."));
    b.heading(2, "2. Yêu cầu");
    b.bullets(
        List.of(
            "Hoạt động kiểm tra bảo đảm chính xác, khách quan, đúng quy định của pháp luật; có trọng"
                + " tâm, trọng điểm; không làm cản trở hoạt động bình thường của cơ quan, đơn vị được"
                + " kiểm tra.",
            "Cơ quan, đơn vị được kiểm tra báo cáo đầy đủ, chính xác kết quả đạt được, tồn tại, hạn"
                + " chế; cung cấp hồ sơ, tài liệu kiểm chứng theo yêu cầu của Đoàn kiểm tra.",
            "Sau kiểm tra có kết luận rõ ràng, ấn định thời hạn khắc phục; kết quả kiểm tra được sử"
                + " dụng trong thẩm định Chỉ số cải cách hành chính."));
  }

  private static void basis(Blocks b, InspectionPlan plan) {
    PlanConfig c = plan.config();
    b.heading(1, "II. CĂN CỨ LỰA CHỌN ĐỐI TƯỢNG KIỂM TRA");
    b.heading(2, "1. Kết quả Chỉ số cải cách hành chính năm " + plan.indexYear());
    b.paragraph(
        "Theo kết quả xác định Chỉ số cải cách hành chính năm "
            + plan.indexYear()
            + " (bản phát hành "
            + plan.releaseId()
            + ", số liệu tính đến ngày "
            + Formats.date(plan.asOf())
            + "):");
    for (BlocResult r : plan.blocs()) {
      b.bullet(
          r.bloc().labelVi()
              + ": "
              + r.units()
              + " đơn vị; chỉ số bình quân "
              + Formats.pct(r.meanPct())
              + ", cao nhất "
              + Formats.pct(r.maxPct())
              + ", thấp nhất "
              + Formats.pct(r.minPct())
              + "; đề xuất kiểm tra "
              + r.proposed()
              + " đơn vị.");
    }
    b.bullet(
        "Đến ngày "
            + Formats.date(plan.asOf())
            + " còn "
            + plan.openFindings()
            + " tồn tại, hạn chế qua kiểm tra chưa được khắc phục, trong đó "
            + plan.overdueFindings()
            + " tồn tại đã quá hạn.");
    if (!plan.effects().isEmpty()) {
      FieldEffect first = plan.effects().get(0);
      b.bullet(
          "Kết quả khắc phục sau kiểm tra năm "
              + first.year()
              + ", so sánh điểm lĩnh vực có tồn tại của đơn vị năm "
              + (first.year() + 1)
              + " với năm "
              + first.year()
              + " (điểm %):");
      for (int i = 0; i < plan.effects().size(); i++) {
        FieldEffect e = plan.effects().get(i);
        boolean last = i == plan.effects().size() - 1;
        b.paragraph(
            "+ Lĩnh vực "
                + e.fieldCode()
                + ". "
                + e.fieldName()
                + ": "
                + e.unitsCompared()
                + " đơn vị, thay đổi bình quân "
                + Formats.change(e.meanChangePts())
                + " (bình quân khối "
                + Formats.change(e.meanBlocChangePts())
                + "); "
                + e.unitsBeatBloc()
                + " đơn vị tăng hơn mức bình quân của khối"
                + (last ? "." : ";"));
      }
    }
    b.heading(2, "2. Quy tắc lựa chọn");
    b.bullet(
        "Điểm ưu tiên của mỗi đơn vị gồm: chỉ số thuộc nhóm 25% thấp nhất của khối (30 điểm); mỗi"
            + " tiêu chí đạt dưới ngưỡng yếu 5 điểm (tối đa 25); tỷ lệ hài lòng chung dưới ngưỡng (20"
            + " điểm); mỗi tồn tại chưa khắc phục chưa đến hạn 3 điểm, quá hạn 5 điểm (tối đa 25); mỗi"
            + " năm chưa được kiểm tra 5 điểm (tối đa 20; chưa kiểm tra lần nào 20)"
            + (c.usesMartWeights()
                ? "."
                : "; mỗi điểm thành phần nhân với trọng số: " + weights(c) + "."));
    b.bullet(
        "Chọn "
            + plan.units().size()
            + " đơn vị có điểm ưu tiên cao nhất trong "
            + plan.ranked()
            + " đơn vị được xếp hạng năm "
            + plan.indexYear()
            + (c.units() > 0
                ? " (số đơn vị theo cấu hình: " + c.units() + ")"
                : " (" + Formats.decimal(c.unitsShare() * 100, 0) + "% số đơn vị)")
            + "; cùng điểm thì ưu tiên đơn vị có chỉ số thấp hơn; đơn vị có điểm ưu tiên bằng 0"
            + " không được đề xuất.");
    b.bullet(
        "Hình thức: kiểm tra đột xuất đối với đơn vị có từ "
            + c.surpriseMinOverdue()
            + " tồn tại quá hạn trở lên; kiểm tra lại đối với đơn vị còn tồn tại của lần kiểm tra năm "
            + plan.indexYear()
            + " chưa khắc phục; kiểm tra qua báo cáo đối với đơn vị xếp hạng trong nhóm "
            + Formats.decimal(c.reportReviewTopShare() * 100, 0)
            + "% cao nhất của khối và không còn tồn tại; các đơn vị khác kiểm tra trực tiếp theo kế"
            + " hoạch.");
    b.bullet(
        "Thời gian: danh sách theo thứ tự ưu tiên được chia đều cho "
            + quarterRange(c)
            + ", đơn vị có điểm ưu tiên cao hơn được kiểm tra trước.");
  }

  private static void whoHowWhen(Blocks b, InspectionPlan plan) {
    PlanConfig c = plan.config();
    b.heading(1, "III. ĐỐI TƯỢNG, HÌNH THỨC VÀ THỜI GIAN KIỂM TRA");
    b.heading(2, "1. Đối tượng kiểm tra");
    b.paragraph(
        plan.units().size()
            + " cơ quan, đơn vị (danh sách, thời gian, hình thức và nội dung trọng tâm tại Phụ lục"
            + " 1):");
    for (BlocResult r : plan.blocs()) {
      if (r.proposed() > 0) {
        b.bullet(r.bloc().labelVi() + ": " + r.proposed() + " đơn vị;");
      }
    }
    b.heading(2, "2. Hình thức kiểm tra");
    Map<InspectionForm, Long> forms = new EnumMap<>(InspectionForm.class);
    for (ProposedUnit u : plan.units()) {
      forms.merge(u.form(), 1L, Long::sum);
    }
    for (Map.Entry<InspectionForm, Long> f : forms.entrySet()) {
      b.bullet(formLabel(f.getKey(), c) + ": " + f.getValue() + " đơn vị;");
    }
    b.bullet(
        "Ngoài danh sách tại Phụ lục 1, Đoàn kiểm tra có thể kiểm tra đột xuất cơ quan, đơn vị có"
            + " phản ánh, kiến nghị của người dân, tổ chức.");
    b.heading(2, "3. Thời gian kiểm tra");
    b.paragraph(
        "Từ "
            + quarterRange(c)
            + " năm "
            + plan.planYear()
            + "; lịch cụ thể được thông báo đến đơn vị trước ít nhất "
            + twoDigits(c.noticeWorkingDays())
            + " ngày làm việc (trừ kiểm tra đột xuất).");
  }

  private static void content(Blocks b, InspectionPlan plan) {
    b.heading(1, "IV. NỘI DUNG KIỂM TRA");
    b.bullet(
        "Công tác chỉ đạo, điều hành cải cách hành chính; việc xây dựng và thực hiện kế hoạch cải"
            + " cách hành chính năm "
            + plan.planYear()
            + " của cơ quan, đơn vị.");
    b.bullet("Kết quả thực hiện nhiệm vụ theo các lĩnh vực của Chỉ số cải cách hành chính:");
    Map<String, String> fields = new LinkedHashMap<>();
    for (Field f : plan.fields()) {
      fields.putIfAbsent(f.code(), f.name());
    }
    for (Map.Entry<String, String> f : fields.entrySet()) {
      b.paragraph("+ Lĩnh vực " + f.getKey() + ". " + f.getValue() + ";");
    }
    for (InspectionTopic t : InspectionTopic.values()) {
      b.bullet(t.labelVi() + ".");
    }
    b.bullet("Việc khắc phục các tồn tại, hạn chế đã được kết luận qua kiểm tra các năm trước.");
    b.bullet(
        "Nội dung trọng tâm đối với từng đơn vị, rút ra từ các tiêu chí đạt thấp, các thành phần"
            + " hài lòng thấp và các tồn tại chưa khắc phục, được nêu tại Phụ lục 1.");
  }

  private static void organisation(Blocks b, InspectionPlan plan, boolean ubnd) {
    PlanConfig c = plan.config();
    b.heading(1, "V. TỔ CHỨC THỰC HIỆN");
    b.heading(2, "1. Sở Nội vụ");
    b.bullets(
        List.of(
            "Chủ trì tổ chức thực hiện Kế hoạch; "
                + (ubnd ? "tham mưu Ủy ban nhân dân tỉnh thành lập" : "thành lập")
                + " Đoàn kiểm tra với sự tham gia của [Văn phòng Ủy ban nhân dân tỉnh, Sở Khoa học"
                + " và Công nghệ và các cơ quan liên quan].",
            "Thông báo thời gian, nội dung, lịch trình kiểm tra đến đơn vị trước ít nhất "
                + twoDigits(c.noticeWorkingDays())
                + " ngày làm việc (trừ kiểm tra đột xuất).",
            "Ban hành thông báo kết luận kiểm tra đối với từng đơn vị, ấn định thời hạn khắc phục;"
                + " báo cáo "
                + (ubnd ? "Ủy ban nhân dân tỉnh" : "Ủy ban nhân dân tỉnh, Bộ Nội vụ")
                + " kết quả kiểm tra.",
            "Theo dõi, đôn đốc việc khắc phục tồn tại, hạn chế; sử dụng kết quả kiểm tra trong thẩm"
                + " định Chỉ số cải cách hành chính năm "
                + plan.planYear()
                + "."));
    b.heading(2, "2. Các cơ quan, đơn vị được kiểm tra");
    b.bullets(
        List.of(
            "Xây dựng báo cáo theo đề cương tại Phụ lục 2, gửi Đoàn kiểm tra trước ngày kiểm tra ít"
                + " nhất "
                + twoDigits(c.reportWorkingDays())
                + " ngày làm việc; chuẩn bị hồ sơ, tài liệu kiểm chứng, bố trí thành phần làm việc.",
            "Tổ chức khắc phục các tồn tại, hạn chế theo kết luận của Đoàn kiểm tra và báo cáo kết"
                + " quả về Sở Nội vụ đúng thời hạn."));
    b.heading(2, "3. Kinh phí");
    b.paragraph(
        "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn kinh phí cải cách hành chính năm "
            + plan.planYear()
            + " [đã giao Sở Nội vụ quản lý, sử dụng].");
  }

  private static List<String> recipients(InspectionPlan plan, boolean ubnd) {
    List<String> r = new ArrayList<>();
    r.add("- Bộ Nội vụ (để b/c);");
    if (ubnd) {
      r.add("- TT Tỉnh ủy, TT HĐND tỉnh (để b/c);");
      r.add("- Chủ tịch, các PCT UBND tỉnh;");
    } else {
      r.add("- UBND tỉnh (để b/c);");
    }
    for (BlocResult b : plan.blocs()) {
      switch (b.bloc()) {
        case SO -> r.add("- Các sở, ban, ngành tỉnh;");
        case HUYEN -> r.add("- UBND các huyện, thị xã, thành phố;");
        case XA ->
            r.add(
                plan.indexYear() >= 2025
                    ? "- UBND các xã, phường, đặc khu;"
                    : "- UBND các xã, phường, thị trấn;");
        default -> {}
      }
    }
    r.add("- Lưu: VT, [CCHC].");
    return r;
  }

  private static Annex annexUnits(InspectionPlan plan, String annexOf) {
    Blocks b = new Blocks();
    List<Row> rows = new ArrayList<>();
    int group = 0;
    for (Bloc bloc : Bloc.rankedBlocs()) {
      List<ProposedUnit> units = plan.units().stream().filter(u -> u.bloc() == bloc).toList();
      if (units.isEmpty()) {
        continue;
      }
      rows.add(Row.group(ROMAN[group++] + ". " + bloc.labelVi()));
      int tt = 0;
      for (ProposedUnit u : units) {
        rows.add(
            Row.of(
                Integer.toString(++tt),
                u.unitLabel(),
                "Quý " + u.quarter() + "/" + plan.planYear(),
                formLabel(u.form(), plan.config())
                    + (u.formReason().isEmpty() ? "" : "\n(" + u.formReason() + ")"),
                u.reasonsVi()
                    + "\nĐiểm ưu tiên: "
                    + Formats.decimal(u.priority(), 0)
                    + " (thứ tự "
                    + u.order()
                    + ")",
                contentAreas(u.contentAreas())));
      }
    }
    b.table(
        new Table(
            List.of(
                "TT",
                "Cơ quan, đơn vị",
                "Thời gian",
                "Hình thức",
                "Lý do đề xuất",
                "Nội dung kiểm tra trọng tâm"),
            rows,
            List.of(4, 16, 9, 15, 26, 30)));
    b.italic(
        "Ghi chú: số liệu từ bản phát hành "
            + plan.releaseId()
            + " của kho dữ liệu Chỉ số CCHC, tính đến ngày "
            + Formats.date(plan.asOf())
            + "; thứ tự là thứ tự ưu tiên trong toàn danh sách.");
    return new Annex(
        "Phụ lục 1",
        List.of(
            "DANH SÁCH CƠ QUAN, ĐƠN VỊ DỰ KIẾN KIỂM TRA CẢI CÁCH HÀNH CHÍNH NĂM "
                + plan.planYear()),
        annexOf,
        b.list(),
        true);
  }

  private static String contentAreas(List<ContentArea> areas) {
    if (areas.isEmpty()) {
      return "Các nội dung tại Mục IV của Kế hoạch";
    }
    return areas.stream()
        .map(a -> "- " + a.title() + ": " + a.figures())
        .collect(Collectors.joining("\n"));
  }

  private static Annex annexOutline(InspectionPlan plan, String annexOf) {
    Blocks b = new Blocks();
    b.italic(
        "Số liệu báo cáo tính từ ngày 01/01/"
            + plan.planYear()
            + " đến thời điểm báo cáo. Đơn vị có nội dung trọng tâm tại Phụ lục 1 báo cáo rõ kết"
            + " quả, số liệu và tài liệu kiểm chứng về các nội dung đó.");
    b.heading(1, "I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH");
    b.bullets(
        List.of(
            "Xây dựng, ban hành và tổ chức thực hiện kế hoạch cải cách hành chính năm; mức độ hoàn"
                + " thành các nhiệm vụ được giao.",
            "Công tác tuyên truyền cải cách hành chính: kế hoạch, hình thức, kết quả.",
            "Công tác tự kiểm tra cải cách hành chính tại cơ quan, đơn vị và các đơn vị trực thuộc.",
            "Sáng kiến, giải pháp mới trong cải cách hành chính và hiệu quả áp dụng."));
    b.heading(1, "II. KẾT QUẢ THỰC HIỆN THEO CÁC LĨNH VỰC CỦA CHỈ SỐ CẢI CÁCH HÀNH CHÍNH");
    Map<List<String>, List<Bloc>> byFields = new LinkedHashMap<>();
    Map<Bloc, List<Field>> perBloc = new EnumMap<>(Bloc.class);
    for (Field f : plan.fields()) {
      perBloc.computeIfAbsent(f.bloc(), k -> new ArrayList<>()).add(f);
    }
    perBloc.forEach(
        (bloc, fs) ->
            byFields
                .computeIfAbsent(
                    fs.stream().map(f -> f.code() + ". " + f.name()).toList(),
                    k -> new ArrayList<>())
                .add(bloc));
    for (Map.Entry<List<String>, List<Bloc>> e : byFields.entrySet()) {
      if (byFields.size() > 1) {
        b.heading(
            3,
            "Đối với "
                + e.getValue().stream()
                    .map(x -> x.labelVi().toLowerCase(Issuers.VI))
                    .collect(Collectors.joining(", "))
                + ":");
      }
      for (String field : e.getKey()) {
        b.heading(2, field);
      }
    }
    b.italic(
        "Mỗi lĩnh vực nêu kết quả và số liệu theo từng tiêu chí, tài liệu kiểm chứng; đối với tiêu"
            + " chí đạt thấp trong Chỉ số cải cách hành chính năm "
            + plan.indexYear()
            + ", nêu rõ nguyên nhân và giải pháp đã thực hiện.");
    b.heading(1, "III. KẾT QUẢ KHẮC PHỤC TỒN TẠI, HẠN CHẾ SAU KIỂM TRA");
    b.bullet(
        "Liệt kê từng tồn tại, hạn chế đã được kết luận (mã tồn tại, lĩnh vực), biện pháp khắc phục,"
            + " ngày hoàn thành và tài liệu kiểm chứng; tồn tại chưa khắc phục nêu rõ lý do và thời"
            + " hạn hoàn thành.");
    b.heading(1, "IV. MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC");
    b.bullet(
        "Giải pháp đã thực hiện để nâng cao sự hài lòng, nhất là đối với các thành phần đạt thấp"
            + " nêu tại Phụ lục 1.");
    b.heading(1, "V. ĐÁNH GIÁ CHUNG");
    b.bullets(List.of("Ưu điểm.", "Tồn tại, hạn chế và nguyên nhân (chủ quan, khách quan)."));
    b.heading(1, "VI. ĐỀ XUẤT, KIẾN NGHỊ");
    return new Annex(
        "Phụ lục 2",
        List.of(
            "ĐỀ CƯƠNG BÁO CÁO",
            "Kết quả thực hiện công tác cải cách hành chính năm " + plan.planYear()),
        annexOf,
        b.list(),
        false);
  }

  /** The Vietnamese name of a form as the plan writes it. */
  static String formLabel(InspectionForm f, PlanConfig c) {
    return switch (f) {
      case ANNOUNCED ->
          "Kiểm tra trực tiếp theo kế hoạch, thông báo trước ít nhất "
              + twoDigits(c.noticeWorkingDays())
              + " ngày làm việc";
      case SURPRISE -> "Kiểm tra đột xuất, không báo trước";
      case REINSPECTION -> "Kiểm tra lại việc khắc phục tồn tại";
      case REPORT_REVIEW -> "Kiểm tra qua báo cáo, hồ sơ, tài liệu";
    };
  }

  private static String quarterRange(PlanConfig c) {
    List<String> q = c.quarters();
    int first = PlanConfig.ROMAN_QUARTERS.indexOf(q.get(0));
    boolean contiguous = true;
    for (int i = 1; i < q.size(); i++) {
      contiguous &= PlanConfig.ROMAN_QUARTERS.indexOf(q.get(i)) == first + i;
    }
    if (q.size() == 1) {
      return "quý " + q.get(0);
    }
    return contiguous
        ? "quý " + q.get(0) + " đến quý " + q.get(q.size() - 1)
        : "các quý " + String.join(", ", q);
  }

  private static String weights(PlanConfig c) {
    return java.util.Arrays.stream(Score.values())
        .map(s -> s.labelVi + " " + Formats.decimal(c.weights().get(s), 2).replaceFirst(",00$", ""))
        .collect(Collectors.joining(", "));
  }

  /** "10", "03": the plans write small counts of days with two digits. */
  static String twoDigits(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }
}
