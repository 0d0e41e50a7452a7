package vn.cchc.api.release;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.tomcat.util.http.ResponseUtil;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import vn.cchc.query.catalog.CatalogConnections;

/**
 * HTTP validation of the API's answers, keyed to the release: what a GET under {@code /api/v1/}
 * answers cannot change until the next release, so a successful (2xx) answer gets a weak {@code
 * ETag} naming the release and hashing what makes the representation ({@link #representation}),
 * {@code Cache-Control: private, no-cache} (the browser keeps it and asks again each time, a shared
 * cache never keeps it) and {@code Vary: Accept, Cookie, Authorization}. A request whose {@code
 * If-None-Match} holds that tag gets {@code 304 Not Modified} without running the controller: no
 * query at all.
 *
 * <p>Left alone, and so {@code no-store} as Spring Security writes it: errors, an answer during
 * which the release changed, {@code POST /api/v1/sql}, {@code /api/v1/sql/audit} and {@code
 * /api/v1/audit} (the audits grow within a release), {@code /api/v1/health} (it must look at the
 * server each time), {@code /api/v1/me} and {@code /api/v1/sign-in} (the caller's own) and
 * everything outside {@code /api/v1/}. CSV and XLSX exports are cached like JSON: the same rows of
 * the same release, and the roles (and a UNIT user's units) are part of the tag.
 *
 * <p>The tag is weak because Tomcat gzips the body and does not compress an answer with a strong
 * tag. It covers the catalog as this process opened it ({@link CatalogConnections#releaseKey()}),
 * so a republished catalog or a restart (a new server version) changes it even under the same
 * release id.
 *
 * <p>A validated GET answer is also kept whole in {@link ResponseBodyCache} under its tag: the next
 * identical request without a matching {@code If-None-Match} gets the same status, headers and
 * bytes (gzipped once, when Tomcat would compress) without running the controller, Jackson or the
 * compressor. HEAD is answered from it too, without the body. Kept only when the release was the
 * same at the start and at the end; the request that computes it holds it whole and keeps it before
 * writing it out (its own gzip then replaces Tomcat's).
 *
 * <p>Registered after Spring Security's filter chain ({@link #ORDER}): the caller is known, and
 * what the chain refuses never gets here — neither its validators nor its cached bodies.
 */
final class ReleaseCaching extends OncePerRequestFilter {
  /** Right after Spring Security's filter chain. */
  static final int ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

  static final String API = "/api/v1/";
  static final String CACHE_CONTROL = "private, no-cache";
  static final String VARY = "Accept, Cookie, Authorization";

  /**
   * Answers that are not the release's: ad-hoc SQL and the audits (they grow within a release), the
   * health, and the caller's own account and sign-in state ({@code me} names the user, which the
   * caller variant does not; {@code sign-in} carries the session's last refusal).
   */
  private static final List<String> NOT_CACHED = List.of("sql", "health", "me", "sign-in", "audit");

  /** Set by the answer, but written by this filter, Tomcat or Spring Security on a replay. */
  private static final Set<String> NOT_REPLAYED =
      Set.of(
          "content-type", "content-length", "transfer-encoding", "date", "etag", "cache-control");

  /**
   * An answer that sets one of these is not kept: a cookie belongs to one response, and a {@code
   * Vary} or {@code Content-Encoding} of its own says it depends on more than the tag covers.
   */
  private static final Set<String> NOT_KEPT = Set.of("set-cookie", "vary", "content-encoding");

  private final CatalogConnections catalog;
  private final ResponseBodyCache bodies;

  ReleaseCaching(CatalogConnections catalog, ResponseBodyCache bodies) {
    this.catalog = catalog;
    this.bodies = bodies;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return true;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (!path.startsWith(API)) {
      return true;
    }
    String rest = path.substring(API.length());
    return NOT_CACHED.stream().anyMatch(p -> rest.equals(p) || rest.startsWith(p + "/"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Served before = served();
    if (before == null) {
      chain.doFilter(request, response);
      return;
    }
    String tag = tag(before, representation(request));
    EntityTags.Match match = EntityTags.ifNoneMatch(request.getHeaders("If-None-Match"), tag);
    if (match == EntityTags.Match.TAG) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      validators(response, tag);
      return;
    }
    if (match == EntityTags.Match.NONE && bodies.enabled()) {
      ResponseBodyCache.Answer kept = bodies.find(before, tag);
      if (kept != null) {
        restore(response, kept, tag);
        send(request, response, kept);
        return;
      }
    }
    BodyCapture capture =
        match == EntityTags.Match.NONE && request.getMethod().equals("GET")
            ? bodies.startCapture(tag)
            : null;
    ValidatingResponse validating =
        new ValidatingResponse(
            response, tag, before, this::served, match == EntityTags.Match.ANY, capture);
    try {
      chain.doFilter(request, validating);
      ResponseBodyCache.Answer answer = capture == null ? null : answer(request, validating);
      if (answer == null) {
        validating.finish();
        return;
      }
      capture.spoil(); // its bytes are the answer's now
      bodies.store(before, tag, answer);
      bodies.endCapture(tag); // the waiting requests need not wait for this client too
      send(request, response, answer);
    } finally {
      if (capture != null) {
        capture.spoil();
        bodies.endCapture(tag);
      }
    }
  }

  /**
   * The answer to keep, or null: one held whole, validated, whose release is still the current one,
   * with the headers it set (their final values) unless it set one of {@link #NOT_KEPT}.
   */
  private ResponseBodyCache.Answer answer(HttpServletRequest request, ValidatingResponse v) {
    if (!v.holdsWholeAnswer()
        || request.isAsyncStarted()
        || !v.decideHeld()
        || !v.servedRelease.equals(served())) {
      return null;
    }
    HttpServletResponse r = (HttpServletResponse) v.getResponse();
    BodyCapture c = v.capture;
    List<Map.Entry<String, String>> headers = new ArrayList<>();
    for (String name : c.headerNames()) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (NOT_KEPT.contains(lower)) {
        return null;
      }
      if (!NOT_REPLAYED.contains(lower)) {
        r.getHeaders(name).forEach(value -> headers.add(Map.entry(name, value)));
      }
    }
    return bodies.answer(r.getStatus(), r.getContentType(), c.locale(), headers, c.body());
  }

