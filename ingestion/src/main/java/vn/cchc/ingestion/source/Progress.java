package vn.cchc.ingestion.source;

import java.io.PrintStream;

/** A progress line on a terminal for long files; silent when output is not a terminal. */
public final class Progress {
  private static final long MIN_INTERVAL_NANOS = 250_000_000L;
  private final PrintStream out;
  private final String label;
  private final long totalBytes;
  private long lastPrint;
  private boolean printed;

  private Progress(PrintStream out, String label, long totalBytes) {
    this.out = out;
    this.label = label;
    this.totalBytes = totalBytes;
    this.lastPrint = System.nanoTime();
  }

  /** A progress line when a console is attached, otherwise one that prints nothing. */
  public static Progress forFile(String label, long totalBytes) {
    return new Progress(System.console() == null ? null : System.err, label, totalBytes);
  }

  public static Progress silent() {
    return new Progress(null, "", 0);
  }

  public void update(long rows, long bytesRead) {
    if (out == null) {
      return;
    }
    long now = System.nanoTime();
    if (now - lastPrint < MIN_INTERVAL_NANOS) {
      return;
    }
    lastPrint = now;
    printed = true;
    StringBuilder line = new StringBuilder("\r  ").append(label).append(' ');
    if (totalBytes > 0 && bytesRead > 0) {
      int pct = (int) Math.min(100, bytesRead * 100 / totalBytes);
      int filled = pct / 5;
      line.append('[')
          .append("#".repeat(filled))
          .append(".".repeat(20 - filled))
          .append("] ")
          .append(pct)
          .append("% ");
    }
    line.append(String.format("%,d dòng", rows));
    out.print(line);
    out.flush();
  }

  public void done() {
    if (out != null && printed) {
      out.print("\r" + " ".repeat(label.length() + 50) + "\r");
      out.flush();
    }
  }
}
