package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.ingestion.validate.Reject;
import vn.cchc.ingestion.validate.RejectRule;
import vn.cchc.model.schema.InputDates;
import vn.cchc.testsupport.Repo;

/**
 * Years and dates must be possible (issue #11: year 0000 and next year's scores were taken because
 * the latest methodology is open-ended), and surveys feed what their questions say, with every
 * SURVEY sub-criterion of a scored year covered by questions and answers. Over the mini province:
 * V2022 (2022–2024) and V2025 (2025–), bloc SO, 2024 self scores, SURVEY sub-criterion 2.1.2.
 */
class YearsAndSurveysTest {
  private static final Path MINI = Repo.root().resolve("ingestion/src/test/resources/mini");
  private static final String NO_QUESTION =
      "Cảnh báo: năm 2024, Khối sở, ban, ngành (SO): tiêu chí thành phần 2.1.2 (bộ tiêu chí V2022)"
          + " đánh giá qua điều tra xã hội học nhưng không có câu hỏi nào trong survey_questions ghi mã"
          + " tiêu chí này. Các tiêu chí này tạm tính 0 điểm và chỉ số của các đơn vị là tạm tính cho"
          + " tới khi nạp khảo sát (xem data_quality, quy tắc SURVEY_NO_ANSWERS)";

  @TempDir Path tmp;
  Path warehouse;
  Ingestion.Result mini;

  @BeforeEach
  void loadTheMiniProvince() {
    warehouse = tmp.resolve("wh");
    mini = ingest(MINI);
  }

  @Test
  void assessmentYearsRunFrom2000ToTheCurrentYearAndPlannedYearsAFewYearsAhead() throws Exception {
    int now = InputDates.lastAssessmentYear();
    int planned = InputDates.lastPlannedYear();
    write(
        "adjustments.csv",
        "year,unit_code,kind,points\n"
            + "0000,SO-TC,BONUS,1\n"
            + (now + 1)
            + ",SO-TC25,BONUS,1\n"
            + "2024,SO-TC,BONUS,1\n");
    write(
        "methodology_versions.csv",
        "version,name,legal_basis,from_year,to_year\n"
            + "V2025,Bộ tiêu chí 2025,55/QĐ-UBND,2025,\n"
            + "V9999,Bộ tiêu chí xa,1/QĐ,"
            + (planned + 1)
            + ",\n");
    write(
        "units.csv",
        "unit_code,name,bloc,parent_code,valid_from,valid_to\n"
            + "SO-XD,Sở Xây dựng,SO,AG,1899-12-31,\n");
    Ingestion.Result r =
        ingest(file("methodology_versions.csv"), file("units.csv"), file("adjustments.csv"));

    assertThat(r.rejects())
        .extracting(
            Reject::file,
            Reject::row,
            Reject::column,
            Reject::rawValue,
            Reject::rule,
            Reject::message)
        .containsExactlyInAnyOrder(
            tuple(
                file("methodology_versions.csv").toString(),
                3L,
                "from_year",
                String.valueOf(planned + 1),
                RejectRule.RANGE,
                "Năm " + (planned + 1) + " không hợp lệ: phải từ 2000 đến " + planned),
            tuple(
                file("units.csv").toString(),
                2L,
                "valid_from",
                "1899-12-31",
                RejectRule.RANGE,
                "Ngày 1899-12-31 không hợp lệ: phải từ 01/01/1900 đến 31/12/" + planned),
            tuple(
                file("adjustments.csv").toString(),
                2L,
                "year",
                "0000",
                RejectRule.RANGE,
                "Năm 0 không hợp lệ: năm đánh giá phải từ 2000 đến " + now),
            tuple(
                file("adjustments.csv").toString(),
                3L,
                "year",
                String.valueOf(now + 1),
                RejectRule.RANGE,
                "Năm "
                    + (now + 1)
                    + " chưa đến: năm đánh giá không thể sau năm hiện tại ("
                    + now
                    + "), kể cả khi bộ tiêu chí mới nhất chưa có năm kết thúc"));
    assertThat(r.warehouseRows()).containsEntry("adjustments", 1L).containsEntry("units", 5L);
  }

