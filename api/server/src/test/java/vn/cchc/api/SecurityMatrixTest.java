package vn.cchc.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Anonymous, leader (the demo's viewer), analyst, admin and a unit official against every endpoint:
 * each answer as specified. What a unit official sees inside the answers it gets is {@code
 * access.UnitAccessMatrixTest}'s.
 */
class SecurityMatrixTest extends ServerTestBase {
  /** Every GET data endpoint of /api/v1; true for the lists leaders may export (aggregates). */
  static final Map<String, Boolean> LISTS =
      Map.ofEntries(
          Map.entry("/api/v1/years", true),
          Map.entry("/api/v1/blocs", true),
          Map.entry("/api/v1/bases", true),
          Map.entry("/api/v1/methodology/items", true),
          Map.entry("/api/v1/trends/summary", true),
          Map.entry("/api/v1/weaknesses", true),
          Map.entry("/api/v1/inspections/outcomes/by-field", true),
          Map.entry("/api/v1/data-quality/summary", true),
          Map.entry("/api/v1/units", false),
          Map.entry("/api/v1/units/30307@2015-01-01/lineage", false),
          Map.entry("/api/v1/map/communes", false),
          Map.entry("/api/v1/ranking", false),
          Map.entry("/api/v1/trends", false),
          Map.entry("/api/v1/heatmap", false),
          Map.entry("/api/v1/appraisal-gaps", false),
          Map.entry("/api/v1/satisfaction", false),
          Map.entry("/api/v1/inspections", false),
          Map.entry("/api/v1/inspections/outcomes", false),
          Map.entry("/api/v1/findings", false),
          Map.entry("/api/v1/findings/tracker", false),
          Map.entry("/api/v1/findings/reminders", false),
          Map.entry("/api/v1/findings/effect", false),
          Map.entry("/api/v1/findings/effect/by-field", true),
          Map.entry("/api/v1/inspections/targets", false),
          Map.entry("/api/v1/data-quality", false));

  static final List<String> DOCUMENTS =
      List.of(
          "/api/v1/release",
          "/api/v1/methodology",
          "/api/v1/units/30307",
          "/api/v1/units/30307@2015-01-01/profile",
          "/api/v1/overview",
          "/v3/api-docs",
          "/dashboard/overview.html",
          "/dashboard/heatmap.html",
          "/dashboard/unit.html",
          "/dashboard/inspections.html",
          "/webjars/echarts/5.5.0/echarts.min.js");

  /** What a unit official may not open at all, whatever the format. */
  static final List<String> CLOSED_TO_UNITS =
      List.of("/api/v1/data-quality", "/api/v1/data-quality/summary");

  @Test
  void everyCallerGetsWhatTheRoleAllows() {
    List<String> wrong = new ArrayList<>();
    for (Caller c : Caller.values()) {
      boolean unit = c == Caller.UNIT;
      boolean mayExportUnits = c == Caller.ANALYST || c == Caller.ADMIN;
      expect(wrong, c, "/api/v1/health", 200);
      expect(wrong, c, "/login.html", 200);
      // the commune boundaries are public data (MIT), served like the other dashboard assets
      expect(wrong, c, "/dashboard/assets/geo/an_giang_communes_2025.geojson", 200);
      for (String path : DOCUMENTS) {
        int anonymous = path.startsWith("/api") || path.startsWith("/v3") ? 401 : 302;
        // the profile of commune 30307 is another unit's detail for the Department of Home Affairs
        int signedIn = unit && path.endsWith("/profile") ? 403 : 200;
        expect(wrong, c, path, c == Caller.ANONYMOUS ? anonymous : signedIn);
      }
      for (Map.Entry<String, Boolean> list : LISTS.entrySet()) {
        boolean closed = unit && CLOSED_TO_UNITS.contains(list.getKey());
        expect(wrong, c, list.getKey(), c == Caller.ANONYMOUS ? 401 : closed ? 403 : 200);
        for (String format : List.of("csv", "xlsx")) {
          int export =
              c == Caller.ANONYMOUS
                  ? 401
                  : closed || !mayExportUnits && !list.getValue() ? 403 : 200;
          expect(wrong, c, list.getKey() + "?format=" + format, export);
        }
      }
      // the reminder list is a unit-level list in a file: an export, whatever its address
      int reminders = c == Caller.ANONYMOUS ? 401 : mayExportUnits ? 200 : 403;
      expect(wrong, c, "/api/v1/findings/reminders.xlsx", reminders);
      int sql = c == Caller.ANONYMOUS ? 401 : mayExportUnits ? 200 : 403;
      Answer a = postSql(c, "SELECT count(*) AS n FROM index_scores", "");
      if (a.status() != sql) {
        wrong.add(c + " POST /api/v1/sql → " + a.status() + " (expected " + sql + ")");
      }
      for (String admin : List.of("/api/v1/sql/audit", "/api/v1/audit")) {
        expect(wrong, c, admin, c == Caller.ANONYMOUS ? 401 : c == Caller.ADMIN ? 200 : 403);
      }
      expect(wrong, c, "/api/v1/me", c == Caller.ANONYMOUS ? 401 : 200);
      expect(wrong, c, "/api/v1/sign-in", 200);
    }
    assertThat(wrong).isEmpty();
  }

  @Test
  void refusalsAreProblemDetailsInVietnamese() {
    Answer anonymous = get(Caller.ANONYMOUS, "/api/v1/ranking");
    assertThat(anonymous.contentType()).startsWith("application/problem+json");
    assertThat(anonymous.json().get("detail").asText())
        .isEqualTo("Không thể truy cập /api/v1/ranking: cần đăng nhập");
    assertThat(anonymous.raw().headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("Basic"));

    Answer export = get(Caller.VIEWER, "/api/v1/ranking?format=csv");
    assertThat(export.json().get("detail").asText())
        .isEqualTo(
            "Không thể xuất danh sách theo từng đơn vị ra tệp: cần vai trò ANALYST hoặc ADMIN");
    Answer sql = postSql(Caller.VIEWER, "SELECT 1", "");
    assertThat(sql.json().get("detail").asText())
        .isEqualTo(
            "Không thể chạy truy vấn SQL: chỉ chuyên viên phân tích (ANALYST) và quản trị viên (ADMIN) được dùng");
    Answer audit = get(Caller.ANALYST, "/api/v1/sql/audit");
    assertThat(audit.json().get("detail").asText())
        .isEqualTo("Không thể xem nhật ký truy vấn: chỉ quản trị viên (ADMIN) được xem");

    Answer wrongPassword =
        send(
            HttpRequest.newBuilder(URI.create(base() + "/api/v1/years"))
                .header("Authorization", "Basic dmlld2VyOnNhaQ==")
                .GET()
                .build());
    assertThat(wrongPassword.status()).isEqualTo(401);
  }

  @Test
  void theDashboardSendsAnonymousVisitorsToTheLoginPage() {
    Answer page = get(Caller.ANONYMOUS, "/dashboard/unit.html");
    assertThat(page.status()).isEqualTo(302);
    assertThat(page.raw().headers().firstValue("Location"))
        .hasValueSatisfying(v -> assertThat(v).endsWith("/login.html"));
  }

  private void expect(List<String> wrong, Caller c, String path, int status) {
    Answer a = get(c, path);
    if (a.status() != status) {
      wrong.add(c + " GET " + path + " → " + a.status() + " (expected " + status + ")");
    }
  }
}
