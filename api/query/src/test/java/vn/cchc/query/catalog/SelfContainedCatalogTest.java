package vn.cchc.query.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.testsupport.Repo;
import vn.cchc.testsupport.SampleWarehouse;

/**
 * The published catalog alone, copied to another directory, opens in DuckDB's own Python package of
 * the version the warehouse is written with, with external access switched off (so it cannot reach
 * the warehouse's files), and every mart and ingested table holds the rows of the release's
 * Parquet, counted here by a DuckDB of the test's own over the Parquet files.
 */
class SelfContainedCatalogTest {
  static final String SCRIPT =
      """
      import duckdb, json, sys
      c = duckdb.connect(sys.argv[1], read_only=True, config={"enable_external_access": False})
      tables = [r[0] for r in c.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
      views = c.execute("SELECT count(*) FROM duckdb_views() WHERE NOT internal").fetchone()[0]
      counts = {t: c.execute('SELECT count(*) FROM "%s"' % t).fetchone()[0] for t in tables}
      release = c.execute("SELECT release_id FROM release_info").fetchone()[0]
      print(json.dumps({"version": duckdb.__version__, "views": views, "counts": counts, "release": release}))
      """;

  @Test
  void theCatalogCopiedElsewhereOpensInDuckDbsPythonPackageWithEveryTableReadable()
      throws Exception {
    Path warehouse = SampleWarehouse.get().toAbsolutePath();
    Path dir =
        Files.createTempDirectory(
            Path.of(System.getProperty("java.io.tmpdir")), "may-cua-chuyen-vien-");
    Path copy = dir.resolve("catalog.duckdb");
    Files.copy(warehouse.resolve("catalog.duckdb"), copy);
    Path script = dir.resolve("open.py");
    Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);

    Process p =
        new ProcessBuilder(Repo.python(), script.toString(), copy.toString())
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(output).isZero();
    JsonNode r = new ObjectMapper().readTree(output.lines().reduce((a, b) -> b).orElseThrow());

    String jdbcVersion;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("SELECT version()")) {
      rs.next();
      jdbcVersion = rs.getString(1).replaceFirst("^v", "");
    }
    assertThat(r.get("version").asText()).isEqualTo(jdbcVersion);
    assertThat(r.get("views").asLong()).isZero();

    Map<String, Long> expected = parquetCounts(warehouse, r.get("release").asText());
    Map<String, Long> opened = new TreeMap<>();
    r.get("counts").fields().forEachRemaining(e -> opened.put(e.getKey(), e.getValue().asLong()));
    assertThat(opened).containsAllEntriesOf(expected).containsKey("release_info");
    assertThat(opened.keySet()).hasSize(expected.size() + 1);
    assertThat(expected.get("index_scores")).isPositive();
    assertThat(expected.get("raw_survey_responses")).isPositive();
    SampleWarehouse.deleteTree(dir);
  }

  /** Rows per mart and per ingested table, read from the release's and its snapshot's Parquet. */
  static Map<String, Long> parquetCounts(Path warehouse, String releaseId) throws Exception {
    Map<String, Long> counts = new TreeMap<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement()) {
      Path release = warehouse.resolve("releases").resolve(releaseId);
      for (TableSchema mart : MartTables.ALL) {
        counts.put(mart.name(), count(st, release.resolve(mart.name()) + "/*.parquet"));
      }
      String snapshot =
          new ObjectMapper()
              .readTree(release.resolve("_release.json").toFile())
              .get("snapshot_id")
              .asText();
      Path snap = warehouse.resolve("ingest").resolve("snapshots").resolve(snapshot);
      for (TableSchema table : InputTables.ALL) {
        Path tableDir = snap.resolve(table.name());
        counts.put(
            "raw_" + table.name(),
            Files.isDirectory(tableDir)
                ? count(st, tableDir + (table.partitioned() ? "/*/*.parquet" : "/*.parquet"))
                : 0L);
      }
    }
    return counts;
  }

  private static long count(Statement st, String glob) throws Exception {
    try (ResultSet rs =
        st.executeQuery("SELECT count(*) FROM read_parquet('" + glob.replace("'", "''") + "')")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
