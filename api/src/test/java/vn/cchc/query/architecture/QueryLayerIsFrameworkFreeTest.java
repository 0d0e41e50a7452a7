package vn.cchc.query.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.cchc.testsupport.Repo;

/**
 * The annual report is a plain Java program that calls the query layer: keep Spring out of both
 * vn.cchc.query and vn.cchc.report.
 */
class QueryLayerIsFrameworkFreeTest {
  @Test
  void theReportImportsNoSpring() throws Exception {
    try (Stream<Path> files = Files.walk(Repo.root().resolve("api/src/main/java/vn/cchc/report"))) {
      List<Path> sources = files.filter(p -> p.toString().endsWith(".java")).toList();
      assertThat(sources).hasSizeGreaterThan(10);
      for (Path p : sources) {
        assertThat(Files.readString(p)).as(p.toString()).doesNotContain("org.springframework");
      }
    }
  }

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
