package vn.cchc.query.sql;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cchc.testsupport.Repo;
import vn.cchc.testsupport.SampleWarehouse;

class SqlCliTest {
  @Test
  void printsCsvAndAuditsTheOsUser() throws Exception {
    Path wh = Repo.root().resolve("api/target/sql-cli-warehouse");
    SampleWarehouse.deleteTree(wh);
    SampleWarehouse.copy(wh);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        SqlCli.run(
            new String[] {
              "--warehouse",
              wh.toString(),
              "SELECT bloc, count(*) AS units FROM index_scores WHERE year = 2025 GROUP BY bloc ORDER BY bloc"
            },
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("bloc,units\nSO,14\nXA,102\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("2 dòng, ");
    String audit = Files.readString(wh.resolve("audit").resolve(SqlAudit.DEFAULT_FILE_NAME));
    assertThat(audit)
        .contains(
            "\"user\":\"" + System.getProperty("user.name") + "\"",
            "\"source\":\"CLI\"",
            "\"rows\":2");
  }

  @Test
  void theWarehouseComesFromCchcWarehouseWhenNoOptionNamesIt() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        SqlCli.run(
            new String[] {"SELECT count(DISTINCT year) AS years FROM index_scores"},
            Map.of("CCHC_WAREHOUSE", SampleWarehouse.get().toString()),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("years\n6\n");
  }

  @Test
  void anUnknownOptionABadFormatOrNoSqlIsRefusedWithTheUsage() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    PrintStream o = new PrintStream(new ByteArrayOutputStream());
    assertThat(SqlCli.run(new String[] {"--rows", "5", "SELECT 1"}, Map.of(), o, e)).isEqualTo(2);
    assertThat(SqlCli.run(new String[] {"--format", "xml", "SELECT 1"}, Map.of(), o, e))
        .isEqualTo(2);
    assertThat(SqlCli.run(new String[] {"--max-rows", "nhiều", "SELECT 1"}, Map.of(), o, e))
        .isEqualTo(2);
    assertThat(SqlCli.run(new String[] {"--format", "json"}, Map.of(), o, e)).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "Không thể hiểu tham số: --rows\n"
                + SqlCli.USAGE
                + "\n"
                + "Không thể dùng --format xml: chỉ nhận csv hoặc json\n"
                + SqlCli.USAGE
                + "\n"
                + "Không thể dùng --max-rows nhiều: cần số nguyên dương\n"
                + SqlCli.USAGE
                + "\n"
                + "Không thể chạy: chưa có câu SELECT nào\n"
                + SqlCli.USAGE
                + "\n");
  }

  @Test
  void refusesWritesWithExitCode2() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        SqlCli.run(
            new String[] {
              "--warehouse",
              SampleWarehouse.get().toString(),
              "--format",
              "json",
              "COPY index_scores TO '/tmp/x.csv'"
            },
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .startsWith("Từ chối (NOT_READ_ONLY): Không thể chạy câu lệnh COPY");
  }

  @Test
  void aQuerySpillingPastTheBoundIsRefusedInVietnameseWithoutAStackTrace() throws Exception {
    Path spill = Repo.root().resolve("api/target/sql-cli-spill");
    SampleWarehouse.deleteTree(spill);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        SqlCli.run(
            new String[] {
              "--warehouse",
              SampleWarehouse.get().toString(),
              "SELECT * FROM range(300000000) ORDER BY random() OFFSET 299999000"
            },
            Map.of(
                SqlCli.MEMORY_LIMIT,
                "64MB",
                SqlCli.MAX_SPILL_SIZE,
                "50MB",
                SqlCli.SPILL_DIRECTORY,
                spill.toString()),
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "Từ chối (SPILL_LIMIT): Không thể chạy xong câu lệnh: dữ liệu"
                + " tạm ghi ra đĩa đã chạm giới hạn 50MB của hộp cát, truy vấn đã bị dừng (hãy lọc bớt dữ liệu, chọn ít cột hơn"
                + " hoặc bỏ sắp xếp trên bảng lớn)\n");
    try (Stream<Path> left = Files.walk(spill)) {
      assertThat(left.filter(Files::isRegularFile).toList())
          .as("spill files left behind")
          .isEmpty();
    }
  }

  @Test
  void aBadSandboxSettingIsRefusedWithExitCode2() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        SqlCli.run(
            new String[] {"--warehouse", SampleWarehouse.get().toString(), "SELECT 1"},
            Map.of(SqlCli.MAX_SPILL_SIZE, "rất nhiều"),
            new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "Không thể dùng giới hạn hộp cát từ biến môi trường"
                + " CCHC_DUCKDB_MEMORYLIMIT, CCHC_DUCKDB_THREADS, CCHC_DUCKDB_MAXSPILLSIZE: dung lượng phải có dạng 512MB hoặc 1GB,"
                + " số luồng là số nguyên dương\n");
  }

  @Test
  void aRowCapOrTimeoutBelowOneIsRefusedInVietnameseWithoutAStackTrace() {
    for (String[] bad :
        List.of(
            new String[] {"--max-rows", "0"},
            new String[] {"--max-rows", "-5"},
            new String[] {"--max-rows=-1"},
            new String[] {"--timeout-seconds", "0"},
            new String[] {"--timeout-seconds", "-3"})) {
      ByteArrayOutputStream err = new ByteArrayOutputStream();
      List<String> args = new java.util.ArrayList<>(List.of(bad));
      args.addAll(List.of("--warehouse", SampleWarehouse.get().toString(), "SELECT 1"));
      int code =
          SqlCli.run(
              args.toArray(String[]::new),
              Map.of(),
              new PrintStream(new ByteArrayOutputStream()),
              new PrintStream(err, true, StandardCharsets.UTF_8));
      String option = bad[0].contains("=") ? bad[0].substring(0, bad[0].indexOf('=')) : bad[0];
      String value = bad[0].contains("=") ? bad[0].substring(bad[0].indexOf('=') + 1) : bad[1];
      assertThat(code).isEqualTo(2);
      assertThat(err.toString(StandardCharsets.UTF_8))
          .isEqualTo(
              "Không thể dùng "
                  + option
                  + " "
                  + value
                  + ": cần số nguyên dương\n"
                  + SqlCli.USAGE
                  + "\n");
    }
  }

  @Test
  void csvTextThatASpreadsheetWouldRunIsNeutralisedNumbersStayNumbers() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code =
        SqlCli.run(
            new String[] {
              "--warehouse",
              SampleWarehouse.get().toString(),
              "SELECT '=HYPERLINK(''http://x.invalid'')' AS \"=link\", '-1+2' AS t, -1.5 AS n"
            },
            Map.of(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(new ByteArrayOutputStream()));
    assertThat(code).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .isEqualTo("'=link,t,n\n'=HYPERLINK('http://x.invalid'),'-1+2,-1.5\n");
  }

  @Test
  void aHugeRangeIsCutAtTheRowCapWithoutBeingReadWhole() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        SqlCli.run(
            new String[] {
              "--warehouse",
              SampleWarehouse.get().toString(),
              "--max-rows",
              "3",
              "--timeout-seconds",
              "20",
              "SELECT * FROM range(10000000000)"
            },
            Map.of(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("range\n0\n1\n2\n");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("kết quả bị cắt ở 3 dòng");
  }
}
