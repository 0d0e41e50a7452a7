package vn.cchc.transforms.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.warehouse.AtomicFiles;
import vn.cchc.model.warehouse.WarehouseLayout;

class ReleasePruningTest {
  @TempDir
  Path warehouse;

  @Test
  void keepsTheNewestAndTheCurrentAndDropsLeftoversOfFailedRuns() throws Exception {
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    for (String id : new String[] {"r20250101T000000Z", "r20250102T000000Z", "r20250103T000000Z",
        "r20250104T000000Z", "r20250105T000000Z.tmp-123"}) {
      Files.createDirectories(layout.releaseDir(id).resolve("index_scores"));
      Files.writeString(layout.releaseDir(id).resolve("index_scores").resolve("part-0.parquet"), "x");
    }
    AtomicFiles.flipPointer(layout.releasePointer(), "r20250101T000000Z");
    var publisher = new ReleasePublisher(layout, Clock.systemUTC());
    publisher.prune(2);
    assertThat(publisher.releaseIds()).containsExactly("r20250101T000000Z", "r20250103T000000Z", "r20250104T000000Z");
    assertThat(Files.exists(layout.releaseDir("r20250105T000000Z.tmp-123"))).isFalse();
    assertThat(layout.currentReleaseId()).contains("r20250101T000000Z");
  }
}
