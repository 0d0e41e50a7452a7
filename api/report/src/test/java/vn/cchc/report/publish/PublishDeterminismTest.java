package vn.cchc.report.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.report.SampleRelease;
import vn.cchc.report.font.ReportFonts;

/** The same release gives the same site, file for file and byte for byte. */
class PublishDeterminismTest {
  @Test
  void publishingTwiceWritesTheSameFiles() throws IOException {
    Path base = SampleRelease.target("publish-determinism-test");
    SampleRelease.deleteTree(base);
    Path a =
        new SitePublisher(ReportFonts.locate(null))
            .publish(SampleRelease.warehouse(), 2024, base.resolve("a"))
            .dir();
    Path b =
        new SitePublisher(ReportFonts.locate(null))
            .publish(SampleRelease.warehouse(), 2024, base.resolve("b"))
            .dir();
    List<String> files = SitePages.files(a);
    assertThat(SitePages.files(b)).isEqualTo(files);
    assertThat(files)
        .contains("index.html", "assets/trang.css", "assets/bieu-do/xep-hang-xa-1.svg");
    for (String f : files) {
      assertThat(Files.readAllBytes(b.resolve(f)))
          .as(f)
          .isEqualTo(Files.readAllBytes(a.resolve(f)));
    }
  }
}
