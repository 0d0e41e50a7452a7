package vn.cchc.transforms.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.cchc.model.warehouse.AtomicFiles;
import vn.cchc.model.warehouse.WarehouseLayout;

class ReleasePruningTest {
  @TempDir Path warehouse;

  @Test
  void keepsTheNewestAndTheCurrentAndDropsLeftoversOfFailedRuns() throws Exception {
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    for (String id :
        new String[] {
          "r20250101T000000Z",
          "r20250102T000000Z",
          "r20250103T000000Z",
          "r20250104T000000Z",
          "r20250105T000000Z.tmp-123"
        }) {
      Files.createDirectories(layout.releaseDir(id).resolve("index_scores"));
      Files.writeString(
          layout.releaseDir(id).resolve("index_scores").resolve("part-0.parquet"), "x");
    }
    AtomicFiles.flipPointer(layout.releasePointer(), "r20250101T000000Z");
    var publisher = new ReleasePublisher(layout, Clock.systemUTC());
    publisher.prune(2);
    assertThat(publisher.releaseIds())
        .containsExactly("r20250101T000000Z", "r20250103T000000Z", "r20250104T000000Z");
    assertThat(Files.exists(layout.releaseDir("r20250105T000000Z.tmp-123"))).isFalse();
    assertThat(layout.currentReleaseId()).contains("r20250101T000000Z");
  }

  @Test
  void idsOfOneSecondDifferAndSortAfterEarlierSecondsAndBeforeLaterOnes() throws Exception {
    WarehouseLayout layout = new WarehouseLayout(warehouse);
    Instant noon = Instant.parse("2026-03-01T12:00:00Z");
    var atNoon = new ReleasePublisher(layout, Clock.fixed(noon, ZoneOffset.UTC));
    List<String> sameSecond = IntStream.range(0, 10).mapToObj(i -> atNoon.newReleaseId()).toList();
    assertThat(sameSecond)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("r20260301T120000Z-[0-9a-f]{6}"));
    String later =
        new ReleasePublisher(layout, Clock.fixed(noon.plusSeconds(1), ZoneOffset.UTC))
            .newReleaseId();
    assertThat(sameSecond)
        .allMatch(id -> id.compareTo(later) < 0)
        .allMatch(
            id ->
                id.compareTo("r20260301T115959Z") > 0
                    && id.compareTo("r20260301T115959Z-ffffff") > 0);

    // pruning keeps the newest by name, whatever form earlier ids took
    for (String id : List.of("r20260301T115959Z", sameSecond.get(0), later)) {
      Files.createDirectories(layout.releaseDir(id));
    }
    AtomicFiles.flipPointer(layout.releasePointer(), "r20260301T115959Z");
    atNoon.prune(1);
    assertThat(atNoon.releaseIds()).containsExactly("r20260301T115959Z", later);
  }
}
