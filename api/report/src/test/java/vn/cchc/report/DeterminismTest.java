package vn.cchc.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.cchc.report.font.ReportFonts;

/** The same release gives the same charts and the same PDF on every run. */
class DeterminismTest {
  static AnnualReportGenerator.Result first;
  static AnnualReportGenerator.Result second;

  @BeforeAll
  static void generateTwice() {
    Path base = SampleRelease.target("determinism-test");
    SampleRelease.deleteTree(base);
    AnnualReportGenerator generator = new AnnualReportGenerator(ReportFonts.locate(null));
    first = generator.generate(SampleRelease.warehouse(), 2024, base.resolve("a"));
    second =
        new AnnualReportGenerator(ReportFonts.locate(null))
            .generate(SampleRelease.warehouse(), 2024, base.resolve("b"));
  }

  @Test
  void chartFilesAreByteForByteTheSame() throws IOException {
    List<String> a = first.charts().stream().map(p -> p.getFileName().toString()).toList();
    List<String> b = second.charts().stream().map(p -> p.getFileName().toString()).toList();
    assertThat(b).isEqualTo(a).isNotEmpty();
    for (int i = 0; i < a.size(); i++) {
      assertThat(Files.readAllBytes(second.charts().get(i)))
          .as(a.get(i))
          .isEqualTo(Files.readAllBytes(first.charts().get(i)));
    }
  }

  @Test
  void pdfTextIsTheSameAndTheFileToo() throws IOException {
    assertThat(text(second.pdf())).isEqualTo(text(first.pdf()));
    assertThat(Files.readAllBytes(second.pdf())).isEqualTo(Files.readAllBytes(first.pdf()));
  }

  @Test
  void pdfMetadataComesFromTheReleaseNotTheClock() throws IOException {
    try (PDDocument doc = Loader.loadPDF(first.pdf().toFile())) {
      assertThat(doc.getDocumentInformation().getCreationDate().get(java.util.Calendar.YEAR))
          .isEqualTo(2026);
      assertThat(doc.getDocumentInformation().getCreationDate().get(java.util.Calendar.MONTH))
          .isEqualTo(5);
      assertThat(doc.getDocumentInformation().getKeywords()).contains(first.releaseId());
    }
  }

  static String text(Path pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
