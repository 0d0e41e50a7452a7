package vn.cchc.api.release;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
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
 * which the release changed, {@code POST /api/v1/sql} and {@code /api/v1/sql/audit} (the audit
 * grows within a release), {@code /api/v1/health} (it must look at the server each time) and
 * everything outside {@code /api/v1/}. CSV and XLSX exports are cached like JSON: the same rows of
 * the same release, and the roles are part of the tag.
 *
 * <p>The tag is weak because Tomcat gzips the body and does not compress an answer with a strong
 * tag. It covers the catalog as this process opened it ({@link CatalogConnections#releaseKey()}),
 * so a republished catalog or a restart (a new server version) changes it even under the same
 * release id.
 *
 * <p>Registered after Spring Security's filter chain ({@link #ORDER}): the caller is known, and
 * what the chain refuses never gets here.
 */
final class ReleaseCaching extends OncePerRequestFilter {
  /** Right after Spring Security's filter chain. */
  static final int ORDER = SecurityProperties.DEFAULT_FILTER_ORDER + 1;

  static final String API = "/api/v1/";
  static final String CACHE_CONTROL = "private, no-cache";
  static final String VARY = "Accept, Cookie, Authorization";
  private static final List<String> NOT_CACHED = List.of("sql", "health");

  private final CatalogConnections catalog;

  ReleaseCaching(CatalogConnections catalog) {
    this.catalog = catalog;
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
    Validating validating = new Validating(response, tag, before, match == EntityTags.Match.ANY);
    chain.doFilter(request, validating);
    validating.finish();
  }

  /** The release an answer reads: its id and the catalog this process opened. */
  record Served(String releaseId, Object catalogKey) {}

  /** Null when no release was ever published. */
  private Served served() {
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
   * stable order, or two callers of one role with different scopes would get each other's 304.
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
  private static void validators(HttpServletResponse response, String tag) {
    response.setHeader("ETag", tag);
    response.setHeader("Cache-Control", CACHE_CONTROL);
    response.setHeader("Vary", VARY);
  }

  /**
   * Holds the start of the body (as much as the response's buffer) and decides when the first byte
   * leaves — the body is full, flushed or closed, or the request ends: by then the status is the
   * final one, and the response is still uncommitted, so the validators can be set. An error that
   * replaces the answer before that (an exception while the body is written resets the buffer) gets
   * none. Spring Security writes its {@code no-store} headers at commit only where no {@code
   * Cache-Control} is set.
   */
  private final class Validating extends HttpServletResponseWrapper {
    private final String tag;
    private final Served servedRelease;
    private final boolean ifNoneMatchAny;
    private boolean decided;
    private boolean discardBody;
    private HeldBody body;

    Validating(HttpServletResponse response, String tag, Served release, boolean ifNoneMatchAny) {
      super(response);
      this.tag = tag;
      this.servedRelease = release;
      this.ifNoneMatchAny = ifNoneMatchAny;
    }

    /** At the end of the request: what is still held goes out. */
    void finish() throws IOException {
      if (body != null) {
        body.pass();
      }
      decide();
    }

    private void decide() {
      if (decided) {
        return;
      }
      decided = true;
      int status = getStatus();
      if (status < 200 || status >= 300 || isCommitted() || !servedRelease.equals(served())) {
        return;
      }
      validators((HttpServletResponse) getResponse(), tag);
      if (ifNoneMatchAny) {
        // If-None-Match: * and a current representation exists: 304, the body goes nowhere
        setStatus(HttpServletResponse.SC_NOT_MODIFIED);
        discardBody = true;
      }
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (body == null) {
        body = new HeldBody(Math.max(getBufferSize(), 1024));
      }
      return body;
    }

    /** Not used by the API's converters: decided at once, the body written straight through. */
    @Override
    public PrintWriter getWriter() throws IOException {
      decide();
      return discardBody ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
    }

    @Override
    public void flushBuffer() throws IOException {
      if (body != null) {
        body.pass();
      }
      decide();
      super.flushBuffer();
    }

    @Override
    public void resetBuffer() {
      if (body != null) {
        body.drop();
      }
      super.resetBuffer();
    }

    @Override
    public void reset() {
      if (body != null) {
        body.drop();
      }
      super.reset();
      decided = false;
      discardBody = false;
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
      resetBuffer();
      decided = true;
      super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
      resetBuffer();
      decided = true;
      super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
      resetBuffer();
      decided = true;
      super.sendRedirect(location);
    }

    /** The body: held until it is too large, flushed or closed, then passed on. */
    private final class HeldBody extends ServletOutputStream {
      private final byte[] held;
      private int count;
      private ServletOutputStream out;

      HeldBody(int size) {
        this.held = new byte[size];
      }

      void pass() throws IOException {
        if (out != null) {
          return;
        }
        decide();
        out = discardBody ? Discarded.STREAM : Validating.super.getOutputStream();
        out.write(held, 0, count);
        count = 0;
      }

      void drop() {
        count = 0;
      }

      @Override
      public void write(int b) throws IOException {
        if (out == null && count < held.length) {
          held[count++] = (byte) b;
          return;
        }
        pass();
        out.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) throws IOException {
        Objects.checkFromIndexSize(off, len, b.length);
        if (out == null && len <= held.length - count) {
          System.arraycopy(b, off, held, count, len);
          count += len;
          return;
        }
        pass();
        out.write(b, off, len);
      }

      @Override
      public void flush() throws IOException {
        pass();
        out.flush();
      }

      @Override
      public void close() throws IOException {
        pass();
        out.close();
      }

      @Override
      public boolean isReady() {
        return out == null || out.isReady();
      }

      @Override
      public void setWriteListener(WriteListener listener) {
        throw new IllegalStateException("Cannot write the body asynchronously: " + listener);
      }
    }
  }

  /** The body of a 304 made from a 200. */
  private static final class Discarded extends ServletOutputStream {
    static final Discarded STREAM = new Discarded();

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new IllegalStateException("Cannot write the body asynchronously: " + listener);
    }

    @Override
    public void write(int b) {
      // a 304 has no body
    }

    @Override
    public void write(byte[] b, int off, int len) {
      // a 304 has no body
    }
  }
}
