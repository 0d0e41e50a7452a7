package vn.cchc.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;

/** The checked-in sample is exactly what the generator writes: regenerate it and compare. */
class CheckedInSampleTest {
  private static final Path CHECKED_IN = RepoRoot.find().resolve("sample-data").resolve("province");

  @Test
  void regeneratingGivesTheCheckedInFiles(@TempDir Path dir) throws Exception {
    SampleProvinceGenerator.generate(dir);

    assertThat(fileNames(dir)).isNotEmpty().isEqualTo(fileNames(CHECKED_IN));
    for (String name : fileNames(dir)) {
      Path fresh = dir.resolve(name);
      Path checkedIn = CHECKED_IN.resolve(name);
      if (name.endsWith(".csv")) {
        assertThat(Files.mismatch(fresh, checkedIn))
            .as("first differing byte of %s", name)
            .isEqualTo(-1L);
      } else {
        List<String> content = workbookContent(fresh);
        assertThat(content)
            .as("sheets and cells of %s", name)
            .hasSizeGreaterThan(2)
            .anyMatch(line -> line.startsWith("1:"))
            .isEqualTo(workbookContent(checkedIn));
      }
    }
  }

  private static List<String> fileNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files
          .map(p -> p.getFileName().toString())
          .filter(n -> n.endsWith(".csv") || n.endsWith(".xlsx"))
          .sorted()
          .toList();
    }
  }

  /**
   * Every sheet as its name followed by one line per row of "reference=value" cells. Read by
   * streaming, since the survey sheets are large; numbers and dates are spelled exactly, not as
   * Excel would display them.
   */
  private static List<String> workbookContent(Path file) throws Exception {
    List<String> lines = new ArrayList<>();
    try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(pkg);
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
      StylesTable styles = reader.getStylesTable();
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (sheets.hasNext()) {
        try (InputStream in = sheets.next()) {
          lines.add("# " + sheets.getSheetName());
          XMLReader parser = XMLHelper.newXMLReader();
          parser.setContentHandler(
              new XSSFSheetXMLHandler(
                  styles, null, strings, new RowCollector(lines), new ExactFormatter(), false));
          parser.parse(new InputSource(in));
        }
      }
    }
    return lines;
  }

  private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
    private final List<String> lines;
    private final StringBuilder row = new StringBuilder();

    RowCollector(List<String> lines) {
      this.lines = lines;
    }

    @Override
    public void startRow(int rowNum) {
      row.setLength(0);
      row.append(rowNum).append(':');
    }

    @Override
    public void endRow(int rowNum) {
      lines.add(row.toString());
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      row.append(' ').append(reference).append('=').append(value);
    }
  }

  /** Spells a numeric cell as a date if its format is one, else as the exact double. */
  private static final class ExactFormatter extends DataFormatter {
    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      return DateUtil.isADateFormat(formatIndex, formatString)
          ? "d:" + DateUtil.getLocalDateTime(value).toLocalDate()
          : "n:" + value;
    }
  }
}
