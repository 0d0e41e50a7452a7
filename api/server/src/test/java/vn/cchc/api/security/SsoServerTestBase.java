package vn.cchc.api.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.cchc.api.ApiServer;
import vn.cchc.api.HttpTestBase;
import vn.cchc.testsupport.Repo;
import vn.cchc.testsupport.SampleWarehouse;

/**
 * A real server outside the demo profile, signed in to a real OpenID Connect provider
 * (mock-oauth2-server, on 127.0.0.1, stopped after the class), with a local user store and two
 * configured accounts: a leader with a real password and one whose hash is of a weak password.
 * Subclasses share the Spring context.
 */
@SpringBootTest(
    classes = ApiServer.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class SsoServerTestBase extends HttpTestBase {
  static final String ISSUER_ID = "tinh";
  static final String CLIENT_ID = "cchc-dashboard";
  static final String CLIENT_SECRET = "bi-mat-cua-ung-dung";
  static final String LEADER = "lanhdao";
  static final String LEADER_PASSWORD = "Mật-khẩu-lãnh-đạo-2026";
  static final String WEAK = "yeu";
  static final String WEAK_PASSWORD = "1234567890";

  static final MockOAuth2Server IDP = startIdp();

  static Path store() {
    return Repo.root().resolve("api/target/test-sso-users/users.json");
  }

  static Path events() {
    return Repo.root().resolve("api/target/test-sso-audit.jsonl");
  }

  private static MockOAuth2Server startIdp() {
    MockOAuth2Server server = new MockOAuth2Server();
    try {
      server.start(InetAddress.getByName("127.0.0.1"), 0);
      // it outlives one class (the shared context discovered it at start-up): stopped with the JVM
      Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
    } catch (UnknownHostException e) {
      throw new AssertionError(e);
    }
    return server;
  }

  /** GET /api/v1/me with this Authorization header. */
  Answer me(String authorization) {
    return send(
        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/api/v1/me"))
            .header("Authorization", authorization)
            .GET()
            .build());
  }

  static String basic(String user, String password) {
    return "Basic "
        + java.util.Base64.getEncoder()
            .encodeToString(
                (user + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  static String issuer() {
    return IDP.issuerUrl(ISSUER_ID).toString();
  }

  @DynamicPropertySource
  static void sso(DynamicPropertyRegistry r) throws Exception {
    Files.deleteIfExists(store());
    Files.deleteIfExists(events());
    BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder(4);
    r.add("cchc.warehouse", () -> SampleWarehouse.get().toString());
    r.add(
        "cchc.sql.audit-file",
        () -> Repo.root().resolve("api/target/test-sso-sql.jsonl").toString());
    r.add("cchc.audit.file", () -> events().toString());
    r.add("cchc.security.user-store", () -> store().toString());
    r.add("cchc.security.users[0].username", () -> LEADER);
    r.add("cchc.security.users[0].role", () -> "LEADER");
    r.add("cchc.security.users[0].password-hash", () -> bcrypt.encode(LEADER_PASSWORD));
    r.add("cchc.security.users[1].username", () -> WEAK);
    r.add("cchc.security.users[1].role", () -> "ANALYST");
    r.add("cchc.security.users[1].password-hash", () -> bcrypt.encode(WEAK_PASSWORD));
    r.add("cchc.security.sign-in.max-failures", () -> "3");
    r.add("cchc.security.oidc.issuer-uri", SsoServerTestBase::issuer);
    r.add("cchc.security.oidc.client-id", () -> CLIENT_ID);
    r.add("cchc.security.oidc.client-secret", () -> CLIENT_SECRET);
    r.add("cchc.security.oidc.roles[cchc-lanh-dao]", () -> "LEADER");
    r.add("cchc.security.oidc.roles[cchc-can-bo]", () -> "UNIT");
    r.add("cchc.security.oidc.roles[cchc-phan-tich]", () -> "ANALYST");
  }
}
