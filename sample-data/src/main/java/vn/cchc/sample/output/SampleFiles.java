package vn.cchc.sample.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which table goes to which file, in which spelling. The sample deliberately mixes every variant
 * the ingestion accepts: CSV and XLSX, several tables in one workbook, Vietnamese headers, a
 * ';'-delimited file with decimal commas, a file with a byte-order mark, a file with its columns
 * reordered, '_' and '-' suffixes.
 */
public final class SampleFiles {
  private SampleFiles() {}

  /** The tables of one run, keyed as in {@link vn.cchc.sample.SampleProvince}. */
  public record Tables(
      Table methodologyVersions,
      Table criteria,
      Table bands,
      Table units,
      Table unitLineage,
      Table surveyQuestions,
      Map<Integer, Table> selfScores,
      Map<Integer, Table> appraisals,
      Table adjustments,
      Map<Integer, Table> surveyResponses,
      Table inspections,
      Table findings) {}

  /** Writes every file into {@code dir}, which is created if needed; returns the files written. */
  public static List<Path> write(Tables t, Path dir) {
    List<Path> written =
        new ArrayList<>(
            writeShared(
                t.methodologyVersions(), t.criteria(), t.bands(), t.surveyQuestions(), dir));
    written.addAll(writeProvince(t, dir));
    return written;
  }

  /**
   * Writes the files every province shares, the methodology and the survey questions, into {@code
   * dir}, which is created if needed; returns the files written.
   */
  public static List<Path> writeShared(
      Table methodologyVersions, Table criteria, Table bands, Table surveyQuestions, Path dir) {
    createDirectories(dir);
    return List.of(
        xlsx(
            dir,
            "methodology.xlsx",
            List.of(
                XlsxSheet.canonical(methodologyVersions),
                XlsxSheet.canonical(criteria),
                XlsxSheet.canonical(bands))),
        csv(dir, "survey_questions.csv", surveyQuestions, CsvStyle.PLAIN_WITH_BOM));
  }

  /**
   * Writes one province's own files, its registry and every score, survey answer and inspection,
   * into {@code dir}, which is created if needed; returns the files written.
   */
  public static List<Path> writeProvince(Tables t, Path dir) {
    createDirectories(dir);
    List<Path> written = new ArrayList<>();
    written.add(
        xlsx(
            dir,
            "units.xlsx",
            List.of(XlsxSheet.vietnamese(t.units()), XlsxSheet.vietnamese(t.unitLineage()))));

    t.selfScores()
        .forEach(
            (year, table) -> {
              switch (year) {
                case 2021 ->
                    written.add(
                        csv(dir, "self_scores_2021.csv", table, CsvStyle.EXCEL_VIETNAMESE_LOCALE));
                case 2023 ->
                    written.add(
                        csv(dir, "self_scores_2023.csv", table, CsvStyle.VIETNAMESE_HEADERS));
                case 2024 ->
                    written.add(
                        xlsx(dir, "self_scores_2024.xlsx", List.of(XlsxSheet.canonical(table))));
                default ->
                    written.add(csv(dir, "self_scores_" + year + ".csv", table, CsvStyle.PLAIN));
              }
            });
    t.appraisals()
        .forEach(
            (year, table) -> {
              Path file = dir.resolve("appraisals_" + year + ".csv");
              if (year == 2022) {
                CsvTableWriter.write(
                    table,
                    List.of("unit_code", "year", "round", "sub_criterion_code", "reason", "points"),
                    CsvStyle.PLAIN,
                    file);
              } else {
                CsvTableWriter.write(table, CsvStyle.PLAIN, file);
              }
              written.add(file);
            });
    written.add(csv(dir, "adjustments.csv", t.adjustments(), CsvStyle.PLAIN));
    t.surveyResponses()
        .forEach(
            (year, table) -> {
              if (year % 2 == 0) {
                written.add(
                    xlsx(
                        dir,
                        "survey_responses_" + year + ".xlsx",
                        List.of(XlsxSheet.canonical(table))));
              } else {
                written.add(csv(dir, "survey_responses-" + year + ".csv", table, CsvStyle.PLAIN));
              }
            });
    written.add(csv(dir, "inspections.csv", t.inspections(), CsvStyle.PLAIN));
    written.add(csv(dir, "findings.csv", t.findings(), CsvStyle.PLAIN));
    return written;
  }

  private static void createDirectories(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create output directory: " + dir, e);
    }
  }

  private static Path csv(Path dir, String name, Table table, CsvStyle style) {
    Path file = dir.resolve(name);
    CsvTableWriter.write(table, style, file);
    return file;
  }

  private static Path xlsx(Path dir, String name, List<XlsxSheet> sheets) {
    Path file = dir.resolve(name);
    XlsxTableWriter.write(sheets, file);
    return file;
  }
}
