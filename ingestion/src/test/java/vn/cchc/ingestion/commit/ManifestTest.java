package vn.cchc.ingestion.commit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest's JSON, as earlier snapshots wrote it and later batches read it back. */
class ManifestTest {
  @TempDir Path dir;

  @Test
  void writesSnakeCaseIndentedSortedWithoutNullFieldsAndReadsItBack() throws Exception {
    Map<String, Manifest.Change> changes = new LinkedHashMap<>();
    changes.put("units", new Manifest.Change(2, List.of(Manifest.WHOLE_TABLE)));
    changes.put("appraisals", new Manifest.Change(1, List.of("2024")));
    Manifest manifest =
        new Manifest(
            "s000002",
            null,
            List.of(
                new Manifest.Batch(
                    "b1",
                    "2026-01-01T00:00:00Z",
                    "SKIP_ROW",
                    List.of(
                        new Manifest.FileEntry(
                            "đơn vị \"mới\".csv", null, "units", "ab12", 3, 2, 1, "PARTIAL", null)),
                    changes)),
            Map.of(
                "units",
                new Manifest.TableState(
                    2, Map.of(Manifest.WHOLE_TABLE, new Manifest.PartitionState(2, null)))));
    Path file = dir.resolve("_manifest.json");
    manifest.write(file);
    assertThat(Files.readString(file))
        .isEqualTo(
            """
            {
              "snapshot" : "s000002",
              "batches" : [ {
                "batch_id" : "b1",
                "committed_at" : "2026-01-01T00:00:00Z",
                "on_error" : "SKIP_ROW",
                "files" : [ {
                  "file" : "đơn vị \\"mới\\".csv",
                  "table" : "units",
                  "sha256" : "ab12",
                  "read" : 3,
                  "accepted" : 2,
                  "rejected" : 1,
                  "status" : "PARTIAL"
                } ],
                "changes" : {
                  "appraisals" : {
                    "changed_rows" : 1,
                    "partitions" : [ "2024" ]
                  },
                  "units" : {
                    "changed_rows" : 2,
                    "partitions" : [ "*" ]
                  }
                }
              } ],
              "tables" : {
                "units" : {
                  "rows" : 2,
                  "partitions" : {
                    "*" : {
                      "rows" : 2,
                      "batch_id" : null
                    }
                  }
                }
              }
            }
            """);
    assertThat(Manifest.read(file)).isEqualTo(manifest);
  }

  @Test
  void skipsFieldsItDoesNotKnow() throws Exception {
    Path file = dir.resolve("_manifest.json");
    Files.writeString(
        file,
        "{\"snapshot\": \"s000001\", \"format\": {\"v\": [1, 2]}, \"batches\": [], \"tables\": {}}");
    assertThat(Manifest.read(file)).isEqualTo(new Manifest("s000001", null, List.of(), Map.of()));
  }
}
