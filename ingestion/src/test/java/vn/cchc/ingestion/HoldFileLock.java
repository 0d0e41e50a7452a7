package vn.cchc.ingestion;

import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A child process that holds the lock of a file, as a running transform holds releases/.lock, until
 * stdin ends.
 */
public final class HoldFileLock {
  private HoldFileLock() {}

  public static void main(String[] args) throws Exception {
    try (FileChannel channel =
            FileChannel.open(
                Path.of(args[0]), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock lock = channel.lock()) {
      System.out.println("locked");
      System.out.flush();
      while (System.in.read() >= 0) {
        // hold until the parent closes our stdin
      }
    }
  }
}
