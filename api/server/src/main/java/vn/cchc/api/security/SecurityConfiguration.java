package vn.cchc.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.cchc.api.ApiConfig;
import vn.cchc.api.access.UnitAccessFilter;
import vn.cchc.api.access.UnitScopes;
import vn.cchc.api.audit.AuditLog;
import vn.cchc.api.audit.ExportAudit;
import vn.cchc.api.error.Problems;
import vn.cchc.api.release.ReleaseResultCache;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.query.Dimensions;
import vn.cchc.query.sql.SqlAudit;

/**
 * Who may call what. Users sign in with a password — accounts of the configuration and of the local
 * user store ({@link UserDirectory}), at the dashboard's form or with HTTP Basic — or through the
 * province's OpenID Connect provider when one is configured ({@link OidcSignIn}: the dashboard's
 * authorization-code sign-in, and its access tokens as {@code Bearer} on the API). Roles are
 * checked here per address; what a UNIT user reaches beyond that, {@link UnitAccessFilter}. Every
 * sign-in and every export is audited ({@link SignIns}, {@link ExportAudit}). CSRF tokens are off
 * because nothing the API accepts changes state (ad-hoc SQL is read-only) and the session cookie is
 * SameSite=Strict (and Secure whenever the request came over HTTPS, directly or through a proxy
 * that says so in {@code X-Forwarded-Proto}). Every response carries {@link SecurityHeaders}, and
 * Spring Security's {@code Cache-Control: no-cache, no-store, max-age=0, must-revalidate} (with
 * {@code Pragma} and {@code Expires}) unless it has a {@code Cache-Control} already: the API's
 * successful GETs get {@code private, no-cache} and an {@code ETag} from {@code
 * vn.cchc.api.release.ReleaseCaching}, which runs after this chain.
 */
@Configuration
public class SecurityConfiguration {
  public static final String LOGIN_PAGE = "/login.html";
  public static final String LOGIN_PROCESSING_URL = "/login";
  static final String FETCH_HEADER = "X-Requested-With";

  /** The registration id of the province's provider in Spring Security's addresses. */
  public static final String OIDC_REGISTRATION = "oidc";

  /** Where the form's last refusal waits for the login page to ask for it. */
  public static final String SIGN_IN_ERROR = "vn.cchc.signInError";

  @Bean
  BCryptPasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  Clock clock() {
    return Clock.systemUTC();
  }

  @Bean
  AuditLog auditLog(ApiConfig config, SqlAudit sql) {
    return new AuditLog(config.audit().file(), sql);
  }

  @Bean
  SignIns signIns(ApiConfig config, AuditLog audit, Clock clock) {
    ApiConfig.SignIn s = config.security().signIn();
    return new SignIns(audit, s.maxFailures(), s.lockFor(), clock);
  }

  @Bean
  UserDirectory users(
      ApiConfig config, Environment env, BCryptPasswordEncoder encoder, SignIns signIns) {
    UserDirectory users =
        new UserDirectory(
            Accounts.users(config.security().users(), demo(env), encoder),
            new UserStore(config.security().userStore()),
            signIns);
    if (users.isEmpty() && !config.security().oidc().enabled()) {
      throw new CchcException(
          ErrorCode.INVALID_INPUT,
          "Không thể khởi động máy chủ: không có tài khoản nào (tạo bằng ./cchc users add, khai báo"
              + " cchc.security.users, hoặc cấu hình đăng nhập một lần cchc.security.oidc.issuer-uri)");
    }
    return users;
  }

  @Bean
  UnitScopes unitScopes(ReleaseResultCache cache, Dimensions dimensions) {
    return new UnitScopes(cache, dimensions);
  }

  static boolean demo(Environment env) {
    return env.acceptsProfiles(Profiles.of(DemoAccounts.PROFILE));
  }

