package vn.cchc.api.security;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.context.ApplicationListener;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.cchc.api.audit.AuditLog;

/**
 * Every sign-in, as Spring Security reports it: counts wrong passwords in a row per user and locks
 * the user for a while after too many ({@link #lockedUntil}), and writes the audit. A sign-in at
 * the form or through the identity provider is audited each time; the API's credentials sent with
 * each request (HTTP Basic, a Bearer token) are audited at the first success per user and method in
 * an hour, so that a script polling the API does not flood the audit, and at every failure. The
 * counts live in this process: a restart forgets them (the audit keeps the failures).
 */
public final class SignIns implements ApplicationListener<AbstractAuthenticationEvent> {
  static final Duration QUIET_FOR = Duration.ofHours(1);

  public static final String FORM = "form";
  public static final String BASIC = "basic";
  public static final String OIDC = "oidc";
  public static final String BEARER = "bearer";

  private record Failures(int count, Instant lockedUntil) {}

  private final AuditLog audit;
  private final int maxFailures;
  private final Duration lockFor;
  private final Clock clock;
  private final Map<String, Failures> failures = new ConcurrentHashMap<>();
  private final Map<String, Instant> lastAudited = new ConcurrentHashMap<>();

  public SignIns(AuditLog audit, int maxFailures, Duration lockFor, Clock clock) {
    this.audit = audit;
    this.maxFailures = maxFailures;
    this.lockFor = lockFor;
    this.clock = clock;
  }

  public int maxFailures() {
    return maxFailures;
  }

  /** Until when the user is locked out, if it is. */
  public Optional<Instant> lockedUntil(String username) {
    Failures f = failures.get(username);
    Instant now = clock.instant();
    return f == null || f.lockedUntil() == null || !f.lockedUntil().isAfter(now)
        ? Optional.empty()
        : Optional.of(f.lockedUntil());
  }

  @Override
  public void onApplicationEvent(AbstractAuthenticationEvent event) {
    Authentication a = event.getAuthentication();
    String method = method(a);
    String user = a.getName() == null || a.getName().isBlank() ? "?" : a.getName();
    if (event instanceof AuthenticationSuccessEvent) {
      failures.remove(user);
      if (method.equals(FORM) || method.equals(OIDC) || firstInAWhile(user + "\u0000" + method)) {
        record(user, "success", method, null);
      }
    } else if (event instanceof AbstractAuthenticationFailureEvent failure) {
      String outcome = "failure";
      if (failure.getException() instanceof BadCredentialsException) {
        Failures next =
            failures.compute(
                user,
                (k, f) -> {
                  int count = (f == null || expired(f) ? 0 : f.count()) + 1;
                  return new Failures(
                      count, count >= maxFailures ? clock.instant().plus(lockFor) : null);
                });
        if (next.lockedUntil() != null) {
          outcome = "locked";
        }
      } else if (failure.getException() instanceof LockedException) {
        outcome = "locked";
      }
      record(user, outcome, method, SecurityConfiguration.signInRefusal(failure.getException()));
    }
  }

  private boolean expired(Failures f) {
    return f.lockedUntil() != null && !f.lockedUntil().isAfter(clock.instant());
  }

  private boolean firstInAWhile(String key) {
    Instant now = clock.instant();
    Instant before = lastAudited.get(key);
    if (before != null && before.plus(QUIET_FOR).isAfter(now)) {
      return false;
    }
    lastAudited.put(key, now);
    return true;
  }

  private void record(String user, String outcome, String method, String detail) {
    HttpServletRequest request = request();
    audit.record(
        new AuditLog.Event(
            clock.instant(),
            AuditLog.SIGN_IN,
            user,
            outcome,
            method,
            request == null ? null : request.getRemoteAddr(),
            request == null ? null : request.getRequestURI(),
            detail,
            null,
            null));
  }

  private static String method(Authentication a) {
    String type = a.getClass().getSimpleName();
    if (type.startsWith("OAuth2Login") || type.startsWith("OAuth2Authentication")) {
      return OIDC;
    }
    if (type.contains("Bearer") || type.contains("Jwt")) {
      return BEARER;
    }
    if (a instanceof UsernamePasswordAuthenticationToken) {
      HttpServletRequest request = request();
      return request != null
              && request.getMethod().equals("POST")
              && request.getRequestURI().equals(SecurityConfiguration.LOGIN_PROCESSING_URL)
          ? FORM
          : BASIC;
    }
    return type;
  }

  private static HttpServletRequest request() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes s
        ? s.getRequest()
        : null;
  }
}
