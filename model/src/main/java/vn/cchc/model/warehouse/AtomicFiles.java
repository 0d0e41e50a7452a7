package vn.cchc.model.warehouse;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/** Commit primitives: a file appears whole or not at all. */
public final class AtomicFiles {
  private AtomicFiles() {}

  /**
   * Writes {@code content} to a sibling temp file, forces it to disk, then renames it over {@code
   * target}.
   */
  public static void writeString(Path target, String content) throws IOException {
    Files.createDirectories(target.getParent());
    Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
    Files.writeString(tmp, content, StandardCharsets.UTF_8);
    try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
      ch.force(true);
    }
    Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
  }

  /** Flips a pointer file to a new id; readers see the old id or the new one, never a mix. */
  public static void flipPointer(Path pointer, String id) throws IOException {
    writeString(pointer, id + "\n");
  }
}
