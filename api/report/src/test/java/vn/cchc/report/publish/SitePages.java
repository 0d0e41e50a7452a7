package vn.cchc.report.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A published site as the tests read it: each page parsed as XML (which also proves it
 * well-formed), its tables as rows of cell texts, every file of the folder.
 */
final class SitePages {
  private SitePages() {}

  static Document page(Path file) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(false);
      f.setValidating(false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      DocumentBuilder b = f.newDocumentBuilder();
      b.setErrorHandler(null);
      return b.parse(file.toFile());
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError("Cannot parse " + file + " as XML: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The element with that id; fails when there is none. */
  static Element byId(Document doc, String id) {
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (id.equals(e.getAttribute("id"))) {
        return e;
      }
    }
    throw new AssertionError("No element with id " + id);
  }

  static boolean hasId(Document doc, String id) {
    try {
      byId(doc, id);
      return true;
    } catch (AssertionError e) {
      return false;
    }
  }

  /** The header cells of a table. */
  static List<String> header(Document doc, String tableId) {
    return cells((Element) byId(doc, tableId).getElementsByTagName("thead").item(0), "th").get(0);
  }

  /** The body rows of a table, each as its cells' texts with white space collapsed. */
  static List<List<String>> rows(Document doc, String tableId) {
    return cells((Element) byId(doc, tableId).getElementsByTagName("tbody").item(0), "td");
  }

  private static List<List<String>> cells(Element section, String cellTag) {
    List<List<String>> out = new ArrayList<>();
    NodeList rows = section.getElementsByTagName("tr");
    for (int r = 0; r < rows.getLength(); r++) {
      NodeList cells = ((Element) rows.item(r)).getElementsByTagName(cellTag);
      List<String> row = new ArrayList<>();
      for (int c = 0; c < cells.getLength(); c++) {
        row.add(text(cells.item(c).getTextContent()));
      }
      out.add(row);
    }
    return out;
  }

  /** The text of a page as a reader sees it, on one line. */
  static String text(Document doc) {
    return text(doc.getDocumentElement().getTextContent());
  }

  static String text(String raw) {
    return raw.replaceAll("\\s+", " ").strip();
  }

  /** Every attribute {@code name} of every element (href, src). */
  static List<String> attributes(Document doc, String name) {
    List<String> out = new ArrayList<>();
    NodeList all = doc.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.hasAttribute(name)) {
        out.add(e.getAttribute(name));
      }
    }
    return out;
  }

  /** Every file of the site, relative to its folder, in name order. */
  static List<String> files(Path site) {
    try (Stream<Path> walk = Files.walk(site)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> site.relativize(p).toString())
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
