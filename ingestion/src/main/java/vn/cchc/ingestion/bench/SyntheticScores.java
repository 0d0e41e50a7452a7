package vn.cchc.ingestion.bench;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * A large, valid, deterministic self-assessment for load tests: one methodology version with
 * {@value #SUB_CRITERIA} proportional sub-criteria and as many department units as the row count
 * needs.
 */
public final class SyntheticScores {
  public static final int SUB_CRITERIA = 100;
  public static final int YEAR = 2024;
  private static final long SEED = 20_240_531L;

  private SyntheticScores() {}

  public static int unitsFor(long rows) {
    return (int) ((rows + SUB_CRITERIA - 1) / SUB_CRITERIA);
  }

  /**
   * Writes methodology_versions, criteria and units CSV files that make {@code rows} scores valid.
   */
  public static void writeReference(Path dir, long rows) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("methodology_versions.csv"),
        "version,name,legal_basis,from_year,to_year\nVB,Bộ tiêu chí thử tải,0/QĐ-THU,2020,\n");
    try (BufferedWriter w =
        Files.newBufferedWriter(dir.resolve("criteria.csv"), StandardCharsets.UTF_8)) {
      w.write(
          "version,bloc,field_code,criterion_code,sub_criterion_code,name,max_points,assessment,scoring\n");
      for (int f = 1; f <= 10; f++) {
        w.write("VB,SO," + f + ",,,Lĩnh vực " + f + ",,,\n");
        w.write("VB,SO," + f + "," + f + ".1,,Tiêu chí " + f + ".1,,,\n");
        for (int s = 1; s <= SUB_CRITERIA / 10; s++) {
          w.write(
              "VB,SO,"
                  + f
                  + ","
                  + f
                  + ".1,"
                  + f
                  + ".1."
                  + s
                  + ",Tiêu chí thành phần "
                  + f
                  + ".1."
                  + s
                  + ",1,SELF,PROPORTIONAL\n");
        }
      }
    }
    try (BufferedWriter w =
        Files.newBufferedWriter(dir.resolve("units.csv"), StandardCharsets.UTF_8)) {
      w.write("unit_code,name,bloc,parent_code,valid_from,valid_to\n");
      for (int u = 0; u < unitsFor(rows); u++) {
        w.write(unitCode(u) + ",Đơn vị thử tải số " + u + ",SO,,2020-01-01,\n");
      }
    }
  }

  private static String unitCode(int u) {
    return String.format("U%06d", u);
  }

  private static String subCriterion(int i) {
    return (i / 10 + 1) + ".1." + (i % 10 + 1);
  }

  /** Writes {@code rows} self-scores as CSV. */
  public static void writeCsv(Path file, long rows) throws IOException {
    SplittableRandom random = new SplittableRandom(SEED);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write("year,unit_code,sub_criterion_code,points,applicable,evidence_count,note\n");
      for (long r = 0; r < rows; r++) {
        int unit = (int) (r / SUB_CRITERIA);
        int sub = (int) (r % SUB_CRITERIA);
        w.write(
            YEAR
                + ","
                + unitCode(unit)
                + ","
                + subCriterion(sub)
                + ","
                + random.nextInt(101) / 100.0
                + ",true,"
                + random.nextInt(6)
                + ",Đã cập nhật tài liệu kiểm chứng\n");
      }
    }
  }

  /**
   * Writes {@code rows} self-scores as an XLSX sheet named self_scores (streamed, inline strings).
   */
  public static void writeXlsx(Path file, long rows) throws IOException {
    SplittableRandom random = new SplittableRandom(SEED);
    try (XlsxSheetWriter sheet = new XlsxSheetWriter(file, "self_scores", 7, rows + 1)) {
      sheet.row(
          "year",
          "unit_code",
          "sub_criterion_code",
          "points",
          "applicable",
          "evidence_count",
          "note");
      for (int r = 0; r < rows; r++) {
        sheet.row(
            YEAR,
            unitCode(r / SUB_CRITERIA),
            subCriterion(r % SUB_CRITERIA),
            random.nextInt(101) / 100.0,
            true,
            random.nextInt(6),
            "Đã cập nhật tài liệu kiểm chứng");
      }
    }
  }
}
