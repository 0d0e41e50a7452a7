package vn.cchc.report.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/**
 * Where the site is written: a hidden folder beside the target, moved into place once complete, so
 * that the target holds either the previous site or the whole new one, never a part. The target may
 * be missing, empty, or a site this command wrote before (replaced as a whole); anything else is
 * refused before a file is written.
 */
final class SiteFolder {
  private final Path target;
  private final List<String> warnings = new ArrayList<>();

  private SiteFolder(Path target) {
    this.target = target;
  }

  /** Checks the target; refuses a file, or a folder with content not written by this command. */
  static SiteFolder at(Path out) {
    Path target = out.toAbsolutePath().normalize();
    if (target.getParent() == null) {
      throw refused(out, "không thể thay thư mục gốc của hệ thống tệp");
    }
    if (Files.exists(target) && !Files.isDirectory(target)) {
      throw refused(out, "đã có một tệp cùng tên, không phải thư mục");
    }
    if (Files.isDirectory(target) && !isEmpty(target) && !isSite(target)) {
      throw refused(
          out,
          "thư mục đã có nội dung không do ./cchc publish tạo ra (hãy chọn một thư mục trống hoặc"
              + " chưa có)");
    }
    return new SiteFolder(target);
  }

  Path target() {
    return target;
  }

  /** What could not be cleaned up: folders left beside the target, for the user to remove. */
  List<String> warnings() {
    return List.copyOf(warnings);
  }

  /** A new, empty folder beside the target; the caller writes into it, then {@link #replace}s. */
  Path begin() {
    Path parent = target.getParent();
    try {
      Files.createDirectories(parent);
      return Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp-");
    } catch (IOException | UnsupportedOperationException e) {
      throw new CchcException(
          ErrorCode.IO_ERROR,
          "Không thể ghi trang công bố vào "
              + target
              + ": không tạo được thư mục tạm trong "
              + parent
              + " ("
              + describe(e)
              + ")",
          e);
    }
  }

  /**
   * Moves the written folder onto the target; the previous site, if any, is moved aside first and
   * deleted after, or moved back when the new one cannot take its place.
   */
  void replace(Path written) {
    Path old = null;
    try {
      if (Files.exists(target)) {
        old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".old-");
        Files.delete(old);
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      try {
        Files.move(written, target, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        if (old != null) {
          Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
          old = null;
        }
        throw e;
      }
    } catch (IOException e) {
      throw new CchcException(
          ErrorCode.IO_ERROR, "Không thể ghi trang công bố vào " + target + ": " + describe(e), e);
    }
    if (old != null) {
      discard(old);
    }
  }

  /** Removes a folder that is not (or no longer) the site: a failed run's, the replaced site. */
  void discard(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | RuntimeException e) {
      warnings.add(
          "Không thể xóa thư mục tạm " + dir + " (" + describe(e) + "): hãy xóa bằng tay.");
    }
  }

  static boolean isSite(Path dir) {
    Path index = dir.resolve(SitePage.INDEX);
    try {
      return Files.isRegularFile(index)
          && Files.readString(index, StandardCharsets.UTF_8)
              .contains(
                  "<meta name=\"generator\" content=\"" + Html.escape(SitePage.GENERATOR) + "\"");
    } catch (IOException e) {
      return false;
    }
  }

  private static boolean isEmpty(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.findAny().isEmpty();
    } catch (IOException e) {
      throw refused(dir, "không đọc được thư mục (" + describe(e) + ")");
    }
  }

  private static CchcException refused(Path out, String why) {
    return new CchcException(
        ErrorCode.INVALID_ARGUMENT, "Không thể ghi trang công bố vào " + out + ": " + why);
  }

  private static String describe(Exception e) {
    String message = e.getMessage();
    return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }
}
