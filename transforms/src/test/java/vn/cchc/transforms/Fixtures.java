package vn.cchc.transforms;

import org.apache.spark.sql.SparkSession;

/**
 * The hand-computed province used by the unit tests (V2022, bloc SO, year 2022; maxima 10 + 6 + 16
 * + 60 + 8 SURVEY):
 *
 * <pre>
 * unit  1.1.1        1.1.2     2.1.1      3.1.1             3.1.2 survey     adj   total  max  index
 * A     self10 r1 9 r2 9.5  s6 r1 5  N/A   s50 r1 48.5  A(w.665) D(w.335)=5.32  –  68.32   84  81.33 (B, rank 2)
 * B     s10 r1 10  s6 r1 6   s16 r1 16  s52 r1 50       A, A = 8              –  90.00  100  90.00 (A, rank 1)
 * C     s9 r1 8    s6 r1 6   s12 r1 10  s48 never appr. B = 4.8               –  76.80  100  76.80 (C, rank 3, provisional)
 * D     s10 r1 10  s6 r1 4   s12 r1 10  s50 r1 48       B = 4.8               –  76.80  100  76.80 (C, rank 3)
 * E     s5 r1 5    s3 r1 3   s8 r1 8    s30 r1 30       D = 0            +2 −1  47.00  100  47.00 (no band, rank 5)
 * F     (no scores at all: listed in data_quality, no index)
 * </pre>
 */
public final class Fixtures {
  private Fixtures() {}

  public static InputsBuilder province2022(SparkSession spark) {
    return province2022(spark, "DTXHH-V2022");
  }

  /**
   * The same province, its index survey coded {@code surveyCode}: the code names the design only,
   * every figure is the same whatever it is.
   */
  public static InputsBuilder province2022(SparkSession spark, String surveyCode) {
    InputsBuilder b =
        new InputsBuilder(spark)
            .version("V2022", 2022, null)
            .field("V2022", "SO", "1", "Công tác chỉ đạo, điều hành")
            .criterion("V2022", "SO", "1.1", "Kế hoạch CCHC")
            .sub("V2022", "SO", "1.1.1", 10, "SELF")
            .sub("V2022", "SO", "1.1.2", 6, "SELF")
            .field("V2022", "SO", "2", "Cải cách thủ tục hành chính")
            .criterion("V2022", "SO", "2.1", "Giải quyết TTHC")
            .sub("V2022", "SO", "2.1.1", 16, "SELF")
            .field("V2022", "SO", "3", "Tác động của CCHC")
            .criterion("V2022", "SO", "3.1", "Kết quả và tác động")
            .sub("V2022", "SO", "3.1.1", 60, "SELF")
            .sub("V2022", "SO", "3.1.2", 8, "SURVEY")
            .band("V2022", "SO", "A", 90, "Tốt")
            .band("V2022", "SO", "B", 80, "Khá")
            .band("V2022", "SO", "C", 70, "Trung bình")
            .unit("P", "TINH", "2000-01-01", null)
            .unit("A", "SO", "2000-01-01", null)
            .unit("B", "SO", "2000-01-01", null)
            .unit("C", "SO", "2000-01-01", null)
            .unit("D", "SO", "2000-01-01", null)
            .unit("E", "SO", "2000-01-01", null)
            .unit("F", "SO", "2000-01-01", null)
            .question(surveyCode, "Q1", "3", "3.1.2", "OPTIONS", "A=1; B=0,6;C=0.2;D=0");
    selfAndRound1(
        b, "A", new Double[] {10.0, 6.0, null, 50.0}, new Double[] {9.0, 5.0, null, 48.5});
    b.notApplicable(2022, "A", "2.1.1").appraisal(2022, "A", "1.1.1", 2, 9.5);
    selfAndRound1(
        b, "B", new Double[] {10.0, 6.0, 16.0, 52.0}, new Double[] {10.0, 6.0, 16.0, 50.0});
    selfAndRound1(b, "C", new Double[] {9.0, 6.0, 12.0, 48.0}, new Double[] {8.0, 6.0, 10.0, null});
    selfAndRound1(
        b, "D", new Double[] {10.0, 6.0, 12.0, 50.0}, new Double[] {10.0, 4.0, 10.0, 48.0});
    selfAndRound1(b, "E", new Double[] {5.0, 3.0, 8.0, 30.0}, new Double[] {5.0, 3.0, 8.0, 30.0});
    b.adjustment(2022, "E", "BONUS", 2).adjustment(2022, "E", "PENALTY", 1);
    b.response(2022, surveyCode, "r1", "A", "Q1", "a", 0.665)
        .response(2022, surveyCode, "r2", "A", "Q1", "D", 0.335)
        .response(2022, surveyCode, "r3", "B", "Q1", "A", 1)
        .response(2022, surveyCode, "r4", "B", "Q1", "A", 1)
        .response(2022, surveyCode, "r5", "C", "Q1", "B", 1)
        .response(2022, surveyCode, "r6", "D", "Q1", "B", 1)
        .response(2022, surveyCode, "r7", "E", "Q1", "D", 1);
    return b;
  }

