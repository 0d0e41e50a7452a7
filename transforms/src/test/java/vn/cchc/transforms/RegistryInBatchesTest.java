package vn.cchc.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.ingestion.IngestCli;
import vn.cchc.model.mart.MartTables;
import vn.cchc.model.schema.TableSchema;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.testsupport.Repo;

/**
 * The real province loaded the way a Sở Nội vụ loads it: first the pre-July registry (nobody knew
 * yet that the old communes would end on 30 June 2025) with the scores up to 2024, then the July
 * registry, the lineage and the 2025 data. The marts must be exactly those of loading everything at
 * once: no old commune replaced by the new unit of the same code, no score left behind. "At once"
 * is {@link SampleProvince}'s first release.
 */
class RegistryInBatchesTest {
  private static final Pattern BEFORE_2025 = Pattern.compile(".*202[0-4]\\.(csv|xlsx)$");
  private static final List<String> FIRST_BATCH_TABLES =
      List.of("methodology.xlsx", "survey_questions.csv");

  @TempDir Path tmp;

  @Test
  void loadingThePreJulyRegistryThenTheJulyRegistryGivesTheMartsOfLoadingAllAtOnce()
      throws Exception {
    Path sample = Repo.sampleProvince();
    WarehouseLayout atOnce = SampleProvince.warehouse();

    Path first = Files.createDirectories(tmp.resolve("batch-1"));
    Path second = Files.createDirectories(tmp.resolve("batch-2"));
    try (Stream<Path> files = Files.list(sample)) {
      for (Path f : files.sorted().toList()) {
        String name = f.getFileName().toString();
        boolean early = FIRST_BATCH_TABLES.contains(name) || BEFORE_2025.matcher(name).matches();
        Files.copy(f, (early ? first : second).resolve(name));
      }
    }
    Path snapshot = atOnce.currentSnapshotDir().orElseThrow();
    try (DuckDb db = DuckDb.inMemory()) {
      // the registry as it stood in spring 2025: July's end dates unknown, July's units and links
      // not yet there
      db.execute(
          "COPY (SELECT unit_code, name, bloc, parent_code, valid_from, CASE WHEN valid_to = DATE '2025-06-30'"
              + " THEN NULL ELSE valid_to END AS valid_to FROM read_parquet('"
              + snapshot.resolve("units")
              + "/*.parquet')"
              + " WHERE valid_from < DATE '2025-07-01' ORDER BY unit_code, valid_from) TO '"
              + first.resolve("units.csv")
              + "' (HEADER)");
      db.execute(
          "COPY (SELECT from_code, to_code, effective_date, kind, share FROM read_parquet('"
              + snapshot.resolve("unit_lineage")
              + "/*.parquet') WHERE effective_date < DATE '2025-07-01'"
              + " ORDER BY ALL) TO '"
              + first.resolve("unit_lineage.csv")
              + "' (HEADER)");
      assertThat(
              db.scalar(
                  "SELECT count(*) FROM read_csv('"
                      + first.resolve("units.csv")
                      + "') WHERE valid_to IS NULL"
                      + " AND bloc = 'XA'"))
          .as("old communes still open in the first batch")
          .isNotEqualTo(0L);
    }

    WarehouseLayout inBatches = new WarehouseLayout(tmp.resolve("in-batches"));
    assertThat(IngestCli.run(first.toString(), "--warehouse", inBatches.root().toString()))
        .isZero();
    assertThat(IngestCli.run(second.toString(), "--warehouse", inBatches.root().toString()))
        .as("the July registry closes the old versions; nothing is rejected or stranded")
        .isZero();
    assertThat(SampleProvince.transform(inBatches)).isZero();

    String a = SampleProvince.firstRelease();
    String b = inBatches.currentReleaseId().orElseThrow();
    try (DuckDb db = DuckDb.inMemory()) {
      List<String> differences = new ArrayList<>();
      for (TableSchema mart : MartTables.ALL) {
        differences.addAll(
            MartComparison.differences(
                db, mart, relation(atOnce, a, mart), relation(inBatches, b, mart)));
      }
      assertThat(differences).isEmpty();
      assertThat(
              db.scalar(
                  "SELECT count(*) FROM "
                      + relation(inBatches, b, MartTables.INDEX_SCORES)
                      + " WHERE year = 2024 AND bloc = 'XA'"))
          .isEqualTo(
              db.scalar(
                  "SELECT count(*) FROM "
                      + relation(atOnce, a, MartTables.INDEX_SCORES)
                      + " WHERE year = 2024 AND bloc = 'XA'"));
    }
  }

  /**
   * A mart of a release, with the batch id (which differs between the two warehouses by design)
   * blanked.
   */
  private static String relation(WarehouseLayout layout, String release, TableSchema mart) {
    String parquet =
        "read_parquet('" + layout.releaseDir(release).resolve(mart.name()) + "/*.parquet')";
    return mart.columns().stream().noneMatch(c -> c.name().equals("source_batch_id"))
        ? parquet
        : "(SELECT * REPLACE (CAST(NULL AS VARCHAR) AS source_batch_id) FROM " + parquet + ")";
  }
}
