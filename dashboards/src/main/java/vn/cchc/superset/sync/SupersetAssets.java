package vn.cchc.superset.sync;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.superset.rest.SupersetClient;

/** What a Superset holds of one kind (charts, datasets, dashboards), listed page by page. */
public record SupersetAssets(List<Asset> assets) {

  /** One row of a list endpoint: id, uuid, name and the managed-by marker (certified_by). */
  public record Asset(int id, String uuid, String name, String certifiedBy) {}

  public static SupersetAssets list(SupersetClient client, String resource, String nameColumn) {
    List<Asset> all = new ArrayList<>();
    String columns = "id,uuid," + nameColumn + ("dataset".equals(resource) ? "" : ",certified_by");
    for (int page = 0; ; page++) {
      String q =
          "(columns:!("
              + columns
              + "),page:"
              + page
              + ",page_size:100,order_column:"
              + ("dataset".equals(resource) ? "table_name" : "changed_on_delta_humanized")
              + ",order_direction:asc)";
      JsonNode body = client.get("/api/v1/" + resource + "/?q=" + SupersetClient.rison(q));
      JsonNode result = body.path("result");
      for (JsonNode row : result) {
        all.add(
            new Asset(
                row.path("id").asInt(),
                row.path("uuid").asText(),
                row.path(nameColumn).asText(),
                row.path("certified_by").isTextual() ? row.path("certified_by").asText() : null));
      }
      if (result.size() < 100 || all.size() >= body.path("count").asInt()) {
        return new SupersetAssets(List.copyOf(all));
      }
    }
  }

  public List<Asset> withUuid(String uuid) {
    return assets.stream().filter(a -> a.uuid().equals(uuid)).toList();
  }

  public List<Asset> certifiedBy(String marker) {
    return assets.stream().filter(a -> marker.equals(a.certifiedBy())).toList();
  }
}
