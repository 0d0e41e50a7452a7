package vn.cchc.report.publish;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;

/**
 * A page's markup, written so that it is also well-formed XML: every element closed in order, void
 * elements self-closed, every attribute quoted, every text and attribute value escaped, no named
 * entity but XML's own. Closing an element that is not the innermost open one, or finishing with
 * one still open, is a programming error.
 */
final class Html {
  /** Elements after which a line break keeps the file readable; inside text it would show. */
  private static final Set<String> BLOCKS =
      Set.of(
          "html",
          "head",
          "body",
          "header",
          "nav",
          "main",
          "footer",
          "section",
          "h1",
          "h2",
          "h3",
          "p",
          "table",
          "thead",
          "tbody",
          "tr",
          "ul",
          "ol",
          "li",
          "figure",
          "figcaption",
          "div",
          "title",
          "meta",
          "link",
          "img",
          "caption",
          "dl",
          "dt",
          "dd");

  private final StringBuilder out = new StringBuilder();
  private final Deque<String> open = new ArrayDeque<>();

  /** Text as it may stand in an element or a quoted attribute value. */
  static String escape(String text) {
    StringBuilder s = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> s.append("&amp;");
        case '<' -> s.append("&lt;");
        case '>' -> s.append("&gt;");
        case '"' -> s.append("&quot;");
        case '\'' -> s.append("&#39;");
        default -> s.append(c);
      }
    }
    return s.toString();
  }

  Html doctype() {
    out.append("<!DOCTYPE html>\n");
    return this;
  }

  /**
   * Opens {@code tag}; {@code attributes} are name, value pairs, a null value leaves the attribute
   * out.
   */
  Html open(String tag, String... attributes) {
    start(tag, attributes);
    out.append('>');
    open.push(tag);
    if (BLOCKS.contains(tag) && !tag.equals("title")) {
      out.append('\n');
    }
    return this;
  }

  Html close(String tag) {
    String innermost = open.poll();
    if (!tag.equals(innermost)) {
      throw new IllegalStateException(
          "Cannot close <" + tag + ">: the innermost open element is <" + innermost + ">");
    }
    out.append("</").append(tag).append('>');
    if (BLOCKS.contains(tag)) {
      out.append('\n');
    }
    return this;
  }

  /** {@code <tag attributes>text</tag>}. */
  Html element(String tag, String text, String... attributes) {
    start(tag, attributes);
    out.append('>').append(escape(text)).append("</").append(tag).append('>');
    if (BLOCKS.contains(tag)) {
      out.append('\n');
    }
    return this;
  }

  /** A void element: {@code <img … />}. */
  Html empty(String tag, String... attributes) {
    start(tag, attributes);
    out.append(" />");
    if (BLOCKS.contains(tag)) {
      out.append('\n');
    }
    return this;
  }

  Html text(String text) {
    out.append(escape(text));
    return this;
  }

  /** The page; every element must be closed. */
  String finish() {
    if (!open.isEmpty()) {
      throw new IllegalStateException("Cannot finish the page: <" + open.peek() + "> is open");
    }
    return out.toString();
  }

  private void start(String tag, String... attributes) {
    if (attributes.length % 2 != 0) {
      throw new IllegalArgumentException(
          "Cannot write <" + tag + ">: attributes come as name, value pairs");
    }
    out.append('<').append(tag);
    for (int i = 0; i < attributes.length; i += 2) {
      if (attributes[i + 1] != null) {
        out.append(' ')
            .append(attributes[i])
            .append("=\"")
            .append(escape(attributes[i + 1]))
            .append('"');
      }
    }
  }
}
