package vn.cchc.ingestion.source;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of an XLSX package that fastexcel reads but does not hand out: a sheet's XML as stored
 * (to find its merged cells before any row is read) and whether the workbook has a styles part.
 * They are found the way fastexcel finds them ({@code [Content_Types].xml}, then the workbook's
 * relationships), so that both read the same part.
 */
final class WorkbookParts implements Closeable {
  private static final String CONTENT_TYPES = "[Content_Types].xml";
  private static final String WORKBOOK =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";
  private static final String MACRO_WORKBOOK =
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml";
  private static final String STYLES =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml";

  /** Where a workbook is when {@code [Content_Types].xml} only declares a default type. */
  private static final String DEFAULT_WORKBOOK = "/xl/workbook.xml";

  private static final XMLInputFactory XML = safeFactory();

  private final ZipFile zip;
  private final Map<String, String> partsById = new HashMap<>();
  private final boolean styles;

  private WorkbookParts(ZipFile zip) throws IOException {
    this.zip = zip;
    String workbook = null;
    String stylesPart = null;
    try (InputStream in = required(CONTENT_TYPES)) {
      XMLStreamReader r = XML.createXMLStreamReader(in);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("Override")) {
          String type = r.getAttributeValue(null, "ContentType");
          String name = r.getAttributeValue(null, "PartName");
          if ((WORKBOOK.equals(type) || MACRO_WORKBOOK.equals(type)) && workbook == null) {
            workbook = name;
          } else if (STYLES.equals(type) && stylesPart == null) {
            stylesPart = name;
          }
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot read " + CONTENT_TYPES, e);
    }
    this.styles = stylesPart != null && entry(stylesPart) != null;
    readRelationships(workbook == null ? DEFAULT_WORKBOOK : workbook);
  }

  /** Opens the package. */
  static WorkbookParts open(Path file) throws IOException {
    ZipFile zip = new ZipFile(file.toFile());
    try {
      return new WorkbookParts(zip);
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  /** Whether the workbook has a styles part (number formats, hence date cells). */
  boolean hasStyles() {
    return styles;
  }

  /** The XML of the sheet a relationship of the workbook names, or empty if the file lacks it. */
  Optional<InputStream> sheet(String relationshipId) throws IOException {
    String name = partsById.get(relationshipId);
    ZipEntry entry = name == null ? null : entry(name);
    return entry == null ? Optional.empty() : Optional.of(zip.getInputStream(entry));
  }

  private void readRelationships(String workbook) throws IOException {
    int slash = workbook.lastIndexOf('/');
    String folder = workbook.substring(0, slash + 1);
    String rels = folder + "_rels/" + workbook.substring(slash + 1) + ".rels";
    try (InputStream in = required(rels)) {
      XMLStreamReader r = XML.createXMLStreamReader(in);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT
            && r.getLocalName().equals("Relationship")) {
          String target = r.getAttributeValue(null, "Target");
          if (target != null) {
            // a target not starting with / is relative to the workbook's folder
            partsById.put(
                r.getAttributeValue(null, "Id"), target.startsWith("/") ? target : folder + target);
          }
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot read " + rels, e);
    }
  }

  private InputStream required(String name) throws IOException {
    ZipEntry entry = entry(name);
    if (entry == null) {
      throw new IOException("Cannot find part " + name);
    }
    return zip.getInputStream(entry);
  }

  /** The entry of a part name, matched without regard to case as fastexcel does when it must. */
  private ZipEntry entry(String partName) {
    String name = partName.startsWith("/") ? partName.substring(1) : partName;
    ZipEntry exact = zip.getEntry(name);
    if (exact != null) {
      return exact;
    }
    for (Enumeration<? extends ZipEntry> all = zip.entries(); all.hasMoreElements(); ) {
      ZipEntry e = all.nextElement();
      if (e.getName().equalsIgnoreCase(name)) {
        return e;
      }
    }
    return null;
  }

  private static XMLInputFactory safeFactory() {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}
