package vn.cchc.superset.sync;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * What a sync did: the Superset version, the ids our assets have there, the managed charts it
 * removed and what it had to fix after the import.
 */
public record SyncReport(
    String supersetVersion,
    int dashboardId,
    URI dashboardUrl,
    Map<String, Integer> chartIds,
    Map<String, Integer> datasetIds,
    List<String> removedCharts,
    int queryContextsSet,
    boolean layoutFixed) {

  public SyncReport {
    chartIds = Map.copyOf(chartIds);
    datasetIds = Map.copyOf(datasetIds);
    removedCharts = List.copyOf(removedCharts);
  }
}
