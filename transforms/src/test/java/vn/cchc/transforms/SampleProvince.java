package vn.cchc.transforms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import vn.cchc.ingestion.IngestCli;
import vn.cchc.model.warehouse.WarehouseLayout;
import vn.cchc.testsupport.Repo;
import vn.cchc.testsupport.SampleWarehouse;

/**
 * The sample province for the tests of the transform itself: ingested by the ingestion module and
 * transformed by {@link TransformCli} in this JVM, once per test JVM, in a folder {@code
 * transforms/target/sample-province-*} of its own (removed when the JVM ends), so that two test
 * runs never share one. {@link SampleProvinceTest} checks its marts and then kills and reruns a
 * transform in it; {@link RegistryInBatchesTest} compares a batch-by-batch load against its first
 * release.
 *
 * <p>Not test-support's {@link SampleWarehouse}: that one runs this module's packaged jar, which
 * does not exist yet while this module's tests run (they come before {@code package}), and must not
 * be written to.
 */
final class SampleProvince {
  private SampleProvince() {}

  /**
   * A fixed release date, so that "overdue" means the same on every run (every open finding of the
   * sample is).
   */
  static final String AS_OF = "2026-12-31";

  private static WarehouseLayout layout;
  private static String firstRelease;

  /** The warehouse, ingested and transformed on first use. */
  static synchronized WarehouseLayout warehouse() {
    if (layout == null) {
      Path dir = privateFolder();
      WarehouseLayout built = new WarehouseLayout(dir);
      assertThat(IngestCli.run(Repo.sampleProvince().toString(), "--warehouse", dir.toString()))
          .as("ingest the sample province")
          .isZero();
      assertThat(transform(built)).as("transform the sample province").isZero();
      firstRelease = built.currentReleaseId().orElseThrow();
      layout = built;
    }
    return layout;
  }

  private static Path privateFolder() {
    try {
      Path target = Files.createDirectories(Repo.root().resolve("transforms/target"));
      Path dir = Files.createTempDirectory(target, "sample-province-");
      Runtime.getRuntime().addShutdownHook(new Thread(() -> SampleWarehouse.deleteTree(dir)));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The release the first transform published; later runs (a rerun) may have made another current.
   */
  static String firstRelease() {
    warehouse();
    return firstRelease;
  }

  /**
   * {@code ./cchc transform --as-of AS_OF} over {@code warehouse} in this JVM, Spark on {@code
   * local[2]}.
   */
  static int transform(WarehouseLayout warehouse) {
    return TransformCli.run(
        new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
        System.err,
        Map.<String, String>of(),
        "--warehouse",
        warehouse.root().toString(),
        "--master",
        "local[2]",
        "--as-of",
        AS_OF);
  }
}
