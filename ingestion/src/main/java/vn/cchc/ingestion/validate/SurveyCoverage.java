package vn.cchc.ingestion.validate;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.cchc.ingestion.commit.Staging;
import vn.cchc.model.methodology.Assessment;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.schema.TableSchema;

/**
 * Every survey-assessed sub-criterion of a year with scores needs questions and answers: a SURVEY
 * sub-criterion of the methodology in force in year Y, for a bloc with units scored in Y, that no
 * question names (survey_questions.sub_criterion_code), or that no unit of the bloc has an answer
 * of Y for, would count 0 points for every unit. The batch is kept, it says so (exit 3), and the
 * transform makes the index of each unit concerned provisional and lists the item in {@code
 * data_quality} (SURVEY_NO_ANSWERS).
 */
public final class SurveyCoverage {
  /** The tables whose change can leave a SURVEY sub-criterion without questions or answers. */
  public static final Set<TableSchema> TABLES =
      Set.of(
          InputTables.METHODOLOGY_VERSIONS,
          InputTables.CRITERIA,
          InputTables.UNITS,
          InputTables.SURVEY_QUESTIONS,
          InputTables.SELF_SCORES,
          InputTables.APPRAISALS,
          InputTables.SURVEY_RESPONSES);

  private SurveyCoverage() {}

  private record Gap(int year, Bloc bloc, String version, String subCriterion, boolean asked) {}

  /**
   * One warning per year, bloc and kind of gap (no question at all, or questions without an answer
   * of the year), listing the sub-criteria, in the tables' next state.
   */
  public static List<String> find(Staging staging) throws SQLException {
    String units = Staging.next(InputTables.UNITS);
    String atYearEnd =
        " JOIN "
            + units
            + " u ON u.unit_code = f.unit_code AND u.valid_from <= make_date(f.year, 12, 31)"
            + " AND coalesce(u.valid_to, DATE '9999-12-31') >= make_date(f.year, 12, 31)";
    String questions = Staging.next(InputTables.SURVEY_QUESTIONS);
    String sql =
        "WITH scored AS (SELECT DISTINCT f.year, u.bloc FROM (SELECT year, unit_code FROM "
            + Staging.next(InputTables.SELF_SCORES)
            + " UNION SELECT year, unit_code FROM "
            + Staging.next(InputTables.APPRAISALS)
            + ") f"
            + atYearEnd
            + "), items AS (SELECT s.year, s.bloc, m.version, c.sub_criterion_code FROM scored s JOIN "
            + Staging.next(InputTables.METHODOLOGY_VERSIONS)
            + " m ON s.year BETWEEN m.from_year AND coalesce(m.to_year, 9999) JOIN "
            + Staging.next(InputTables.CRITERIA)
            + " c ON c.version = m.version AND c.bloc = s.bloc AND c.sub_criterion_code IS NOT NULL"
            + " AND c.assessment = '"
            + Assessment.SURVEY.name()
            + "'), answered AS (SELECT DISTINCT f.year, u.bloc, q.sub_criterion_code FROM "
            + Staging.next(InputTables.SURVEY_RESPONSES)
            + " f JOIN "
            + questions
            + " q USING (survey_code, question_code)"
            + atYearEnd
            + " WHERE q.sub_criterion_code IS NOT NULL)"
            + " SELECT i.year, i.bloc, i.version, i.sub_criterion_code,"
            + " EXISTS (SELECT 1 FROM "
            + questions
            + " q WHERE q.sub_criterion_code = i.sub_criterion_code) AS asked"
            + " FROM items i WHERE NOT EXISTS (SELECT 1 FROM answered a WHERE a.year = i.year"
            + " AND a.bloc = i.bloc AND a.sub_criterion_code = i.sub_criterion_code)"
            + " ORDER BY i.year, i.bloc, asked, i.sub_criterion_code";
    List<Gap> gaps =
        staging.query(
            sql,
            rs ->
                new Gap(
                    rs.getInt(1),
                    Bloc.valueOf(rs.getString(2)),
                    rs.getString(3),
                    rs.getString(4),
                    rs.getBoolean(5)));
    Map<List<Object>, List<String>> grouped = new LinkedHashMap<>();
    for (Gap g : gaps) {
      grouped
          .computeIfAbsent(
              List.of(g.year(), g.bloc(), g.version(), g.asked()), k -> new ArrayList<>())
          .add(g.subCriterion());
    }
    List<String> out = new ArrayList<>();
    grouped.forEach(
        (k, subs) -> {
          int year = (Integer) k.get(0);
          Bloc bloc = (Bloc) k.get(1);
          boolean asked = (Boolean) k.get(3);
          out.add(
              "Cảnh báo: năm "
                  + year
                  + ", "
                  + bloc.labelVi()
                  + " ("
                  + bloc.name()
                  + "): tiêu chí thành phần "
                  + String.join(", ", subs)
                  + " (bộ tiêu chí "
                  + k.get(2)
                  + ") đánh giá qua điều tra xã hội học nhưng "
                  + (asked
                      ? "không đơn vị nào của khối có câu trả lời năm " + year
                      : "không có câu hỏi nào trong survey_questions ghi mã tiêu chí này")
                  + ". Các tiêu chí này tạm tính 0 điểm và chỉ số của các đơn vị là tạm tính cho tới khi"
                  + " nạp khảo sát (xem data_quality, quy tắc SURVEY_NO_ANSWERS)");
        });
    return out;
  }
}
