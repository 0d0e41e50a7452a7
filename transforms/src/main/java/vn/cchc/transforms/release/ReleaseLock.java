package vn.cchc.transforms.release;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.warehouse.WarehouseLayout;

/**
 * The one transform allowed to write a warehouse's {@code releases/} and {@code catalog.duckdb}: an
 * exclusive lock on {@code releases/.lock}, taken before Spark starts and held until the run ends.
 * The operating system drops it when the process dies, so a killed transform never blocks the next
 * one.
 */
public final class ReleaseLock implements AutoCloseable {

  /**
   * Locks this JVM holds. Closing any channel on a file drops every POSIX lock the process holds on
   * it, so a second attempt from the same JVM is refused here without ever opening the file.
   */
  private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

  private final Path file;
  private final FileChannel channel;
  private final FileLock lock;

  private ReleaseLock(Path file, FileChannel channel, FileLock lock) {
    this.file = file;
    this.channel = channel;
    this.lock = lock;
  }

  /** Takes the lock at once or refuses: a transform never waits for another one. */
  public static ReleaseLock acquire(WarehouseLayout layout) {
    Path file = layout.releaseLock();
    if (!HELD.add(file)) {
      throw busy(layout);
    }
    FileChannel channel = null;
    try {
      Files.createDirectories(layout.releasesDir());
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        throw busy(layout);
      }
      return new ReleaseLock(file, channel, lock);
    } catch (IOException | RuntimeException e) {
      closeQuietly(channel);
      HELD.remove(file);
      if (e instanceof CchcException c) {
        throw c;
      }
      throw new CchcException(
          ErrorCode.IO_ERROR,
          "Không thể khóa kho " + layout.root() + " để biến đổi: " + e.getMessage(),
          e);
    }
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException ignored) {
      // closing the channel below releases it too
    }
    closeQuietly(channel);
    HELD.remove(file);
  }

  private static CchcException busy(WarehouseLayout layout) {
    return new CchcException(
        ErrorCode.INVALID_ARGUMENT,
        "Không thể chạy biến đổi: một lượt biến đổi khác đang chạy"
            + " trên kho "
            + layout.root()
            + " (chờ lượt đó xong rồi chạy lại)");
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel == null) {
      return;
    }
    try {
      channel.close();
    } catch (IOException ignored) {
      // nothing was locked through it, or the lock is being given up anyway
    }
  }
}