  @Bean
  SecurityFilterChain filterChain(
      HttpSecurity http,
      ObjectMapper json,
      ApiConfig config,
      Environment env,
      UserDirectory users,
      BCryptPasswordEncoder encoder,
      SignIns signIns,
      AuthenticationEventPublisher events,
      AuditLog audit,
      Clock clock,
      UnitScopes scopes,
      Dimensions dimensions)
      throws Exception {
    RequestMatcher api =
        new OrRequestMatcher(
            new AntPathRequestMatcher("/api/**"), new AntPathRequestMatcher("/v3/**"));
    AuthenticationEntryPoint apiEntry =
        (request, response, e) -> {
          if (request.getHeader(FETCH_HEADER) == null) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"CCHC\", charset=\"UTF-8\"");
          }
          Problems.write(
              response,
              json,
              Problems.of(
                  HttpStatus.UNAUTHORIZED,
                  "UNAUTHENTICATED",
                  "Không thể truy cập " + request.getRequestURI() + ": " + unauthenticated(e),
                  request));
        };
    AccessDeniedHandler denied =
        (request, response, e) ->
            Problems.write(
                response,
                json,
                Problems.of(
                    HttpStatus.FORBIDDEN,
                    ErrorCode.FORBIDDEN.name(),
                    deniedDetail(request),
                    request));
    AuthenticationFailureHandler formFailure =
        (request, response, e) -> {
          request.getSession().setAttribute(SIGN_IN_ERROR, signInRefusal(e));
          response.sendRedirect(LOGIN_PAGE + "?error");
        };
    http.getSharedObject(AuthenticationManagerBuilder.class).authenticationEventPublisher(events);
    http.authenticationProvider(
        new PasswordSignIn(
            users, encoder, signIns, demo(env), config.security().signIn().minPasswordLength()));
    String[] leaders = {Role.LEADER.name(), Role.ANALYST.name(), Role.ADMIN.name()};
    http.csrf(AbstractHttpConfigurer::disable)
        .headers(
            h ->
                h.contentSecurityPolicy(
                        c -> c.policyDirectives(SecurityHeaders.CONTENT_SECURITY_POLICY))
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)))
        .authorizeHttpRequests(
            a ->
                a.requestMatchers(
                        "/api/v1/health",
                        "/api/v1/sign-in",
                        LOGIN_PAGE,
                        "/dashboard/assets/**",
                        "/favicon.ico",
                        "/error")
                    .permitAll()
                    .requestMatchers("/api/v1/sql/audit", "/api/v1/audit", "/api/v1/audit/**")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers(HttpMethod.POST, "/api/v1/sql")
                    .hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name())
                    .requestMatchers("/api/v1/sql")
                    .hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name())
                    .requestMatchers(new ExportAccess())
                    .hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name())
                    .requestMatchers("/api/v1/data-quality", "/api/v1/data-quality/**")
                    .hasAnyRole(leaders)
                    .anyRequest()
                    .authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(apiEntry))
        .formLogin(
            f ->
                f.loginPage(LOGIN_PAGE)
                    .loginProcessingUrl(LOGIN_PROCESSING_URL)
                    .defaultSuccessUrl("/dashboard/overview.html", false)
                    .failureHandler(formFailure)
                    .permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout"))
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(apiEntry, api)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), request -> true)
                    .accessDeniedHandler(denied))
        .addFilterBefore(new ExportAudit(audit, clock), ExceptionTranslationFilter.class)
        .addFilterAfter(new UnitAccessFilter(scopes, dimensions, json), AuthorizationFilter.class);
    if (config.security().oidc().enabled()) {
      OidcSignIn.configure(http, config.security().oidc(), formFailure, apiEntry);
    }
    return http.build();
  }

  /** Why a request is not signed in, for the API's 401. */
  static String unauthenticated(AuthenticationException e) {
    if (e == null
        || e
            instanceof
            org.springframework.security.authentication.InsufficientAuthenticationException) {
      return "cần đăng nhập";
    }
    return signInRefusal(e);
  }

  /** A refused sign-in as the user reads it. */
  static String signInRefusal(AuthenticationException e) {
    if (e instanceof BadCredentialsException
        || e instanceof org.springframework.security.core.userdetails.UsernameNotFoundException) {
      return "sai tên đăng nhập hoặc mật khẩu";
    }
    if (e instanceof OAuth2AuthenticationException o) {
      String d = o.getError().getDescription();
      return d != null && d.startsWith("Không thể đăng nhập")
          ? d
          : "Không thể đăng nhập qua nhà cung cấp định danh: "
              + (d == null ? o.getError().getErrorCode() : d);
    }
    return e.getMessage();
  }

  static String deniedDetail(HttpServletRequest request) {
    String path = request.getRequestURI();
    if (path.startsWith("/api/v1/sql/audit")) {
      return "Không thể xem nhật ký truy vấn: chỉ quản trị viên (ADMIN) được xem";
    }
    if (path.startsWith("/api/v1/audit")) {
      return "Không thể xem nhật ký đăng nhập, xuất tệp và truy vấn: chỉ quản trị viên (ADMIN) được xem";
    }
    if (path.startsWith("/api/v1/sql")) {
      return "Không thể chạy truy vấn SQL: chỉ chuyên viên phân tích (ANALYST) và quản trị viên (ADMIN) được dùng";
    }
    if (new ExportAccess().matches(request)) {
      return "Không thể xuất danh sách theo từng đơn vị ra tệp: cần vai trò ANALYST hoặc ADMIN";
    }
    return "Không thể truy cập "
        + path
        + ": tài khoản không có quyền (cần một trong các vai trò "
        + List.of(Role.LEADER, Role.ANALYST, Role.ADMIN)
        + ")";
  }
}
