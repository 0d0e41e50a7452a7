package vn.cchc.testsupport;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the repository and its bundled data are, for tests of every module. */
public final class Repo {
  private Repo() {}

  /**
   * The repository root: Surefire's {@code cchc.repo.root}, else the nearest parent holding the
   * model module.
   */
  public static Path root() {
    String configured = System.getProperty("cchc.repo.root");
    if (configured != null && Files.isDirectory(Path.of(configured, "model"))) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null) {
      if (Files.isDirectory(dir.resolve("model")) && Files.isRegularFile(dir.resolve("cchc"))) {
        return dir;
      }
      dir = dir.getParent();
    }
    throw new IllegalStateException(
        "Cannot find the repository root from " + Path.of("").toAbsolutePath());
  }

  /** The bundled sample province, as checked in. */
  public static Path sampleProvince() {
    return root().resolve("sample-data").resolve("province");
  }

  /** The bundled bad-data fixtures, one file per failure kind. */
  public static Path badSamples() {
    return root().resolve("sample-data").resolve("bad");
  }

  /**
   * A Python interpreter with pyarrow, as provided by {@code ./cchc test} ({@code cchc.python}).
   */
  public static String python() {
    return System.getProperty("cchc.python", "python3");
  }

  /** The java launcher of the running JVM, for tests that start real child processes. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}
