package vn.cchc.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.cchc.api.ServerTestBase;

/**
 * The audit: a failed and a successful sign-in, an export (served and refused) and an analyst's SQL
 * are in it, read by the admin's endpoint and by {@code ./cchc audit} from the same files.
 */
class AuditTest extends ServerTestBase {
  @Test
  void signInsExportsAndSqlAreAuditedAndReadBack() throws Exception {
    Answer wrong =
        send(
            HttpRequest.newBuilder(URI.create(base() + "/api/v1/years"))
                .header("Authorization", "Basic YWRtaW46c2FpLXJvaS1uaGFt") // admin:sai-roi-nham
                .GET()
                .build());
    assertThat(wrong.status()).isEqualTo(401);
    assertThat(get(Caller.ANALYST, "/api/v1/findings?year=2023&format=csv").status())
        .isEqualTo(200);
    assertThat(get(Caller.VIEWER, "/api/v1/findings?year=2023&format=xlsx").status())
        .isEqualTo(403);
    assertThat(
            postSql(Caller.ANALYST, "SELECT count(*) AS kiem_toan FROM index_scores", "").status())
        .isEqualTo(200);

    Answer audit = get(Caller.ADMIN, "/api/v1/audit?limit=10000");
    assertThat(audit.status()).isEqualTo(200);
    List<String> seen = new ArrayList<>();
    for (JsonNode e : audit.json()) {
      seen.add(
          e.get("kind").asText()
              + " "
              + e.get("user").asText()
              + " "
              + e.get("outcome").asText()
              + " "
              + (e.has("path") ? e.get("path").asText() : e.path("detail").asText()));
    }
    assertThat(seen)
        .contains(
            "sign-in admin failure /api/v1/years",
            "export analyst served /api/v1/findings?year=2023&format=csv",
            "export viewer refused /api/v1/findings?year=2023&format=xlsx",
            "sql analyst OK SELECT count(*) AS kiem_toan FROM index_scores");
    assertThat(audit.json().get(0).get("at").asText())
        .isGreaterThanOrEqualTo(audit.json().get(1).get("at").asText());

    Answer sqlOnly = get(Caller.ADMIN, "/api/v1/audit?kind=sql&user=analyst");
    sqlOnly.json().forEach(e -> assertThat(e.get("kind").asText()).isEqualTo("sql"));
    Answer badKind = get(Caller.ADMIN, "/api/v1/audit?kind=dang-nhap");
    assertThat(badKind.status()).isEqualTo(400);
    assertThat(badKind.json().get("detail").asText())
        .isEqualTo("Không thể hiểu tham số kind: dang-nhap (cần sign-in, export hoặc sql)");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        AuditCli.run(
            new String[] {
              "--file", eventAuditFile().toString(),
              "--sql-file", auditFile().toString(),
              "--kind", "export,sign-in",
              "--user", "viewer",
              "--limit", "1000"
            },
            Map.of(),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
    List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
    assertThat(lines.get(0)).startsWith("THỜI ĐIỂM");
    assertThat(lines)
        .anySatisfy(
            l ->
                assertThat(l)
                    .contains(
                        "export", "viewer", "refused", "/api/v1/findings?year=2023&format=xlsx"));
    assertThat(lines.subList(1, lines.size())).allSatisfy(l -> assertThat(l).contains("viewer"));
  }
}
