package vn.cchc.api.access;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.cchc.api.ServerTestBase;

/**
 * The demo's unit official ({@code donvi}: An Giang's Department of Home Affairs from 1 July 2025,
 * 91-SNV) against every door, with 0 leaks: unit-level lists hold exactly the rows of its units
 * (those an analyst sees, filtered to them), another unit's detail is refused with a Vietnamese
 * reason through the API, the dashboard's own data calls (a form sign-in and its session), exports
 * and SQL.
 */
class UnitAccessMatrixTest extends ServerTestBase {
  /**
   * The department and what it took over, from the registry: An Giang and Kiên Giang merged on 1
   * July 2025 (Resolution 202/2025/QH15), each province's Department of Home Affairs having taken
   * over its Department of Labour, Invalids and Social Affairs on 1 March 2025.
   */
  static final Set<String> SCOPE =
      Set.of(
          "91-SNV@2025-07-01",
          "89-SNV@2025-03-01",
          "91-SNV@2025-03-01",
          "89-SNV@2015-01-01",
          "91-SNV@2015-01-01",
          "89-SLDTBXH@2015-01-01",
          "91-SLDTBXH@2015-01-01");

  /** Unit-level lists and the column that says whose a row is. */
  static final List<String> OWN_LISTS =
      List.of(
          "/api/v1/findings",
          "/api/v1/findings?year=2023",
          "/api/v1/inspections?year=2023",
          "/api/v1/inspections/outcomes?year=2024",
          "/api/v1/inspections/targets",
          "/api/v1/findings/tracker",
          "/api/v1/findings/reminders",
          "/api/v1/findings/effect",
          "/api/v1/satisfaction?component=ALL",
          "/api/v1/satisfaction?year=2024&component=ALL",
          "/api/v1/heatmap?year=2025&bloc=SO&level=CRITERION",
          "/api/v1/heatmap?year=2024&bloc=SO&level=CRITERION",
          "/api/v1/appraisal-gaps?year=2025&bloc=SO",
          "/api/v1/appraisal-gaps?year=2024&bloc=SO&level=FIELD");

  /** Other units, by code or key: departments, a commune, a predecessor of someone else. */
  static final List<String> OTHERS =
      List.of(
          "91-STC",
          "91-SYT@2025-07-01",
          "89-SYT@2015-01-01",
          "91-VPUBND",
          "30307",
          "30307@2015-01-01",
          "89-STP@2015-01-01");

  static Set<String> keys(JsonNode list) {
    Set<String> out = new LinkedHashSet<>();
    list.get("rows").forEach(r -> out.add(r.get("unit_key").asText()));
    return out;
  }

  @Test
  void theUnitOfficialKnowsItsUnitsAndTheirPredecessors() {
    JsonNode me = get(Caller.UNIT, "/api/v1/me").json();
    assertThat(me.get("role").asText()).isEqualTo("UNIT");
    assertThat(me.get("may_run_sql").asBoolean()).isFalse();
    assertThat(me.get("units").get(0).get("unit_key").asText()).isEqualTo("91-SNV@2025-07-01");
    List<String> inScope = new ArrayList<>();
    me.get("unit_keys_in_scope").forEach(k -> inScope.add(k.asText()));
    assertThat(inScope).containsExactlyInAnyOrderElementsOf(SCOPE);
  }

  @Test
  void unitLevelListsHoldExactlyTheRowsOfItsUnits() {
    List<String> leaks = new ArrayList<>();
    int ownRows = 0;
    for (String path : OWN_LISTS) {
      Answer unit = get(Caller.UNIT, path);
      assertThat(unit.status()).as(path + ": " + unit.text()).isEqualTo(200);
      Answer analyst = get(Caller.ANALYST, path);
      List<JsonNode> expected = new ArrayList<>();
      analyst
          .json()
          .get("rows")
          .forEach(
              r -> {
                if (SCOPE.contains(r.get("unit_key").asText())) {
                  expected.add(r);
                }
              });
      List<JsonNode> got = new ArrayList<>();
      unit.json().get("rows").forEach(got::add);
      got.stream()
          .filter(r -> !SCOPE.contains(r.get("unit_key").asText()))
          .forEach(r -> leaks.add(path + " → " + r.get("unit_key").asText()));
      assertThat(got).as(path).containsExactlyElementsOf(expected);
      ownRows += got.size();
    }
    assertThat(leaks).isEmpty();
    assertThat(ownRows).as("the lists are not all empty").isGreaterThan(50);
  }

