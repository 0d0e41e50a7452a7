package vn.cchc.report.font;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;

/**
 * DejaVu Sans, regular and bold, from the file system: the report never relies on Java's logical
 * fonts, which render Vietnamese letters as boxes on a machine without them. Registered with AWT
 * for the charts; the PDF writer embeds the same files.
 */
public final class ReportFonts {
  public static final String REGULAR_FILE = "DejaVuSans.ttf";
  public static final String BOLD_FILE = "DejaVuSans-Bold.ttf";

  /** Where Debian, Fedora, Arch and macOS (Homebrew) put DejaVu. */
  static final List<Path> KNOWN_DIRS =
      List.of(
          Path.of("/usr/share/fonts/truetype/dejavu"),
          Path.of("/usr/share/fonts/dejavu-sans-fonts"),
          Path.of("/usr/share/fonts/dejavu"),
          Path.of("/usr/share/fonts/TTF"),
          Path.of("/usr/local/share/fonts"),
          Path.of("/opt/homebrew/share/fonts"),
          Path.of(System.getProperty("user.home"), ".fonts"),
          Path.of(System.getProperty("user.home"), "Library", "Fonts"));

  private final Path regularFile;
  private final Path boldFile;
  private final Font regular;
  private final Font bold;

  private ReportFonts(Path regularFile, Path boldFile) {
    this.regularFile = regularFile;
    this.boldFile = boldFile;
    this.regular = load(regularFile);
    this.bold = load(boldFile);
    GraphicsEnvironment env = GraphicsEnvironment.getLocalGraphicsEnvironment();
    env.registerFont(regular);
    env.registerFont(bold);
  }

  /** Finds the fonts in {@code fontDir} if given, else in the known directories. */
  public static ReportFonts locate(Path fontDir) {
    List<Path> dirs = new ArrayList<>();
    if (fontDir != null) {
      dirs.add(fontDir);
    } else {
      dirs.addAll(KNOWN_DIRS);
    }
    for (Path dir : dirs) {
      Path regular = dir.resolve(REGULAR_FILE);
      Path bold = dir.resolve(BOLD_FILE);
      if (Files.isReadable(regular) && Files.isReadable(bold)) {
        return new ReportFonts(regular, bold);
      }
    }
    String where = fontDir != null ? fontDir.toString() : KNOWN_DIRS.toString();
    throw new CchcException(
        ErrorCode.INVALID_ARGUMENT,
        "Không thể tìm phông chữ "
            + REGULAR_FILE
            + " và "
            + BOLD_FILE
            + " trong: "
            + where
            + " (cài gói fonts-dejavu-core hoặc chỉ thư mục phông bằng --font-dir)");
  }

  private static Font load(Path file) {
    try {
      return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
    } catch (FontFormatException | IOException e) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Không thể đọc phông chữ: " + file + " (" + e.getMessage() + ")",
          e);
    }
  }

  public Path regularFile() {
    return regularFile;
  }

  public Path boldFile() {
    return boldFile;
  }

  public Font regular(float size) {
    return regular.deriveFont(Font.PLAIN, size);
  }

  public Font bold(float size) {
    return bold.deriveFont(Font.BOLD, size);
  }

  /** The AWT family name, for the PDF writer's chart text mapping. */
  public String regularName() {
    return regular.getFontName();
  }

  public String boldName() {
    return bold.getFontName();
  }
}
