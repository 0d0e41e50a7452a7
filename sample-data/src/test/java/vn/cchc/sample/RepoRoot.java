package vn.cchc.sample;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository root: the system property Surefire sets, else the nearest parent POM listing
 * the model.
 */
final class RepoRoot {
  private RepoRoot() {}

  static Path find() {
    String property = System.getProperty("cchc.repo.root");
    if (property != null && !property.isBlank() && isRoot(Path.of(property))) {
      return Path.of(property);
    }
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (isRoot(dir)) {
        return dir;
      }
    }
    throw new IllegalStateException(
        "Cannot find repository root from: " + Path.of("").toAbsolutePath());
  }

  private static boolean isRoot(Path dir) {
    Path pom = dir.resolve("pom.xml");
    try {
      return Files.isRegularFile(pom) && Files.readString(pom).contains("<module>model</module>");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + pom, e);
    }
  }
}
