package vn.cchc.api.release;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Supplier;
import vn.cchc.api.release.ReleaseCaching.Served;

/**
 * The response of an answer {@link ReleaseCaching} validates. Holds the start of the body (as much
 * as the response's buffer) and decides when the first byte leaves — the body is full, flushed or
 * closed, or the request ends: by then the status is the final one, and the response is still
 * uncommitted, so the validators can be set. An error that replaces the answer before that (an
 * exception while the body is written resets the buffer) gets none. Spring Security writes its
 * {@code no-store} headers at commit only where no {@code Cache-Control} is set.
 *
 * <p>With a {@link BodyCapture}, the answer is held whole instead — a flush or a close waits for
 * the end of the request — with the names of the headers it sets, for {@link ResponseBodyCache} to
 * keep before anything leaves; an answer that outgrows the capture is passed on and streamed as
 * without one.
 */
final class ValidatingResponse extends HttpServletResponseWrapper {
  final String tag;
  final Served servedRelease;
  private final Supplier<Served> current;
  private final boolean ifNoneMatchAny;
  final BodyCapture capture; // null: the answer is not to be kept
  private boolean decided;
  private boolean discardBody;
  private boolean validated; // validators set on a 2xx that goes out as such
  private HeldBody body;

  ValidatingResponse(
      HttpServletResponse response,
      String tag,
      Served release,
      Supplier<Served> current,
      boolean ifNoneMatchAny,
      BodyCapture capture) {
    super(response);
    this.tag = tag;
    this.servedRelease = release;
    this.current = current;
    this.ifNoneMatchAny = ifNoneMatchAny;
    this.capture = capture;
  }

  /** Whether nothing has left yet and the whole answer is in the capture. */
  boolean holdsWholeAnswer() {
    return capturing() && (body == null || !body.passed()) && !isCommitted();
  }

  /**
   * For an answer held whole, at the end of the request: decides now, the status being final, and
   * returns whether it was validated (a 2xx of the release it started with).
   */
  boolean decideHeld() {
    decide();
    return validated;
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
    if (status < 200 || status >= 300 || isCommitted() || !servedRelease.equals(current.get())) {
      return;
    }
    ReleaseCaching.validators((HttpServletResponse) getResponse(), tag);
    if (ifNoneMatchAny) {
      // If-None-Match: * and a current representation exists: 304, the body goes nowhere
      setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      discardBody = true;
    } else {
      validated = true;
    }
  }

  @Override
  public ServletOutputStream getOutputStream() throws IOException {
    if (body == null) {
      body = new HeldBody(Math.max(getBufferSize(), 1024));
    }
    return body;
  }

  /**
   * Not used by the API's converters: decided at once, the body written straight through (and not
   * kept).
   */
  @Override
  public PrintWriter getWriter() throws IOException {
    if (body != null) {
      body.pass();
    }
    spoilCapture();
    decide();
    return discardBody ? new PrintWriter(Writer.nullWriter()) : super.getWriter();
  }

  @Override
  public void flushBuffer() throws IOException {
    if (capturing() && (body == null || !body.passed())) {
      return; // held to the end of the request
    }
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
    if (capture != null) {
      capture.resetBody();
    }
    super.resetBuffer();
  }

  @Override
  public void reset() {
    if (body != null) {
      body.drop();
    }
    if (capture != null) {
      capture.reset();
    }
    super.reset();
    decided = false;
    discardBody = false;
    validated = false;
  }

  @Override
  public void sendError(int sc, String msg) throws IOException {
    spoilCapture();
    resetBuffer();
    decided = true;
    super.sendError(sc, msg);
  }

  @Override
  public void sendError(int sc) throws IOException {
    spoilCapture();
    resetBuffer();
    decided = true;
    super.sendError(sc);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    spoilCapture();
    resetBuffer();
    decided = true;
    super.sendRedirect(location);
  }

  // the headers the answer sets, for the cache to read back at the end

  @Override
  public void setHeader(String name, String value) {
    recordHeader(name);
    super.setHeader(name, value);
  }

  @Override
  public void addHeader(String name, String value) {
    recordHeader(name);
    super.addHeader(name, value);
  }

  @Override
  public void setDateHeader(String name, long date) {
    recordHeader(name);
    super.setDateHeader(name, date);
  }

  @Override
  public void addDateHeader(String name, long date) {
    recordHeader(name);
    super.addDateHeader(name, date);
  }

  @Override
  public void setIntHeader(String name, int value) {
    recordHeader(name);
    super.setIntHeader(name, value);
  }

  @Override
  public void addIntHeader(String name, int value) {
    recordHeader(name);
    super.addIntHeader(name, value);
  }

  @Override
  public void setLocale(Locale locale) {
    if (capture != null) {
      capture.locale(locale);
    }
    super.setLocale(locale);
  }

  private void recordHeader(String name) {
    if (capture != null) {
      capture.header(name);
    }
  }

  private boolean capturing() {
    return capture != null && !capture.spoiled();
  }

  private void spoilCapture() {
    if (capture != null) {
      capture.spoil();
    }
  }

  /**
   * The body: held until it is too large, flushed or closed, then passed on; while it is captured,
   * held until it outgrows the capture or the request ends.
   */
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
      out = discardBody ? Discarded.STREAM : ValidatingResponse.super.getOutputStream();
      if (capturing()) {
        out.write(capture.held(), 0, capture.size());
        capture.spoil(); // streamed from here on: not kept
      }
      out.write(held, 0, count);
      count = 0;
    }

    boolean passed() {
      return out != null;
    }

    void drop() {
      count = 0;
    }

    @Override
    public void write(int b) throws IOException {
      if (out == null) {
        if (capturing()) {
          if (capture.hold(b)) {
            return;
          }
        } else if (count < held.length) {
          held[count++] = (byte) b;
          return;
        }
        pass();
      }
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      Objects.checkFromIndexSize(off, len, b.length);
      if (out == null) {
        if (capturing()) {
          if (capture.hold(b, off, len)) {
            return;
          }
        } else if (len <= held.length - count) {
          System.arraycopy(b, off, held, count, len);
          count += len;
          return;
        }
        pass();
      }
      out.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      if (out == null && capturing()) {
        return; // held to the end of the request
      }
      pass();
      out.flush();
    }

    @Override
    public void close() throws IOException {
      if (out == null && capturing()) {
        return; // held to the end of the request
      }
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
