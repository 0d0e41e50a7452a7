package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.query.sql.SqlCli;
import vn.cchc.testsupport.Repo;
import vn.cchc.testsupport.SampleWarehouse;

/**
 * Issue 15, acceptance 1: after a transform, changed files are ingested with {@code
 * --keep-snapshots 1} several times. The snapshots between are pruned, but the one the current
 * release reads is kept: every endpoint, the SQL endpoint and {@code ./cchc sql} go on answering
 * exactly as before, on the same release.
 */
@SpringBootTest(
    classes = ApiServer.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
class PrunedSnapshotsTest extends HttpTestBase {
  static final int INGESTS = 3;
  static final String RAW_UNITS = "SELECT count(*) AS n FROM raw_units";

  /**
   * Every GET endpoint, with parameters that reach the raw_ views (units, lineage, findings,
   * inspections, methodology).
   */
  static final List<String> ENDPOINTS =
      List.of(
          "/api/v1/health",
          "/api/v1/release",
          "/api/v1/years",
          "/api/v1/blocs",
          "/api/v1/bases",
          "/api/v1/methodology?year=2024&bloc=SO",
          "/api/v1/methodology/items?year=2024&bloc=SO",
          "/api/v1/units",
          "/api/v1/units?code=30307",
          "/api/v1/units/30307",
          "/api/v1/units/30307@2015-01-01",
          "/api/v1/units/30307/lineage",
          "/api/v1/units/89-SNV@2015-01-01/profile?year=2024",
          "/api/v1/units/30307/profile",
          "/api/v1/ranking?year=2024&bloc=SO",
          "/api/v1/ranking",
          "/api/v1/overview?year=2024&bloc=SO",
          "/api/v1/trends?basis=AS_WAS&unit=89-SNV@2015-01-01",
          "/api/v1/trends?basis=AS_IS&bloc=SO",
          "/api/v1/trends/summary?basis=AS_WAS&bloc=XA",
          "/api/v1/heatmap?year=2024&bloc=SO&level=FIELD",
          "/api/v1/weaknesses?year=2024&bloc=XA",
          "/api/v1/appraisal-gaps?year=2024&bloc=XA&level=UNIT",
          "/api/v1/satisfaction?year=2024",
          "/api/v1/inspections?year=2024",
          "/api/v1/inspections/outcomes?year=2024",
          "/api/v1/inspections/outcomes/by-field?year=2024",
          "/api/v1/findings",
          "/api/v1/findings?overdue=true",
          "/api/v1/inspections/targets",
          "/api/v1/data-quality",
          "/api/v1/data-quality/summary",
          "/api/v1/map/communes?year=2025");

  private static Path warehouse;

  @DynamicPropertySource
  static void ownWarehouse(DynamicPropertyRegistry r) {
    r.add("cchc.warehouse", () -> privateWarehouse().toString());
    r.add("cchc.sql.audit-file", () -> auditFile().toString());
  }

  /**
   * A copy of the sample warehouse (release r…, reading snapshot s000001), so that the shared one
   * stays untouched.
   */
  static synchronized Path privateWarehouse() {
    if (warehouse == null) {
      Path dir = Repo.root().resolve("api/target/pruned-snapshots-warehouse");
      SampleWarehouse.deleteTree(dir);
      warehouse = SampleWarehouse.copy(dir);
    }
    return warehouse;
  }

  @Test
  void prunedIngestSnapshotsLeaveTheServedReleaseAnswering() throws Exception {
    String releaseSnapshot = Files.readString(warehouse.resolve("ingest/CURRENT")).trim();
    Map<String, String> before = answers();
    String rawUnitsBefore = rawUnitsOverApi();
    String cliBefore = rawUnitsOverCli();

    Path changed = warehouse.resolveSibling("pruned-snapshots-input");
    SampleWarehouse.deleteTree(changed);
    Files.createDirectories(changed);
    List<String> adjustments =
        Files.readAllLines(
            Repo.sampleProvince().resolve("adjustments.csv"), StandardCharsets.UTF_8);
    Path log = warehouse.resolveSibling("pruned-snapshots-ingest.log");
    for (int i = 1; i <= INGESTS; i++) {
      List<String> lines = new ArrayList<>(adjustments);
      lines.set(1, lines.get(1) + " (sửa lần " + i + ")");
      Files.write(changed.resolve("adjustments.csv"), lines, StandardCharsets.UTF_8);
      int exit =
          SampleWarehouse.ingest(
              log,
              changed.resolve("adjustments.csv").toString(),
              "--warehouse",
              warehouse.toString(),
              "--keep-snapshots",
              "1");
      assertThat(exit).as("ingest %d, see %s", i, log).isZero();
    }

    // pruning did run: only the release's snapshot and the newest one are left
    String current = Files.readString(warehouse.resolve("ingest/CURRENT")).trim();
    assertThat(current).isNotEqualTo(releaseSnapshot);
    assertThat(snapshots()).containsExactly(releaseSnapshot, current);

    assertThat(answers()).isEqualTo(before);
    assertThat(rawUnitsOverApi()).isEqualTo(rawUnitsBefore);
    assertThat(rawUnitsOverCli()).isEqualTo(cliBefore);
  }

  /** Status and body of every endpoint, exports included. */
  private Map<String, String> answers() {
    Map<String, String> out = new LinkedHashMap<>();
    for (String path : ENDPOINTS) {
      Answer a = get(Caller.VIEWER, path);
      assertThat(a.status()).as("GET %s → %s", path, a.text()).isEqualTo(200);
      out.put(path, a.text());
    }
    Answer csv = get(Caller.ANALYST, "/api/v1/findings?format=csv");
    assertThat(csv.status()).as("findings CSV → %s", csv.text()).isEqualTo(200);
    out.put("findings.csv", csv.text());
    return out;
  }

  private String rawUnitsOverApi() {
    Answer a = postSql(Caller.ANALYST, RAW_UNITS, "");
    assertThat(a.status()).as("POST /sql → %s", a.text()).isEqualTo(200);
    assertThat(a.json().get("result").get("rows").get(0).get("n").asInt()).isPositive();
    return a.json().get("result").get("rows").toString();
  }

  private String rawUnitsOverCli() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        SqlCli.run(
            new String[] {"--warehouse", warehouse.toString(), RAW_UNITS},
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(exit).as("./cchc sql: %s", err.toString(StandardCharsets.UTF_8)).isZero();
    assertThat(out.toString(StandardCharsets.UTF_8)).matches("n\n[1-9][0-9]*\n");
    return out.toString(StandardCharsets.UTF_8);
  }

  private List<String> snapshots() throws IOException {
    try (Stream<Path> list = Files.list(warehouse.resolve("ingest/snapshots"))) {
      return list.map(p -> p.getFileName().toString())
          .filter(n -> n.matches("s\\d{6}"))
          .sorted()
          .toList();
    }
  }
}
