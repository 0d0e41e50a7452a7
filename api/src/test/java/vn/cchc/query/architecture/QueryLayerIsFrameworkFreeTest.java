package vn.cchc.query.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cchc.testsupport.Repo;

/** The annual report calls the query layer without Spring: keep Spring out of vn.cchc.query. */
class QueryLayerIsFrameworkFreeTest {
  @Test
  void noQueryLayerSourceImportsSpring() throws Exception {
    Path dir = Repo.root().resolve("api/src/main/java/vn/cchc/query");
    List<Path> offenders;
    try (Stream<Path> files = Files.walk(dir)) {
      offenders = files.filter(p -> p.toString().endsWith(".java")).filter(p -> {
        try {
          return Files.readString(p).contains("org.springframework");
        } catch (java.io.IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }).toList();
    }
    assertThat(offenders).isEmpty();
    try (Stream<Path> files = Files.walk(dir)) {
      assertThat(files.filter(p -> p.toString().endsWith("Queries.java")).count()).isGreaterThanOrEqualTo(9);
    }
  }
}
