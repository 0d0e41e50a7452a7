package vn.cchc.superset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import vn.cchc.ingestion.IngestCli;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.testsupport.Repo;
import vn.cchc.transforms.TransformCli;

/**
 * A real warehouse for the Superset tests: the sample province ingested and transformed, once per run.
 * {@code -Dcchc.superset.warehouse=DIR} reuses a warehouse already built (a faster loop while working on
 * the dashboards; the full build always builds its own).
 */
final class SampleWarehouse {
  private SampleWarehouse() {}

  static WarehouseLayout build(Path dir) throws Exception {
    String reuse = System.getProperty("cchc.superset.warehouse", "");
    if (!reuse.isBlank()) {
      WarehouseLayout given = new WarehouseLayout(Path.of(reuse));
      assertThat(given.catalogFile()).as("catalog of -Dcchc.superset.warehouse").isRegularFile();
      return given;
    }
    SupersetServer.deleteTree(dir);
    assertThat(IngestCli.run(Repo.sampleProvince().toString(), "--warehouse", dir.toString()))
        .as("ingest the sample province").isZero();
    assertThat(TransformCli.run("--warehouse", dir.toString(), "--master", "local[2]"))
        .as("transform the sample province").isZero();
    WarehouseLayout layout = new WarehouseLayout(dir);
    assertThat(layout.catalogFile()).isRegularFile();
    return layout;
  }
}
