package vn.cchc.api.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.Test;

/**
 * Sign-in through a real OpenID Connect provider started by the test: the dashboard's
 * authorization-code flow end to end (claims → role and units, logout here and at the provider),
 * and the API's Bearer tokens, refused for a wrong issuer, audience, signature or an expired time.
 */
class OidcSignInTest extends SsoServerTestBase {
  /** A browser: its own cookies, following redirects between the server and the provider. */
  private static HttpClient browser() {
    return HttpClient.newBuilder()
        .cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NORMAL)
        .connectTimeout(Duration.ofSeconds(10))
        .build();
  }

  private static HttpResponse<String> open(HttpClient browser, String url) {
    try {
      return browser.send(
          HttpRequest.newBuilder(URI.create(url))
              .header("Accept", "application/json")
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new AssertionError("Cannot reach " + url, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** The addresses a response went through, first to last. */
  private static List<URI> path(HttpResponse<?> last) {
    List<URI> out = new ArrayList<>();
    for (HttpResponse<?> r = last; r != null; r = r.previousResponse().orElse(null)) {
      out.add(0, r.uri());
    }
    return out;
  }

  private static void nextSignIn(String username, Map<String, Object> claims) {
    Map<String, Object> all = new java.util.HashMap<>(claims);
    all.put("preferred_username", username);
    IDP.enqueueCallback(
        new DefaultOAuth2TokenCallback(
            ISSUER_ID, "sub-" + username, "JWT", List.of(CLIENT_ID), all, 3600));
  }

  @Test
  void aUnitOfficialSignsInThroughTheProviderSeesItsUnitAndSignsOut() throws Exception {
    nextSignIn(
        "canbo.snv", Map.of("roles", List.of("cchc-can-bo"), "cchc_units", List.of("91-SNV")));
    HttpClient b = browser();
    HttpResponse<String> signedIn = open(b, base() + "/oauth2/authorization/oidc");
    assertThat(signedIn.statusCode()).isEqualTo(200);
    assertThat(signedIn.uri().getPath()).isEqualTo("/dashboard/overview.html");
    assertThat(path(signedIn))
        .as("through the provider's authorization endpoint and back")
        .anyMatch(u -> u.toString().startsWith(issuer()))
        .anyMatch(u -> u.getPath().equals("/login/oauth2/code/oidc"));

    JsonNode me = JSON.readTree(open(b, base() + "/api/v1/me").body());
    assertThat(me.get("username").asText()).isEqualTo("canbo.snv");
    assertThat(me.get("role").asText()).isEqualTo("UNIT");
    assertThat(me.get("units").get(0).get("unit_key").asText()).isEqualTo("91-SNV@2025-07-01");
    HttpResponse<String> other = open(b, base() + "/api/v1/units/89-SYT@2015-01-01/profile");
    assertThat(other.statusCode()).isEqualTo(403);
    assertThat(JSON.readTree(other.body()).get("detail").asText())
        .startsWith("Không thể xem chi tiết của đơn vị Sở Y tế tỉnh An Giang");
    assertThat(open(b, base() + "/api/v1/units/91-SNV/profile").statusCode()).isEqualTo(200);

    HttpResponse<String> out = open(b, base() + "/logout");
    assertThat(out.uri().toString()).isEqualTo(base() + "/login.html?logout");
    assertThat(path(out))
        .as("RP-initiated logout at the provider's end-session endpoint")
        .anyMatch(u -> u.toString().startsWith(issuer() + "/endsession"));
    assertThat(open(b, base() + "/api/v1/me").statusCode()).isEqualTo(401);
  }

  @Test
  void aProviderUserWithoutARoleHereIsRefusedWithTheReason() throws Exception {
    nextSignIn("khach", Map.of("roles", List.of("nhan-vien")));
    HttpClient b = browser();
    HttpResponse<String> refused = open(b, base() + "/oauth2/authorization/oidc");
    assertThat(refused.uri().toString()).isEqualTo(base() + "/login.html?error");
    JsonNode signIn = JSON.readTree(open(b, base() + "/api/v1/sign-in").body());
    assertThat(signIn.get("last_error").asText())
        .isEqualTo(
            "Không thể đăng nhập: tài khoản khach không có vai trò nào trong CCHC (thuộc tính roles"
                + " của nhà cung cấp định danh: [nhan-vien])");
    assertThat(signIn.get("oidc").asBoolean()).isTrue();
    assertThat(open(b, base() + "/api/v1/me").statusCode()).isEqualTo(401);
  }

  private int bearer(String token) {
    return me("Bearer " + token).status();
  }

  @Test
  void theApiTakesTheProvidersTokensAndRefusesForgedOrStaleOnes() throws Exception {
    Map<String, Object> leader =
        Map.of("preferred_username", "lan", "roles", List.of("cchc-lanh-dao"));
    // another leader first: /me names its caller, so it is never a cached answer of the same role
    Answer other = me(basic(LEADER, LEADER_PASSWORD));
    assertThat(other.json().get("username").asText()).isEqualTo(LEADER);
    SignedJWT good = IDP.issueToken(ISSUER_ID, "sub-lan", CLIENT_ID, leader);
    Answer me = me("Bearer " + good.serialize());
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("username").asText()).isEqualTo("lan");
    assertThat(me.json().get("role").asText()).isEqualTo("LEADER");

    assertThat(bearer(IDP.issueToken("tinh-khac", "sub-lan", CLIENT_ID, leader).serialize()))
        .as("another issuer")
        .isEqualTo(401);
    assertThat(bearer(IDP.issueToken(ISSUER_ID, "sub-lan", "ung-dung-khac", leader).serialize()))
        .as("another audience")
        .isEqualTo(401);
    assertThat(bearer(IDP.issueToken(ISSUER_ID, "sub-lan", CLIENT_ID, leader, -600).serialize()))
        .as("expired ten minutes ago")
        .isEqualTo(401);
    RSAKey forger = new RSAKeyGenerator(2048).keyID(good.getHeader().getKeyID()).generate();
    SignedJWT forged =
        new SignedJWT(
            new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(forger.getKeyID()).build(),
            good.getJWTClaimsSet());
    forged.sign(new RSASSASigner(forger));
    assertThat(bearer(forged.serialize()))
        .as("the same claims signed by another key")
        .isEqualTo(401);
    Answer noRole =
        me(
            "Bearer "
                + IDP.issueToken(ISSUER_ID, "sub-x", CLIENT_ID, Map.of("roles", "khach"))
                    .serialize());
    assertThat(noRole.status()).isEqualTo(401);
    assertThat(noRole.json().get("detail").asText()).contains("không có vai trò nào trong CCHC");
  }
}