  @Test
  void publishedResultsAreWholeButOtherUnitsTotalsOfSelfAssessmentAreNot() {
    JsonNode ranking = get(Caller.UNIT, "/api/v1/ranking?year=2025&bloc=SO").json();
    JsonNode full = get(Caller.ANALYST, "/api/v1/ranking?year=2025&bloc=SO").json();
    assertThat(ranking.get("rows").size()).isEqualTo(full.get("rows").size()).isGreaterThan(10);
    for (int i = 0; i < ranking.get("rows").size(); i++) {
      JsonNode r = ranking.get("rows").get(i);
      JsonNode f = full.get("rows").get(i);
      assertThat(r.get("index_pct")).isEqualTo(f.get("index_pct"));
      assertThat(r.get("band")).isEqualTo(f.get("band"));
      boolean own = SCOPE.contains(r.get("unit_key").asText());
      assertThat(r.get("self_total").isNull()).as(r.get("unit_key").asText()).isEqualTo(!own);
      assertThat(r.get("appraised_total").isNull()).isEqualTo(!own);
    }
    for (String published :
        List.of(
            "/api/v1/heatmap?year=2025&bloc=SO",
            "/api/v1/map/communes?year=2025",
            "/api/v1/trends?bloc=SO",
            "/api/v1/weaknesses?year=2025&bloc=SO",
            "/api/v1/findings/tracker?by=field",
            "/api/v1/units/30307/lineage")) {
      Answer u = get(Caller.UNIT, published);
      assertThat(u.status()).as(published).isEqualTo(200);
      assertThat(u.body()).as(published).isEqualTo(get(Caller.ANALYST, published).body());
    }
  }

  @Test
  void anotherUnitsDetailIsRefusedThroughEveryDoor() throws Exception {
    List<String> probes = new ArrayList<>();
    for (String other : OTHERS) {
      probes.add("/api/v1/units/" + other + "/profile");
      for (String list : List.of("findings", "inspections", "satisfaction")) {
        probes.add("/api/v1/" + list + "?unit=" + other);
      }
    }
    // the same addresses as a browser encodes them (encodeURIComponent writes @ as %40)
    probes.add("/api/v1/units/89-SYT%402015-01-01/profile");
    probes.add("/api/v1/units/%39%31-STC/profile");
    probes.add("/api/v1/finding%73?unit=91-STC");
    probes.add("/api/v1/findings?unit=91-STC%40" + "2025-07-01");
    probes.add("/api/v1/data-quality");
    probes.add("/api/v1/data-quality/summary");
    probes.add("/api/v1/audit");
    probes.add("/api/v1/sql/audit");
    probes.add("/api/v1/ranking?format=csv");
    probes.add("/api/v1/findings?format=xlsx");
    probes.add("/api/v1/findings/reminders.xlsx");
    probes.add("/api/v1/heatmap?level=CRITERION&format=csv");
    probes.add("/api/v1/khong-co-dia-chi-nay");
    List<String> leaks = new ArrayList<>();
    HttpClient dashboard = signedInDashboard();
    for (String probe : probes) {
      Answer api = get(Caller.UNIT, probe);
      if (api.status() != 403) {
        leaks.add("API " + probe + " → " + api.status());
      } else if (!api.json().get("detail").asText().startsWith("Không thể")) {
        leaks.add("API " + probe + " refused without a Vietnamese reason: " + api.text());
      }
      HttpResponse<String> call = dashboardCall(dashboard, probe);
      if (call.statusCode() != 403) {
        leaks.add("dashboard " + probe + " → " + call.statusCode());
      }
    }
    for (String sql :
        List.of(
            "SELECT * FROM findings",
            "SELECT unit_key, self_points FROM score_facts WHERE unit_key LIKE '91-SYT%'",
            "SELECT 1")) {
      Answer a = postSql(Caller.UNIT, sql, "");
      if (a.status() != 403) {
        leaks.add("SQL " + sql + " → " + a.status());
      }
    }
    assertThat(probes.size() + 3).as("cross-unit probes").isGreaterThanOrEqualTo(30);
    assertThat(leaks).isEmpty();

    Answer profile = get(Caller.UNIT, "/api/v1/units/89-SYT@2015-01-01/profile");
    assertThat(profile.json().get("detail").asText())
        .isEqualTo(
            "Không thể xem chi tiết của đơn vị Sở Y tế tỉnh An Giang: tài khoản donvi chỉ được xem"
                + " chi tiết của đơn vị mình (Sở Nội vụ tỉnh An Giang (91-SNV, 01/07/2025 – nay)) và"
                + " các đơn vị tiền thân của nó");
  }

  @Test
  void itsOwnUnitsAndTheirHistoryAreOpen() {
    for (String own :
        List.of("91-SNV", "91-SNV@2025-07-01", "89-SNV@2025-03-01", "89-SLDTBXH@2015-01-01")) {
      Answer a = get(Caller.UNIT, "/api/v1/units/" + own + "/profile?year=2024");
      assertThat(a.status()).as(own + ": " + a.text()).isEqualTo(200);
    }
    Answer findings = get(Caller.UNIT, "/api/v1/findings?unit=91-SLDTBXH@2015-01-01");
    assertThat(findings.status()).isEqualTo(200);
    assertThat(keys(findings.json())).containsOnly("91-SLDTBXH@2015-01-01");
  }

  /** The dashboard's way in: the sign-in form, then its session cookie. */
  private HttpClient signedInDashboard() throws Exception {
    HttpClient b = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    String form =
        "username=donvi&password=" + URLEncoder.encode("donvi-demo", StandardCharsets.UTF_8);
    HttpResponse<String> login =
        b.send(
            HttpRequest.newBuilder(URI.create(base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse(""))
        .endsWith("/dashboard/overview.html");
    return b;
  }

  private HttpResponse<String> dashboardCall(HttpClient b, String path) throws Exception {
    return b.send(
        HttpRequest.newBuilder(URI.create(base() + path))
            .header("X-Requested-With", "fetch")
            .header("Accept", "application/json")
            .GET()
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
