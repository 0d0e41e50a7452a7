package vn.cchc.ingestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.testsupport.Repo;

/** The Parquet the ingestion writes reads back the same in Spark, DuckDB and pyarrow. */
class RoundTripTest {
  @TempDir static Path tmp;
  static Path snapshot;
  static SparkSession spark;

  /** Units and scores as one line each: text, dates, numbers, booleans and the partition year. */
  private static final String UNITS_SQL =
      "SELECT unit_code || '|' || name || '|' || bloc || '|' || valid_from || '|'"
          + " || coalesce(CAST(valid_to AS VARCHAR), '-') FROM units ORDER BY unit_code";

  private static final String SCORES_SQL =
      "SELECT CAST(year AS VARCHAR) || '|' || unit_code || '|' || sub_criterion_code"
          + " || '|' || coalesce(CAST(points AS VARCHAR), '-') || '|' || CAST(applicable AS VARCHAR) || '|'"
          + " || coalesce(note, '-') FROM self_scores ORDER BY unit_code, sub_criterion_code";

  @BeforeAll
  static void ingestAndStartSpark() {
    Path wh = tmp.resolve("wh");
    Ingestion.Result r =
        new Ingestion(
                new IngestOptions(
                    List.of(Repo.root().resolve("ingestion/src/test/resources/mini")),
                    wh,
                    IngestOptions.OnError.FAIL_FILE,
                    null,
                    10))
            .run();
    assertThat(r.rejects()).isEmpty();
    snapshot = new WarehouseLayout(wh).currentSnapshotDir().orElseThrow();
    spark =
        SparkSession.builder()
            .master("local[2]")
            .appName("round-trip")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.driver.host", "127.0.0.1")
            .getOrCreate();
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
  }

  private static List<String> duckdb(String sql) throws Exception {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute(
          "CREATE VIEW units AS SELECT * FROM '" + snapshot.resolve("units/part-0.parquet") + "'");
      s.execute(
          "CREATE VIEW self_scores AS SELECT * FROM read_parquet('"
              + snapshot.resolve("self_scores")
              + "/*/*.parquet', hive_partitioning = true)");
      List<String> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  private static List<String> spark(String sql) {
    spark.read().parquet(snapshot.resolve("units").toString()).createOrReplaceTempView("units");
    spark
        .read()
        .option("basePath", snapshot.resolve("self_scores").toString())
        .parquet(snapshot.resolve("self_scores").toString())
        .createOrReplaceTempView("self_scores");
    // the same SQL, but Spark spells the text type STRING; both print doubles, booleans and ISO
    // dates alike
    return spark.sql(sql.replace("AS VARCHAR", "AS STRING")).collectAsList().stream()
        .map((Row row) -> row.getString(0))
        .toList();
  }

  private static List<String> pyarrow() throws Exception {
    Path script = tmp.resolve("read.py");
    Files.writeString(
        script,
        """
        import sys, pyarrow.parquet as pq, pyarrow.dataset as ds
        snap = sys.argv[1]
        out = []
        units = pq.read_table(snap + "/units/part-0.parquet").to_pylist()
        for u in sorted(units, key=lambda r: r["unit_code"]):
            out.append("|".join([u["unit_code"], u["name"], u["bloc"], u["valid_from"].isoformat(),
                                 u["valid_to"].isoformat() if u["valid_to"] else "-"]))
        scores = ds.dataset(snap + "/self_scores", format="parquet", partitioning="hive").to_table().to_pylist()
        for s in sorted(scores, key=lambda r: (r["unit_code"], r["sub_criterion_code"])):
            out.append("|".join([str(s["year"]), s["unit_code"], s["sub_criterion_code"],
                                 "-" if s["points"] is None else repr(s["points"]),
                                 "true" if s["applicable"] else "false", s["note"] or "-"]))
        sys.stdout.buffer.write("\\n".join(out).encode("utf-8"))
        """,
        StandardCharsets.UTF_8);
    Process p =
        new ProcessBuilder(Repo.python(), script.toString(), snapshot.toString())
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue())
        .as("pyarrow reader (run the tests with ./cchc test): %s", out)
        .isZero();
    return List.of(out.split("\n"));
  }

  @Test
  void sparkDuckDbAndPyarrowReadTheSameValuesVietnameseTextAndDatesIncluded() throws Exception {
    List<String> units = duckdb(UNITS_SQL);
    List<String> scores = duckdb(SCORES_SQL);
    assertThat(units)
        .contains(
            "SO-TC25|Sở Tài chính|SO|2025-03-01|-",
            "SO-KHDT|Sở Kế hoạch và Đầu tư|SO|2000-01-01|2025-02-28");
    assertThat(scores)
        .contains(
            "2024|SO-TC|2.1.1|2.75|true|-",
            "2024|SO-KHDT|1.1.2|-|false|Không áp dụng",
            "2024|SO-TC|1.1.1|1.0|true|Ghi chú; có dấu chấm phẩy");
    assertThat(spark(UNITS_SQL)).isEqualTo(units);
    assertThat(spark(SCORES_SQL)).isEqualTo(scores);
    List<String> arrow = pyarrow();
    assertThat(arrow.subList(0, units.size())).isEqualTo(units);
    assertThat(arrow.subList(units.size(), arrow.size())).isEqualTo(scores);
  }
}
