package vn.cchc.report.document;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/**
 * Turns a DOCX into PDF with LibreOffice ({@code soffice --headless --convert-to pdf}), so that the
 * PDF is the document the officials will edit, laid out by a word processor. LibreOffice is found
 * through {@code CCHC_SOFFICE} (the program's path) or as {@code soffice} or {@code libreoffice} on
 * the {@code PATH}. Each run uses a profile folder of its own, so that it neither waits for nor
 * disturbs a LibreOffice the user has open.
 */
public final class PdfConversion {
  public static final String ENV = "CCHC_SOFFICE";
  static final long TIMEOUT_SECONDS = 180;

  private final Path soffice;

  private PdfConversion(Path soffice) {
    this.soffice = soffice;
  }

  /** LibreOffice, if this machine has it. */
  public static Optional<PdfConversion> find(Map<String, String> env) {
    String configured = env.get(ENV);
    if (configured != null && !configured.isBlank()) {
      Path p = Path.of(configured);
      if (!Files.isExecutable(p)) {
        throw new CchcException(
            ErrorCode.INVALID_ARGUMENT,
            ENV
                + " = "
                + configured
                + ": không phải chương trình chạy được (cần đường dẫn soffice)");
      }
      return Optional.of(new PdfConversion(p));
    }
    String path = env.getOrDefault("PATH", "");
    return Stream.of(path.split(File.pathSeparator))
        .filter(d -> !d.isEmpty())
        .flatMap(d -> Stream.of(Path.of(d, "soffice"), Path.of(d, "libreoffice")))
        .filter(Files::isExecutable)
        .findFirst()
        .map(PdfConversion::new);
  }

  /** Writes {@code docx} as a PDF of the same name beside it and returns its path. */
  public Path convert(Path docx) {
    Path dir = docx.toAbsolutePath().getParent();
    String name = docx.getFileName().toString().replaceFirst("\\.docx$", "") + ".pdf";
    Path pdf = dir.resolve(name);
    Path profile = null;
    Path log = null;
    try {
      profile = Files.createTempDirectory("cchc-soffice-");
      log = Files.createTempFile("cchc-soffice-", ".log");
      Files.deleteIfExists(pdf);
      Process p =
          new ProcessBuilder(
                  List.of(
                      soffice.toString(),
                      "-env:UserInstallation=" + profile.toUri(),
                      "--headless",
                      "--norestore",
                      "--convert-to",
                      "pdf",
                      "--outdir",
                      dir.toString(),
                      docx.toAbsolutePath().toString()))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new CchcException(
            ErrorCode.IO_ERROR,
            "LibreOffice không chuyển xong "
                + docx
                + " sang PDF trong "
                + TIMEOUT_SECONDS
                + " giây");
      }
      if (p.exitValue() != 0 || !Files.isRegularFile(pdf)) {
        throw new CchcException(
            ErrorCode.IO_ERROR,
            "LibreOffice không chuyển được "
                + docx
                + " sang PDF (mã thoát "
                + p.exitValue()
                + "): "
                + Files.readString(log, StandardCharsets.UTF_8).strip());
      }
      return pdf;
    } catch (IOException e) {
      throw new CchcException(
          ErrorCode.IO_ERROR, "Không thể chạy LibreOffice (" + soffice + "): " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new CchcException(ErrorCode.IO_ERROR, "Chuyển sang PDF bị ngắt", e);
    } finally {
      deleteQuietly(profile);
      deleteQuietly(log);
    }
  }

  private static void deleteQuietly(Path p) {
    if (p == null) {
      return;
    }
    try (Stream<Path> s = Files.walk(p)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(x -> x.toFile().delete());
    } catch (IOException ignored) {
      // a temporary folder left behind is harmless
    }
  }
}
