package vn.cchc.sample.survey;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.survey.SipasComponent;
import vn.cchc.sample.methodology.MethodologyCatalogue;
import vn.cchc.sample.methodology.SubCriterion;
import vn.cchc.sample.output.Table;

/**
 * The survey designs: one index survey (điều tra xã hội học) per methodology version, one question
 * per survey-assessed sub-criterion; and the SIPAS satisfaction survey, whose design changed in
 * 2022.
 */
public final class SurveyDesigns {
  public static final String OPTION_WEIGHTS = "A=1;B=0.6;C=0.2;D=0";
  public static final List<String> OPTIONS = List.of("A", "B", "C", "D");
  public static final String SIPAS_2017 = "SIPAS-2017";
  public static final String SIPAS_2022 = "SIPAS-2022";

  /** A SIPAS question. */
  public record SipasQuestion(String code, SipasComponent component, String text) {}

  static final List<SipasQuestion> SIPAS_2017_QUESTIONS =
      List.of(
          new SipasQuestion(
              "TC1",
              SipasComponent.TIEP_CAN,
              "Nơi ngồi chờ, trang thiết bị tại Bộ phận Một cửa đầy đủ, tiện nghi"),
          new SipasQuestion(
              "TC2",
              SipasComponent.TIEP_CAN,
              "Thông tin về thủ tục hành chính được niêm yết công khai, dễ hiểu"),
          new SipasQuestion(
              "TT1", SipasComponent.THU_TUC, "Thành phần hồ sơ phải nộp đúng quy định"),
          new SipasQuestion("TT2", SipasComponent.THU_TUC, "Phí, lệ phí phải nộp đúng quy định"),
          new SipasQuestion(
              "CC1", SipasComponent.CONG_CHUC, "Công chức có thái độ giao tiếp lịch sự, tôn trọng"),
          new SipasQuestion(
              "CC2",
              SipasComponent.CONG_CHUC,
              "Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo"),
          new SipasQuestion("KQ1", SipasComponent.KET_QUA, "Kết quả giải quyết được trả đúng hạn"),
          new SipasQuestion(
              "KQ2", SipasComponent.KET_QUA, "Kết quả giải quyết có thông tin đầy đủ, chính xác"),
          new SipasQuestion(
              "GY1",
              SipasComponent.GOP_Y,
              "Cơ quan có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị"),
          new SipasQuestion(
              "GY2",
              SipasComponent.GOP_Y,
              "Góp ý, phản ánh, kiến nghị được tiếp nhận, xử lý kịp thời"));

  static final List<SipasQuestion> SIPAS_2022_QUESTIONS =
      List.of(
          new SipasQuestion(
              "TC1",
              SipasComponent.TIEP_CAN,
              "Dễ dàng tiếp cận dịch vụ công trực tuyến trên Cổng Dịch vụ công"),
          new SipasQuestion(
              "TC2",
              SipasComponent.TIEP_CAN,
              "Thông tin về thủ tục hành chính được công khai đầy đủ, dễ hiểu"),
          new SipasQuestion(
              "TT1", SipasComponent.THU_TUC, "Thành phần hồ sơ, thời hạn giải quyết phù hợp"),
          new SipasQuestion(
              "TT2", SipasComponent.THU_TUC, "Số lần phải đi lại để hoàn thành thủ tục hợp lý"),
          new SipasQuestion(
              "TT3", SipasComponent.THU_TUC, "Phí, lệ phí được công khai, thu đúng quy định"),
          new SipasQuestion(
              "CC1", SipasComponent.CONG_CHUC, "Công chức có thái độ giao tiếp lịch sự, tôn trọng"),
          new SipasQuestion(
              "CC2",
              SipasComponent.CONG_CHUC,
              "Công chức hướng dẫn kê khai hồ sơ tận tình, dễ hiểu"),
          new SipasQuestion(
              "CC3",
              SipasComponent.CONG_CHUC,
              "Công chức tuân thủ đúng quy định khi giải quyết công việc"),
          new SipasQuestion("KQ1", SipasComponent.KET_QUA, "Kết quả giải quyết được trả đúng hạn"),
          new SipasQuestion("KQ2", SipasComponent.KET_QUA, "Kết quả giải quyết đầy đủ, chính xác"),
          new SipasQuestion("GY1", SipasComponent.GOP_Y, "Dễ dàng gửi góp ý, phản ánh, kiến nghị"),
          new SipasQuestion(
              "GY2",
              SipasComponent.GOP_Y,
              "Góp ý, phản ánh, kiến nghị được giải quyết và phản hồi kịp thời"));

  private final MethodologyCatalogue catalogue;

  public SurveyDesigns(MethodologyCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  public static String indexSurveyCode(String version) {
    return "DTXHH-" + version;
  }

  public static String questionCode(SubCriterion s) {
    return "Q" + s.code();
  }

  public static String sipasCode(int year) {
    return year < 2022 ? SIPAS_2017 : SIPAS_2022;
  }

  public static List<SipasQuestion> sipasQuestions(int year) {
    return year < 2022 ? SIPAS_2017_QUESTIONS : SIPAS_2022_QUESTIONS;
  }

  /**
   * The survey-assessed sub-criteria of a version, one per code over all its blocs. A code must
   * mean the same item in every bloc, since one question serves them all.
   */
  List<SubCriterion> indexItems(String version) {
    Map<String, SubCriterion> byCode = new LinkedHashMap<>();
    for (Bloc bloc : catalogue.blocs(version)) {
      for (SubCriterion s : catalogue.subCriteria(version, bloc)) {
        if (!s.surveyed()) {
          continue;
        }
        SubCriterion earlier = byCode.putIfAbsent(s.code(), s);
        if (earlier != null && !earlier.name().equals(s.name())) {
          throw new IllegalStateException(
              "Cannot share survey question "
                  + s.code()
                  + " between blocs: "
                  + earlier.name()
                  + " / "
                  + s.name());
        }
      }
    }
    return new ArrayList<>(byCode.values());
  }

  public Table questionsTable() {
    Table t = new Table(InputTables.SURVEY_QUESTIONS);
    for (var version : catalogue.versions()) {
      for (SubCriterion s : indexItems(version.code())) {
        t.add(
            indexSurveyCode(version.code()),
            questionCode(s),
            s.fieldCode(),
            s.code(),
            "OPTIONS",
            OPTION_WEIGHTS,
            "Ông/Bà đánh giá thế nào về: "
                + lowerFirst(s.name())
                + "? (A: Tốt; B: Khá; C: Trung bình; D: Kém)");
      }
    }
    addSipas(t, SIPAS_2017, SIPAS_2017_QUESTIONS);
    addSipas(t, SIPAS_2022, SIPAS_2022_QUESTIONS);
    return t;
  }

  private static void addSipas(Table t, String code, List<SipasQuestion> questions) {
    for (SipasQuestion q : questions) {
      t.add(
          code,
          q.code(),
          q.component().name(),
          null,
          "LIKERT5",
          null,
          q.text() + " (1: Rất không hài lòng … 5: Rất hài lòng)");
    }
  }

  private static String lowerFirst(String text) {
    return Character.toLowerCase(text.charAt(0)) + text.substring(1);
  }
}
