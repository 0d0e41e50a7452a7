package vn.cchc.api;

import java.util.Optional;
import org.springframework.boot.SpringBootExceptionReporter;
import org.springframework.boot.web.server.PortInUseException;
import vn.cchc.model.error.CchcException;

/**
 * A start-up the server refuses (a missing or blank password, a bad setting, a busy port) is one
 * Vietnamese line that {@link ApiServer#main} prints, not Spring Boot's "Application run failed"
 * and its stack trace: this reporter tells Spring Boot the failure is reported. Any other failure
 * is left to Spring Boot's own report.
 */
public final class StartupRefusal implements SpringBootExceptionReporter {
  @Override
  public boolean reportException(Throwable failure) {
    return message(failure).isPresent();
  }

  /** The line to print for a failure the server refuses with, if it is one. */
  static Optional<String> message(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof CchcException e) {
        return Optional.of(e.getMessage());
      }
      if (t instanceof PortInUseException e) {
        return Optional.of(
            "Không thể khởi động máy chủ: cổng "
                + e.getPort()
                + " đang được chương trình khác dùng (chọn cổng khác bằng --port)");
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return Optional.empty();
  }
}
