package vn.cchc.transforms;

import org.apache.spark.sql.SparkSession;

/**
 * The hand-computed province used by the unit tests (V2022, bloc SO, year 2022; maxima 10 + 6 + 16 + 60 + 8 SURVEY):
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
    InputsBuilder b = new InputsBuilder(spark)
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
        .question("DTXHH-V2022", "Q1", "3", "3.1.2", "OPTIONS", "A=1; B=0,6;C=0.2;D=0");
    selfAndRound1(b, "A", new Double[] {10.0, 6.0, null, 50.0}, new Double[] {9.0, 5.0, null, 48.5});
    b.notApplicable(2022, "A", "2.1.1").appraisal(2022, "A", "1.1.1", 2, 9.5);
    selfAndRound1(b, "B", new Double[] {10.0, 6.0, 16.0, 52.0}, new Double[] {10.0, 6.0, 16.0, 50.0});
    selfAndRound1(b, "C", new Double[] {9.0, 6.0, 12.0, 48.0}, new Double[] {8.0, 6.0, 10.0, null});
    selfAndRound1(b, "D", new Double[] {10.0, 6.0, 12.0, 50.0}, new Double[] {10.0, 4.0, 10.0, 48.0});
    selfAndRound1(b, "E", new Double[] {5.0, 3.0, 8.0, 30.0}, new Double[] {5.0, 3.0, 8.0, 30.0});
    b.adjustment(2022, "E", "BONUS", 2).adjustment(2022, "E", "PENALTY", 1);
    b.response(2022, "DTXHH-V2022", "r1", "A", "Q1", "a", 0.665)
        .response(2022, "DTXHH-V2022", "r2", "A", "Q1", "D", 0.335)
        .response(2022, "DTXHH-V2022", "r3", "B", "Q1", "A", 1)
        .response(2022, "DTXHH-V2022", "r4", "B", "Q1", "A", 1)
        .response(2022, "DTXHH-V2022", "r5", "C", "Q1", "B", 1)
        .response(2022, "DTXHH-V2022", "r6", "D", "Q1", "B", 1)
        .response(2022, "DTXHH-V2022", "r7", "E", "Q1", "D", 1);
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
