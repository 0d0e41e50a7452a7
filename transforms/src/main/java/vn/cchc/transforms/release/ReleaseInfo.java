package vn.cchc.transforms.release;

import java.time.LocalDate;
import java.util.Map;
import vn.cchc.model.warehouse.WarehouseLayout;

/** What a published release holds: written as {@code _release.json} beside its marts. */
public record ReleaseInfo(
    String releaseId, String snapshotId, LocalDate asOf, Map<String, Long> rowCounts) {

  public static final String FILE_NAME = WarehouseLayout.RELEASE_INFO;

  public ReleaseInfo {
    rowCounts = Map.copyOf(rowCounts);
  }

  public String toJson() {
    StringBuilder json =
        new StringBuilder("{\n  \"release_id\": \"")
            .append(releaseId)
            .append("\",\n  \"snapshot_id\": \"")
            .append(snapshotId)
            .append("\",\n  \"as_of_date\": \"")
            .append(asOf)
            .append("\",\n  \"row_counts\": {");
    var names = new java.util.TreeSet<>(rowCounts.keySet());
    boolean first = true;
    for (String name : names) {
      json.append(first ? "\n" : ",\n")
          .append("    \"")
          .append(name)
          .append("\": ")
          .append(rowCounts.get(name));
      first = false;
    }
    return json.append("\n  }\n}\n").toString();
  }
}
