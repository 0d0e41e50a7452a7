package vn.cchc.api.security;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import vn.cchc.api.ApiConfig;

/**
 * Sign-in through the province's OpenID Connect provider ({@link ApiConfig.Oidc}), discovered from
 * its issuer at start-up (a provider that does not answer stops the start):
 *
 * <ul>
 *   <li>the dashboard: the authorization-code flow from {@code /oauth2/authorization/oidc} (the
 *       login page offers it); the ID token's claims give the role and units ({@link
 *       ClaimMapping}); {@code /logout} ends the session here and at the provider (RP-initiated
 *       logout, back to the login page);
 *   <li>the API: the provider's access tokens as {@code Authorization: Bearer}, refused unless
 *       signed by a key of the provider's JWK set, issued by the issuer, for one of the accepted
 *       audiences, and within their time (60 s of clock skew).
 * </ul>
 */
final class OidcSignIn {
  private OidcSignIn() {}

  static void configure(
      HttpSecurity http,
      ApiConfig.Oidc oidc,
      AuthenticationFailureHandler failure,
      AuthenticationEntryPoint apiEntry)
      throws Exception {
    ClaimMapping mapping = new ClaimMapping(oidc);
    ClientRegistration registration =
        ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
            .registrationId(SecurityConfiguration.OIDC_REGISTRATION)
            .clientId(oidc.clientId())
            .clientSecret(oidc.clientSecret())
            .scope("openid", "profile", "email")
            .build();
    InMemoryClientRegistrationRepository clients =
        new InMemoryClientRegistrationRepository(registration);
    OidcUserService delegate = new OidcUserService();
    OAuth2UserService<OidcUserRequest, OidcUser> users =
        request -> {
          OidcUser user = delegate.loadUser(request);
          List<GrantedAuthority> authorities = mapping.authorities(user.getClaims());
          String name =
              user.getClaims().containsKey(oidc.usernameClaim()) ? oidc.usernameClaim() : "sub";
          return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), name);
        };
    OidcClientInitiatedLogoutSuccessHandler logout =
        new OidcClientInitiatedLogoutSuccessHandler(clients);
    logout.setPostLogoutRedirectUri("{baseUrl}" + SecurityConfiguration.LOGIN_PAGE + "?logout");
    logout.setDefaultTargetUrl(SecurityConfiguration.LOGIN_PAGE + "?logout");

    NimbusJwtDecoder decoder =
        NimbusJwtDecoder.withJwkSetUri(registration.getProviderDetails().getJwkSetUri()).build();
    List<String> audiences = oidc.acceptedAudiences();
    OAuth2TokenValidator<Jwt> audience =
        jwt -> {
          List<String> aud = jwt.getAudience() == null ? List.of() : jwt.getAudience();
          return aud.stream().anyMatch(audiences::contains)
              ? OAuth2TokenValidatorResult.success()
              : OAuth2TokenValidatorResult.failure(
                  new OAuth2Error(
                      "invalid_token",
                      "Không thể đăng nhập: mã truy cập dành cho "
                          + aud
                          + ", không phải "
                          + audiences,
                      null));
        };
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            JwtValidators.createDefaultWithIssuer(registration.getProviderDetails().getIssuerUri()),
            audience));

    http.oauth2Login(
            o ->
                o.clientRegistrationRepository(clients)
                    .loginPage(SecurityConfiguration.LOGIN_PAGE)
                    .userInfoEndpoint(u -> u.oidcUserService(users))
                    .defaultSuccessUrl("/dashboard/overview.html", false)
                    .failureHandler(failure))
        .logout(l -> l.logoutSuccessHandler(logout))
        .oauth2ResourceServer(
            r ->
                r.authenticationEntryPoint(apiEntry)
                    .jwt(
                        j ->
                            j.decoder(decoder)
                                .jwtAuthenticationConverter(
                                    jwt ->
                                        new JwtAuthenticationToken(
                                            jwt,
                                            new ArrayList<>(mapping.authorities(jwt.getClaims())),
                                            mapping.username(jwt.getClaims())))));
  }
}
