package vn.cchc.report.plan;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.report.document.AdminDocument;
import vn.cchc.report.document.DocxWriter;
import vn.cchc.report.document.PdfConversion;

/**
 * What the drafting commands share: writing a draft as DOCX and, when LibreOffice is installed, as
 * PDF beside it.
 */
final class DraftOutput {
  private DraftOutput() {}

  /**
   * Writes {@code doc} as {@code name.docx} in {@code out}, then the PDF if LibreOffice is found;
   * returns the files written. Without LibreOffice it says so on {@code err} and writes the DOCX
   * only.
   */
  static List<Path> write(
      AdminDocument doc, Path out, String name, Map<String, String> env, PrintStream err) {
    try {
      Files.createDirectories(out);
    } catch (IOException e) {
      throw new CchcException(
          ErrorCode.IO_ERROR, "Không thể tạo thư mục " + out + ": " + e.getMessage(), e);
    }
    Path docx = out.resolve(name + ".docx");
    DocxWriter.write(doc, docx);
    List<Path> files = new ArrayList<>(List.of(docx));
    Optional<PdfConversion> pdf = PdfConversion.find(env);
    if (pdf.isPresent()) {
      files.add(pdf.get().convert(docx));
    } else {
      err.println(
          "Không tìm thấy LibreOffice (soffice) nên chỉ ghi bản DOCX; để có bản PDF, cài"
              + " LibreOffice (gói libreoffice-writer) hoặc đặt biến "
              + PdfConversion.ENV
              + " là đường dẫn tới soffice.");
    }
    return files;
  }

  /** A file name part from an identifier: letters, digits, dot, dash and underscore only. */
  static String safe(String id) {
    return id.replaceAll("[^A-Za-z0-9._-]+", "-");
  }

  static String describe(List<Path> files, Function<Path, String> size) {
    return String.join(", ", files.stream().map(f -> f + " (" + size.apply(f) + ")").toList());
  }

  static String kib(Path f) {
    try {
      return Files.size(f) / 1024 + " KiB";
    } catch (IOException e) {
      return "?";
    }
  }
}