  /**
   * The 2025 restructuring on real codes, V2023 for every year, one item 1.1.1 (maximum 100) per
   * bloc, so each index equals its points. Codes reused by new units: 30307 (Phường Mỹ Long until
   * 30 June 2025, Phường Long Xuyên from 1 July), SO_TC and SO_NV (three versions each), 91 (Kiên
   * Giang, then An Giang).
   *
   * <pre>
   * 1 Mar 2025  SO_KHDT 0.4 + SO_TC 0.6 → SO_TC@2025-03-01      SO_LDTBXH 0.2 + SO_NV 0.8 → SO_NV@2025-03-01
   *             CY_A → CY_B and CY_B → CY_A, SO_XD → SO_XD (one version): cycles, set aside
   * 1 Jul 2025  SO_TC@2025-03-01 0.7 + KG_SO_TC 0.3 → SO_TC@2025-07-01
   *             SO_NV@2025-03-01 0.5 + KG_SO_NV 0.5 → SO_NV@2025-07-01
   *             30307 (whole) 0.7 + 30310 (part) 0.3 → 30307@2025-07-01
   *             30310 (part) 0.25 + 30313 (whole) 0.75 → 30337           30399 → 30337 (no such unit)
   *
   * index        2023  2024  2025          index        2023  2024  2025
   * SO_KHDT        70    72     –          30307 Mỹ Long   75    76     –
   * SO_TC          80    82    85 (new)    30310 Mỹ Bình   50    60     – (a 2025 score: unresolved)
   * KG_SO_TC       60    64     –          30313 Mỹ Xuyên   –    70     –
   * SO_NV          75    74    80 (new)    30307 Long Xuyên –     –    78
   * SO_LDTBXH      65    70     –          30337 Bình Đức   –     –    72
   * KG_SO_NV       62    66     –          30399 (unknown) a 2024 score: unresolved
   * CY_A / CY_B  50/55 52/58 60/61
   * SO_XD          64    66    67
   * </pre>
   *
   * Inspections: I1 of 30337 starting 6 May 2025 (before it existed: unresolved, with its finding),
   * I2 of 30307 in 2024 (Mỹ Long; one overdue finding), I3 of SO_NV in 2023. SIPAS: three answers
   * "1" for 30307 in 2024 (Mỹ Long), one for 30310 in 2025 (unresolved).
   */
  public static InputsBuilder restructuring(SparkSession spark) {
    InputsBuilder b = new InputsBuilder(spark).version("V2023", 2023, null);
    for (String bloc : new String[] {"SO", "XA"}) {
      b.field("V2023", bloc, "1", "Công tác chỉ đạo, điều hành")
          .criterion("V2023", bloc, "1.1", "Kế hoạch CCHC")
          .sub("V2023", bloc, "1.1.1", 100, "SELF")
          .band("V2023", bloc, "A", 90, "Tốt")
          .band("V2023", bloc, "B", 80, "Khá")
          .band("V2023", bloc, "C", 70, "Trung bình");
    }
    String old = "2015-01-01";
    String lastOld = "2025-06-30";
    String july = "2025-07-01";
    String march = "2025-03-01";
    b.unit("89", "Tỉnh An Giang", "TINH", null, old, lastOld)
        .unit("91", "Tỉnh Kiên Giang", "TINH", null, old, lastOld)
        .unit("91", "Tỉnh An Giang", "TINH", null, july, null)
        .unit("30307", "Phường Mỹ Long", "XA", "89", old, lastOld)
        .unit("30310", "Phường Mỹ Bình", "XA", "89", old, lastOld)
        .unit("30313", "Phường Mỹ Xuyên", "XA", "89", old, lastOld)
        .unit("30307", "Phường Long Xuyên", "XA", "91", july, null)
        .unit("30337", "Phường Bình Đức", "XA", "91", july, null)
        .unit("SO_KHDT", "Sở Kế hoạch và Đầu tư", "SO", "89", old, "2025-02-28")
        .unit("SO_TC", "Sở Tài chính", "SO", "89", old, "2025-02-28")
        .unit("SO_TC", "Sở Tài chính", "SO", "89", march, lastOld)
        .unit("SO_TC", "Sở Tài chính", "SO", "91", july, null)
        .unit("KG_SO_TC", "Sở Tài chính tỉnh Kiên Giang", "SO", "91", old, lastOld)
        .unit("SO_NV", "Sở Nội vụ", "SO", "89", old, "2025-02-28")
        .unit("SO_NV", "Sở Nội vụ", "SO", "89", march, lastOld)
        .unit("SO_NV", "Sở Nội vụ", "SO", "91", july, null)
        .unit("SO_XD", "Sở Xây dựng", "SO", null, old, null)
        .unit("SO_LDTBXH", "Sở Lao động - Thương binh và Xã hội", "SO", "89", old, "2025-02-28")
        .unit("KG_SO_NV", "Sở Nội vụ tỉnh Kiên Giang", "SO", "91", old, lastOld)
        .unit("CY_A", "Ban Dân tộc", "SO", null, old, null)
        .unit("CY_B", "Ban Tôn giáo", "SO", null, old, null)
        .lineage("SO_KHDT", "SO_TC", march, "MERGE", 0.4)
        .lineage("SO_TC", "SO_TC", march, "MERGE", 0.6)
        .lineage("SO_LDTBXH", "SO_NV", march, "MERGE", 0.2)
        .lineage("SO_NV", "SO_NV", march, "MERGE", 0.8)
        .lineage("CY_A", "CY_B", march, "MERGE", 1)
        .lineage("CY_B", "CY_A", march, "MERGE", 1)
        .lineage("SO_XD", "SO_XD", march, "RENAME", 1)
        .lineage("SO_TC", "SO_TC", july, "MERGE", 0.7)
        .lineage("KG_SO_TC", "SO_TC", july, "MERGE", 0.3)
        .lineage("SO_NV", "SO_NV", july, "MERGE", 0.5)
        .lineage("KG_SO_NV", "SO_NV", july, "MERGE", 0.5)
        .lineage("30307", "30307", july, "MERGE", 0.7)
        .lineage("30310", "30307", july, "SPLIT", 0.3)
        .lineage("30310", "30337", july, "SPLIT", 0.25)
        .lineage("30313", "30337", july, "MERGE", 0.75)
        .lineage("30399", "30337", july, "MERGE", 0.1);
    Object[][] index = {
      {"SO_KHDT", 70.0, 72.0, null}, {"SO_TC", 80.0, 82.0, 85.0}, {"KG_SO_TC", 60.0, 64.0, null},
      {"SO_NV", 75.0, 74.0, 80.0}, {"SO_LDTBXH", 65.0, 70.0, null}, {"KG_SO_NV", 62.0, 66.0, null},
      {"CY_A", 50.0, 52.0, 60.0}, {"CY_B", 55.0, 58.0, 61.0}, {"SO_XD", 64.0, 66.0, 67.0},
      {"30307", 75.0, 76.0, 78.0}, {"30310", 50.0, 60.0, 40.0}, {"30313", null, 70.0, null},
      {"30337", null, null, 72.0}
    };
    for (Object[] u : index) {
      for (int y = 0; y < 3; y++) {
        if (u[y + 1] != null) {
          b.self(2023 + y, (String) u[0], "1.1.1", (Double) u[y + 1])
              .appraisal(2023 + y, (String) u[0], "1.1.1", 1, (Double) u[y + 1]);
        }
      }
    }
    b.self(2024, "30399", "1.1.1", 50.0);
    b.inspection("I1", 2025, "30337", "2025-05-06", "2025-05-08")
        .finding("F1", "I1", "1", "2025-12-31", null)
        .inspection("I2", 2024, "30307", "2024-05-06", "2024-05-10")
        .finding("F2", "I2", "1", "2024-12-31", null)
        .inspection("I3", 2023, "SO_NV", "2023-04-03", "2023-04-05")
        .finding("F3", "I3", "1", "2023-06-30", "2023-05-01");
    b.question("SIPAS-2022", "C1", "THU_TUC", null, "LIKERT5", null);
    for (int i = 1; i <= 3; i++) {
      b.response(2024, "SIPAS-2022", "m" + i, "30307", "C1", "1", 1);
    }
    b.response(2025, "SIPAS-2022", "b1", "30310", "C1", "5", 1);
    return b;
  }

  private static final String[] SELF_ITEMS = {"1.1.1", "1.1.2", "2.1.1", "3.1.1"};

  private static void selfAndRound1(InputsBuilder b, String unit, Double[] self, Double[] round1) {
    for (int i = 0; i < SELF_ITEMS.length; i++) {
      if (self[i] != null) {
        b.self(2022, unit, SELF_ITEMS[i], self[i]);
      }
      if (round1[i] != null) {
        b.appraisal(2022, unit, SELF_ITEMS[i], 1, round1[i]);
      }
    }
  }
}