  @Test
  void anInspectionCannotStartAndAFindingCannotBeRemediatedAfterToday() throws Exception {
    String tomorrow = InputDates.today().plusDays(1).toString();
    String today = InputDates.today().toString();
    write(
        "inspections.csv",
        "inspection_id,year,unit_code,form,start_date,end_date,lead_agency\n"
            + "KT-1,2024,SO-TC,ANNOUNCED,2024-05-06,2024-05-07,Sở Nội vụ\n"
            + "KT-2,"
            + InputDates.lastAssessmentYear()
            + ",SO-TC25,SURPRISE,"
            + tomorrow
            + ",,Sở Nội vụ\n");
    write(
        "findings.csv",
        "finding_id,inspection_id,field_code,criterion_code,severity,description,recommendation,due_date,remediated_on\n"
            + "F-1,KT-1,1,,LOW,Chậm ban hành kế hoạch,,2024-06-30,"
            + tomorrow
            + "\n");
    Ingestion.Result r = ingest(file("inspections.csv"), file("findings.csv"));

    assertThat(r.rejects())
        .extracting(Reject::row, Reject::column, Reject::rawValue, Reject::message)
        .containsExactlyInAnyOrder(
            tuple(
                3L,
                "start_date",
                tomorrow,
                "Ngày bắt đầu " + tomorrow + " chưa đến: không thể sau ngày nạp (" + today + ")"),
            tuple(
                2L,
                "remediated_on",
                tomorrow,
                "Ngày khắc phục "
                    + tomorrow
                    + " chưa đến: không thể sau ngày nạp ("
                    + today
                    + ")"));
  }

  @Test
  void aQuestionFeedsWhatItsColumnsSayAndOneThatFeedsNothingIsRejected() throws Exception {
    write(
        "survey_questions.csv",
        """
        survey_code,question_code,component,sub_criterion_code,scale,option_weights
        KSHL-2024,Q1,2,2.1.2,OPTIONS,A=1;B=0.5;C=0
        KSHL-2024,K1,tiep_can,,LIKERT5,
        KSHL-2024,Q2,2,,OPTIONS,A=1;B=0
        KSHL-2024,K2,KET_QUA,,OPTIONS,A=1;B=0
        """);
    Ingestion.Result r = ingest(file("survey_questions.csv"));

    assertThat(r.rejects())
        .extracting(Reject::row, Reject::column, Reject::rawValue, Reject::rule, Reject::message)
        .containsExactlyInAnyOrder(
            tuple(
                4L,
                "component",
                "2",
                RejectRule.CONSISTENCY,
                "Câu hỏi không được tính vào đâu: không ghi mã tiêu chí thành phần (sub_criterion_code)"
                    + " của Chỉ số CCHC, và thành phần '2' không phải thành phần SIPAS (TIEP_CAN, THU_TUC,"
                    + " CONG_CHUC, KET_QUA hoặc GOP_Y); mục đích của câu hỏi lấy từ hai cột này, không từ"
                    + " mã khảo sát"),
            tuple(
                5L,
                "scale",
                "OPTIONS",
                RejectRule.CONSISTENCY,
                "Câu hỏi thuộc thành phần SIPAS KET_QUA phải dùng thang LIKERT5 (mức độ hài lòng 1–5),"
                    + " không phải OPTIONS"));
    assertThat(r.warehouseRows()).containsEntry("survey_questions", 2L);
  }

  /**
   * The mini province has no survey: its SURVEY sub-criterion 2.1.2 of 2024 would count 0 for every
   * unit. The batch says so and exits 3, then again while the question has no answer, and is clean
   * once the answers are there, whatever the survey's code.
   */
  @Test
  void aScoredYearWhoseSurveySubCriterionHasNoQuestionOrNoAnswerIsALoudWarning() throws Exception {
    assertThat(mini.rejects()).isEmpty();
    assertThat(mini.orphans()).containsExactly(NO_QUESTION);
    assertThat(mini.clean()).isFalse();

    write(
        "survey_questions.csv",
        """
        survey_code,question_code,component,sub_criterion_code,scale,option_weights
        KSHL-2024,Q1,2,2.1.2,OPTIONS,A=1;B=0.5;C=0
        """);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        IngestCli.run(
            List.of(file("survey_questions.csv").toString(), "--warehouse", warehouse.toString()),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            System.err);
    assertThat(code).isEqualTo(IngestCli.REJECTS);
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains(
            "  Cảnh báo: năm 2024, Khối sở, ban, ngành (SO): tiêu chí thành phần 2.1.2 (bộ tiêu chí"
                + " V2022) đánh giá qua điều tra xã hội học nhưng không đơn vị nào của khối có câu trả lời"
                + " năm 2024. Các tiêu chí này tạm tính 0 điểm và chỉ số của các đơn vị là tạm tính cho"
                + " tới khi nạp khảo sát (xem data_quality, quy tắc SURVEY_NO_ANSWERS)\n");

    write(
        "survey_responses.csv",
        """
        year,survey_code,respondent_id,unit_code,question_code,answer
        2024,KSHL-2024,r1,SO-TC,Q1,A
        """);
    Ingestion.Result answered = ingest(file("survey_responses.csv"));
    assertThat(answered.rejects()).isEmpty();
    assertThat(answered.orphans()).isEmpty();
    assertThat(answered.clean()).isTrue();
  }

  private Ingestion.Result ingest(Path... inputs) {
    return new Ingestion(
            new IngestOptions(List.of(inputs), warehouse, IngestOptions.OnError.SKIP_ROW, null, 10))
        .run();
  }

  private void write(String name, String content) throws Exception {
    Files.writeString(file(name), content);
  }

  private Path file(String name) {
    return tmp.resolve(name);
  }
}
