package vn.cchc.ingestion;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import vn.cchc.ingestion.validate.Reject;
import vn.cchc.model.text.SpreadsheetText;

/**
 * Writes a batch's rejections as a CSV that Excel opens with Vietnamese intact (UTF-8 with BOM).
 * Text cells go through {@link SpreadsheetText#neutralise}: a raw value such as {@code =1+1} or
 * {@code -5} is written {@code '=1+1}, {@code '-5}, so that opening the file runs nothing.
 */
final class RejectsWriter {
  static final String FILE_NAME = "rejects.csv";
  static final String HEADER = "file,sheet,row,column,raw_value,rule,message";

  private RejectsWriter() {}

  static Path write(Path dir, List<Reject> rejects) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve(FILE_NAME);
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      w.write(HEADER);
      w.write("\r\n");
      for (Reject r : rejects) {
        w.write(
            String.join(
                ",",
                quote(r.file()),
                quote(r.sheet()),
                String.valueOf(r.row()),
                quote(r.column()),
                quote(r.rawValue()),
                r.rule().name(),
                quote(r.message())));
        w.write("\r\n");
      }
    }
    return file;
  }

  /** A text cell, neutralised so that a spreadsheet never runs it as a formula. */
  private static String quote(String text) {
    if (text == null) {
      return "";
    }
    String s = SpreadsheetText.neutralise(text);
    if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0 && s.indexOf('\r') < 0) {
      return s;
    }
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