  /** What the controller set on the answer, and its validators. */
  private static void restore(
      HttpServletResponse response, ResponseBodyCache.Answer a, String tag) {
    response.setStatus(a.status);
    if (a.locale != null) {
      response.setLocale(a.locale);
    }
    if (a.contentType != null) {
      response.setContentType(a.contentType);
    }
    Set<String> set = new HashSet<>();
    for (Map.Entry<String, String> h : a.headers) {
      if (set.add(h.getKey().toLowerCase(Locale.ROOT))) {
        response.setHeader(h.getKey(), h.getValue());
      } else {
        response.addHeader(h.getKey(), h.getValue());
      }
    }
    validators(response, tag);
  }

  /**
   * The body of a kept answer, with its length: gzipped when the request takes gzip and there is
   * one, with {@code Content-Encoding}, which Tomcat does not compress again, and {@code
   * accept-encoding} merged into {@code Vary} as Tomcat merges it. Spring Security's headers are
   * written at commit, as on every answer.
   */
  private static void send(
      HttpServletRequest request, HttpServletResponse response, ResponseBodyCache.Answer a)
      throws IOException {
    boolean gzipped = a.gzipFor(request);
    if (gzipped) {
      response.setHeader("Content-Encoding", "gzip");
      ResponseUtil.addVaryFieldName(response, "accept-encoding"); // as Tomcat's compression does
    }
    byte[] body = a.body(gzipped);
    response.setContentLength(body.length);
    if (!request.getMethod().equals("HEAD")) {
      response.getOutputStream().write(body);
    }
  }

  /** The release an answer reads: its id and the catalog this process opened. */
  record Served(String releaseId, Object catalogKey) {}

  /** Null when no release was ever published. */
  Served served() {
    Object key = catalog.releaseKey();
    return catalog.release().map(r -> new Served(String.valueOf(r.releaseId()), key)).orElse(null);
  }

  /**
   * What an answer depends on besides the release: the path, the parameters (sorted by name, the
   * values of one name in their order), the {@code Accept} header and {@link #callerVariant the
   * caller}. Not the method: HEAD answers as GET does.
   */
  static List<String> representation(HttpServletRequest request) {
    StringBuilder params = new StringBuilder();
    Map<String, String[]> sorted = new TreeMap<>(request.getParameterMap());
    sorted.forEach(
        (name, values) -> {
          for (String v : values) {
            params.append(name.length()).append(':').append(name);
            params.append(v.length()).append(':').append(v);
          }
        });
    String accept = String.join(",", Collections.list(request.getHeaders("Accept")));
    return List.of(
        request.getRequestURI(),
        params.toString(),
        accept,
        callerVariant(SecurityContextHolder.getContext().getAuthentication()));
  }

  /**
   * Everything about the caller that can change an answer, as it enters the tag: today the roles
   * (sorted), since a role decides what some answers hold; not the user name, so callers of one
   * role share validators. Issue #13 (per-unit scopes) must add the caller's scopes here, in a
   * stable order, or two callers of one role with different scopes would get each other's 304 — and
   * each other's bodies: {@link ResponseBodyCache} keeps whole answers under this same tag and
   * serves them to whoever asks with the same tag, without running the controller.
   */
  static String callerVariant(Authentication caller) {
    if (caller == null || !caller.isAuthenticated()) {
      return "anonymous";
    }
    return String.join(
        ",",
        caller.getAuthorities().stream().map(GrantedAuthority::getAuthority).sorted().toList());
  }

  /** {@code W/"<release id>.<hash>"}, the id kept to the characters a tag may hold. */
  static String tag(Served release, List<String> representation) {
    MessageDigest sha;
    try {
      sha = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Cannot hash a validator: no SHA-256", e);
    }
    update(sha, release.releaseId());
    update(sha, String.valueOf(release.catalogKey()));
    representation.forEach(part -> update(sha, part));
    String id = release.releaseId().replaceAll("[^A-Za-z0-9._~-]", "");
    String hash =
        Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(sha.digest(), 18));
    return "W/\"" + (id.length() > 64 ? id.substring(0, 64) : id) + "." + hash + "\"";
  }

  /** Length-prefixed, so that no two lists of parts hash alike by moving a boundary. */
  private static void update(MessageDigest sha, String part) {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    sha.update((bytes.length + ":").getBytes(StandardCharsets.UTF_8));
    sha.update(bytes);
  }

  /** Also on a 304, which must say what the 200 would (RFC 9110 §15.4.5). */
  static void validators(HttpServletResponse response, String tag) {
    response.setHeader("ETag", tag);
    response.setHeader("Cache-Control", CACHE_CONTROL);
    response.setHeader("Vary", VARY);
  }
}
