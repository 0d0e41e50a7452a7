package vn.cchc.report.chart;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Writes a chart as a print-quality PNG (300 dpi, with the resolution recorded in the file) and as
 * SVG. Both are byte-for-byte the same for the same chart: no time stamps, fixed SVG ids.
 */
public final class ChartFiles {
  public static final int DPI = 300;

  private ChartFiles() {}

  public static Path writePng(ChartSpec spec, Path dir) throws IOException {
    double scale = DPI / 72.0;
    int w = (int) Math.round(spec.width() * scale);
    int h = (int) Math.round(spec.height() * scale);
    BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      g2.setRenderingHint(
          RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
      g2.scale(scale, scale);
      spec.chart().draw(g2, new Rectangle2D.Double(0, 0, spec.width(), spec.height()));
    } finally {
      g2.dispose();
    }
    Path file = dir.resolve(spec.id() + ".png");
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    try (OutputStream out = Files.newOutputStream(file);
        ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      IIOMetadata meta =
          writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), null);
      IIOMetadataNode phys = new IIOMetadataNode("pHYs");
      String perMetre = Integer.toString((int) Math.round(DPI / 0.0254));
      phys.setAttribute("pixelsPerUnitXAxis", perMetre);
      phys.setAttribute("pixelsPerUnitYAxis", perMetre);
      phys.setAttribute("unitSpecifier", "meter");
      IIOMetadataNode root = new IIOMetadataNode("javax_imageio_png_1.0");
      root.appendChild(phys);
      meta.mergeTree("javax_imageio_png_1.0", root);
      writer.write(null, new IIOImage(image, null, meta), null);
    } finally {
      writer.dispose();
    }
    return file;
  }

  public static Path writeSvg(ChartSpec spec, Path dir) throws IOException {
    Path file = dir.resolve(spec.id() + ".svg");
    Files.writeString(file, draw(spec, null).getSVGDocument(), StandardCharsets.UTF_8);
    return file;
  }

  /**
   * The SVG for a web page's {@code <img>}: a view box, so that it scales with the page (an SVG
   * image without one is cropped, not scaled); no DOCTYPE, whose DTD address is the only network
   * address of the document; and fonts with fallbacks of similar widths where DejaVu Sans is not
   * installed (Verdana shares its metrics' origin).
   */
  public static Path writeWebSvg(ChartSpec spec, Path dir) throws IOException {
    SVGGraphics2D g2 = draw(spec, ChartFiles::webFontFamily);
    String svg =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + g2.getSVGElement(
                null, true, new ViewBox(0, 0, spec.width(), spec.height()), null, null)
            + "\n";
    Path file = dir.resolve(spec.id() + ".svg");
    Files.writeString(file, svg, StandardCharsets.UTF_8);
    return file;
  }

  static String webFontFamily(String family) {
    return "\"" + family + "\", Verdana, sans-serif";
  }

  /** {@code fontFamily} null: JFreeSVG's own mapping of font families. */
  private static SVGGraphics2D draw(ChartSpec spec, Function<String, String> fontFamily) {
    SVGGraphics2D g2 = new SVGGraphics2D(spec.width(), spec.height());
    g2.setDefsKeyPrefix("cchc-" + spec.id() + "-");
    if (fontFamily != null) {
      g2.setFontFunction(fontFamily);
    }
    spec.chart().draw(g2, new Rectangle2D.Double(0, 0, spec.width(), spec.height()));
    return g2;
  }
}
