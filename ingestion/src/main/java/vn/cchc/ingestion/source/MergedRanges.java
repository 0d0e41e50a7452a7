package vn.cchc.ingestion.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The merged ranges ({@code <mergeCell ref="E1:F1"/>}) of a sheet's XML, in the order written. A
 * sheet lists its merges after its rows, so the whole part is read: as bytes, looking only at the
 * name of each element, which takes a fraction of an XML parse of the rows. Comments, CDATA
 * sections and processing instructions are skipped; markup cannot occur anywhere else between two
 * elements (a {@code <} in text or in an attribute value is always escaped). A part that is not in
 * an ASCII-compatible encoding (UTF-16) is read with an XML parser instead.
 */
final class MergedRanges {
  private static final byte[] MERGE_CELL = "mergeCell".getBytes(StandardCharsets.US_ASCII);
  private static final int BUFFER = 1 << 16;

  /** Longer names are not mergeCell, with any prefix a writer would use. */
  private static final int LONGEST_NAME = 64;

  private final InputStream in;
  private final byte[] buffer = new byte[BUFFER];
  private int position;
  private int limit;
  private boolean ended;

  private MergedRanges(InputStream in) {
    this.in = in;
  }

  /** The {@code ref} of every {@code mergeCell} element of the sheet XML in {@code in}. */
  static List<String> in(InputStream in) throws IOException {
    PushbackInputStream head = new PushbackInputStream(in, 4);
    byte[] first = head.readNBytes(4);
    head.unread(first);
    boolean asciiCompatible = first.length < 2 || (first[0] != 0 && first[1] != 0);
    boolean utf16Mark =
        first.length >= 2
            && ((first[0] == (byte) 0xFE && first[1] == (byte) 0xFF)
                || (first[0] == (byte) 0xFF && first[1] == (byte) 0xFE));
    if (!asciiCompatible || utf16Mark) {
      return parsed(head);
    }
    return new MergedRanges(head).scan();
  }

  private List<String> scan() throws IOException {
    List<String> refs = new ArrayList<>();
    while (true) {
      // markup starts at the next '<'; everything before it is text
      int p = position;
      int end = limit;
      byte[] b = buffer;
      while (p < end && b[p] != '<') {
        p++;
      }
      position = p;
      if (p == end) {
        if (!fill()) {
          return refs;
        }
        continue;
      }
      if (!available(2)) {
        return refs;
      }
      byte next = buffer[position + 1];
      if (next == '!') {
        skipDeclaration();
      } else if (next == '?') {
        skipPast("?>");
      } else if (next == '/') {
        position += 2;
      } else if (isMergeCell()) {
        String ref = ref(tag());
        if (ref != null) {
          refs.add(ref);
        }
      } else {
        position++;
      }
    }
  }

  /** Whether the start tag at {@code position} is a {@code mergeCell}, with or without prefix. */
  private boolean isMergeCell() throws IOException {
    available(LONGEST_NAME + 2);
    int start = position + 1;
    int end = start;
    int local = start;
    while (end < limit && end - start <= LONGEST_NAME && !endsName(buffer[end])) {
      if (buffer[end] == ':') {
        local = end + 1;
      }
      end++;
    }
    if (end - local != MERGE_CELL.length) {
      return false;
    }
    for (int i = 0; i < MERGE_CELL.length; i++) {
      if (buffer[local + i] != MERGE_CELL[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean endsName(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '/' || b == '>';
  }

  /** The start tag at {@code position}, up to its closing {@code >} outside attribute values. */
  private String tag() throws IOException {
    ByteArrayOutputStream tag = new ByteArrayOutputStream();
    byte quote = 0;
    while (available(1)) {
      byte b = buffer[position++];
      tag.write(b);
      if (quote != 0) {
        quote = b == quote ? 0 : quote;
      } else if (b == '"' || b == '\'') {
        quote = b;
      } else if (b == '>') {
        break;
      }
    }
    return tag.toString(StandardCharsets.UTF_8);
  }

  /**
   * The value of the unprefixed {@code ref} attribute of a start tag, entities decoded; or null.
   */
  private static String ref(String tag) {
    int i = 1;
    while (i < tag.length() && !endsName((byte) tag.charAt(i))) {
      i++;
    }
    while (true) {
      while (i < tag.length() && Character.isWhitespace(tag.charAt(i))) {
        i++;
      }
      int nameStart = i;
      while (i < tag.length() && tag.charAt(i) != '=' && !Character.isWhitespace(tag.charAt(i))) {
        if (tag.charAt(i) == '>' || tag.charAt(i) == '/') {
          return null;
        }
        i++;
      }
      String name = tag.substring(nameStart, i);
      while (i < tag.length() && Character.isWhitespace(tag.charAt(i))) {
        i++;
      }
      if (i >= tag.length() || tag.charAt(i) != '=') {
        return null;
      }
      i++;
      while (i < tag.length() && Character.isWhitespace(tag.charAt(i))) {
        i++;
      }
      char quote = i < tag.length() ? tag.charAt(i) : 0;
      int close = quote == '"' || quote == '\'' ? tag.indexOf(quote, i + 1) : -1;
      if (close < 0) {
        return null;
      }
      if (name.equals("ref")) {
        return decode(tag.substring(i + 1, close));
      }
      i = close + 1;
    }
  }

  private static String decode(String value) {
    if (value.indexOf('&') < 0) {
      return value;
    }
    return value
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&apos;", "'")
        .replace("&amp;", "&");
  }

  /** Skips {@code <!-- … -->}, {@code <![CDATA[ … ]]>} or another {@code <! … >} declaration. */
  private void skipDeclaration() throws IOException {
    available(9);
    if (startsWith("<!--")) {
      position += 4;
      skipPast("-->");
    } else if (startsWith("<![CDATA[")) {
      position += 9;
      skipPast("]]>");
    } else {
      position += 2;
      skipPast(">");
    }
  }

  private boolean startsWith(String s) {
    if (limit - position < s.length()) {
      return false;
    }
    for (int i = 0; i < s.length(); i++) {
      if (buffer[position + i] != s.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** Moves past the next occurrence of {@code end}, or to the end of the part. */
  private void skipPast(String end) throws IOException {
    while (available(end.length())) {
      if (startsWith(end)) {
        position += end.length();
        return;
      }
      position++;
    }
    position = limit;
  }

  /** Whether {@code n} bytes from {@code position} are buffered, reading more if need be. */
  private boolean available(int n) throws IOException {
    while (limit - position < n) {
      if (!fill()) {
        return false;
      }
    }
    return true;
  }

  /** Keeps the unread bytes and reads more after them; false at the end of the part. */
  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    int kept = limit - position;
    System.arraycopy(buffer, position, buffer, 0, kept);
    position = 0;
    limit = kept;
    int n = in.read(buffer, limit, buffer.length - limit);
    if (n < 0) {
      ended = true;
      return false;
    }
    limit += n;
    return true;
  }

  /** The same list by an XML parser, for a part in an encoding the byte scan cannot read. */
  private static List<String> parsed(InputStream in) throws IOException {
    XMLInputFactory f = XMLInputFactory.newDefaultFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    List<String> refs = new ArrayList<>();
    try {
      XMLStreamReader r = f.createXMLStreamReader(in);
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT && r.getLocalName().equals("mergeCell")) {
          String ref = r.getAttributeValue(null, "ref");
          if (ref != null) {
            refs.add(ref);
          }
        }
      }
      r.close();
    } catch (XMLStreamException e) {
      throw new IOException("Cannot read the sheet", e);
    }
    return refs;
  }
}
