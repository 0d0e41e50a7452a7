package vn.cchc.model.warehouse;

import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/**
 * A write that failed because the disk holding it is full, recognised in whatever layer reported
 * it: Java's {@code IOException: No space left on device}, DuckDB's {@code IO Error: Could not
 * write file "…": No space left on device}, Hadoop's {@code FSError}, Spark's {@code
 * TASK_WRITE_FAILED} (whose cause is one of those, or whose message carries the executor's trace).
 * The causes and suppressed exceptions of a failure are searched, not only its own message.
 *
 * @param file the file whose write failed, when a message names it
 */
public record DiskFull(Optional<Path> file) {
  /** The texts of ENOSPC and EDQUOT (strerror) and DuckDB's short-write and temp-space errors. */
  private static final List<String> SIGNS =
      List.of(
          "no space left on device",
          "disk quota exceeded",
          "could not write all bytes",
          "max_temp_directory_size");

  /**
   * DuckDB: {@code file "PATH"} (or {@code file \"PATH\"} inside its JSON error); Spark: {@code to
   * file:PATH. SQLSTATE: 58030} (spaces kept).
   */
  private static final List<Pattern> FILE_NAMES =
      List.of(
          Pattern.compile("file \\\\?\"([^\"\\\\]+)\\\\?\""),
          Pattern.compile("file:(/.+?)\\.?(?: SQLSTATE|$)", Pattern.MULTILINE));

  /** The disk-full failure within {@code failure}, if that is what it is. */
  public static Optional<DiskFull> in(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Deque<Throwable> todo = new ArrayDeque<>();
    todo.add(failure);
    boolean full = false;
    Path file = null;
    while (!todo.isEmpty()) {
      Throwable t = todo.poll();
      if (!seen.add(t)) {
        continue;
      }
      String message = t.getMessage() == null ? "" : t.getMessage();
      String lower = message.toLowerCase(Locale.ROOT);
      if (SIGNS.stream().anyMatch(lower::contains)) {
        full = true;
      }
      if (file == null) {
        file = fileNamedBy(t, message);
      }
      if (t.getCause() != null) {
        todo.add(t.getCause());
      }
      todo.addAll(List.of(t.getSuppressed()));
    }
    return full ? Optional.of(new DiskFull(Optional.ofNullable(file))) : Optional.empty();
  }

  private static Path fileNamedBy(Throwable t, String message) {
    if (t instanceof FileSystemException f && f.getFile() != null) {
      return Path.of(f.getFile());
    }
    for (Pattern p : FILE_NAMES) {
      Matcher m = p.matcher(message);
      if (m.find()) {
        return Path.of(m.group(1));
      }
    }
    return null;
  }

  /**
   * The user's message: what could not be done, which disk is full (the folder of the file whose
   * write failed, else {@code where}), and what stayed as it was.
   *
   * @param cannot what failed, as in "Không thể nạp"
   * @param where a folder on the disk written to, named when no message names the file
   * @param unchanged the state that is kept, as in "kho vẫn ở phiên bản s000001"
   */
  public String messageVi(String cannot, Path where, String unchanged) {
    Path folder = file.map(DiskFull::existingFolder).orElse(where);
    return cannot
        + ": ổ đĩa chứa "
        + folder
        + " đã đầy"
        + file.map(f -> " (không ghi được " + f + ")").orElse("")
        + ". Không có gì thay đổi: "
        + unchanged
        + ". Hãy giải phóng chỗ trống trên ổ đĩa đó rồi chạy lại.";
  }

  /** As {@link #messageVi}, as the exception a command reports (exit 1). */
  public CchcException exception(String cannot, Path where, String unchanged, Throwable cause) {
    return new CchcException(ErrorCode.IO_ERROR, messageVi(cannot, where, unchanged), cause);
  }

  /** The nearest folder of {@code file} that still exists (a run removes its temp folders). */
  private static Path existingFolder(Path file) {
    Path p = file.getParent();
    while (p != null && !Files.isDirectory(p)) {
      p = p.getParent();
    }
    return p == null ? file : p;
  }
}
