package vn.cchc.api.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.AntPathRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import vn.cchc.api.ApiConfig;
import vn.cchc.api.error.Problems;
import vn.cchc.model.error.ErrorCode;

/**
 * Who may call what. The API takes HTTP Basic or the dashboard's session; the dashboard logs in
 * with a form. CSRF tokens are off because nothing the API accepts changes state (ad-hoc SQL is
 * read-only) and the session cookie is SameSite=Strict (and Secure whenever the request came over
 * HTTPS, directly or through a proxy that says so in {@code X-Forwarded-Proto}). Every response
 * carries {@link SecurityHeaders}, and Spring Security's {@code Cache-Control: no-cache, no-store,
 * max-age=0, must-revalidate} (with {@code Pragma} and {@code Expires}) unless it has a {@code
 * Cache-Control} already: the API's successful GETs get {@code private, no-cache} and an {@code
 * ETag} from {@code vn.cchc.api.release.ReleaseCaching}, which runs after this chain.
 */
@Configuration
public class SecurityConfiguration {
  public static final String LOGIN_PAGE = "/login.html";
  static final String FETCH_HEADER = "X-Requested-With";

  @Bean
  BCryptPasswordEncoder passwordEncoder() {
    return new BCryptPasswordEncoder();
  }

  @Bean
  UserDetailsService users(ApiConfig config, Environment env, BCryptPasswordEncoder encoder) {
    boolean demo = env.acceptsProfiles(Profiles.of(DemoAccounts.PROFILE));
    return new InMemoryUserDetailsManager(Accounts.users(config.security().users(), demo, encoder));
  }

  @Bean
  SecurityFilterChain filterChain(HttpSecurity http, ObjectMapper json) throws Exception {
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
                  "Không thể truy cập " + request.getRequestURI() + ": cần đăng nhập",
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
                        LOGIN_PAGE,
                        "/dashboard/assets/**",
                        "/favicon.ico",
                        "/error")
                    .permitAll()
                    .requestMatchers("/api/v1/sql/audit")
                    .hasRole(Role.ADMIN.name())
                    .requestMatchers(HttpMethod.POST, "/api/v1/sql")
                    .hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name())
                    .requestMatchers("/api/v1/sql")
                    .hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name())
                    .requestMatchers(new ExportAccess())
                    .hasAnyRole(Role.ANALYST.name(), Role.ADMIN.name())
                    .anyRequest()
                    .authenticated())
        .httpBasic(b -> b.authenticationEntryPoint(apiEntry))
        .formLogin(
            f ->
                f.loginPage(LOGIN_PAGE)
                    .loginProcessingUrl("/login")
                    .defaultSuccessUrl("/dashboard/overview.html", false)
                    .failureUrl(LOGIN_PAGE + "?error")
                    .permitAll())
        .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl(LOGIN_PAGE + "?logout"))
        .exceptionHandling(
            e ->
                e.defaultAuthenticationEntryPointFor(apiEntry, api)
                    .defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE), request -> true)
                    .accessDeniedHandler(denied));
    return http.build();
  }

  static String deniedDetail(HttpServletRequest request) {
    String path = request.getRequestURI();
    if (path.startsWith("/api/v1/sql/audit")) {
      return "Không thể xem nhật ký truy vấn: chỉ quản trị viên (ADMIN) được xem";
    }
    if (path.startsWith("/api/v1/sql")) {
      return "Không thể chạy truy vấn SQL: chỉ chuyên viên phân tích (ANALYST) và quản trị viên (ADMIN) được dùng";
    }
    if (new ExportAccess().matches(request)) {
      return "Không thể xuất danh sách theo từng đơn vị ra tệp: cần vai trò ANALYST hoặc ADMIN";
    }
    return "Không thể truy cập "
        + path
        + ": tài khoản không có quyền ("
        + Arrays.toString(Role.values())
        + ")";
  }
}
