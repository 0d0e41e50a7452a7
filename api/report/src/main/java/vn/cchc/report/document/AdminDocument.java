package vn.cchc.report.document;

import java.util.ArrayList;
import java.util.List;

/**
 * A Vietnamese administrative document (văn bản hành chính) as Nghị định 30/2020/NĐ-CP lays it out:
 * the issuer and national-motto block with the number and the place and date lines, the kind of
 * document and its summary, the body, and the closing block with the recipients (Nơi nhận) beside
 * the signature; annexes follow on their own pages. Text in square brackets ({@code […]}) is a
 * placeholder a person must fill in; the writer highlights it.
 *
 * @param issuerParent the issuer's governing body, upper case (e.g. {@code ỦY BAN NHÂN DÂN TỈNH AN
 *     GIANG}), or null when the issuer stands alone
 * @param issuer the issuing body, upper case ({@code SỞ NỘI VỤ})
 * @param number the number line ({@code Số: [ ]/KH-UBND})
 * @param placeDate the place and date line ({@code An Giang, ngày [ ] tháng [ ] năm 2026})
 * @param kind the kind of document, upper case ({@code KẾ HOẠCH})
 * @param summary its summary (trích yếu), one line or more
 * @param body the body's blocks
 * @param recipients the Nơi nhận lines
 * @param signature the signature block's lines, top to bottom (authority, title, then the name)
 * @param annexes the annexes, each from a new page
 */
public record AdminDocument(
    String issuerParent,
    String issuer,
    String number,
    String placeDate,
    String kind,
    List<String> summary,
    List<Block> body,
    List<String> recipients,
    List<String> signature,
    List<Annex> annexes) {

  public AdminDocument {
    summary = List.copyOf(summary);
    body = List.copyOf(body);
    recipients = List.copyOf(recipients);
    signature = List.copyOf(signature);
    annexes = List.copyOf(annexes);
  }

  /** One part of the body. */
  public sealed interface Block permits Heading, Paragraph, Bullet, Table {}

  /**
   * A heading: level 1 is a Roman-numbered part in capitals ({@code I. MỤC ĐÍCH, YÊU CẦU}), level 2
   * a numbered item ({@code 1. Mục đích}), level 3 a lettered one ({@code a) …}); the text carries
   * its own number.
   */
  public record Heading(int level, String text) implements Block {}

  /** A justified, first-line-indented paragraph; italic when asked. */
  public record Paragraph(String text, boolean italic) implements Block {
    public Paragraph(String text) {
      this(text, false);
    }
  }

  /** A dash item ({@code - …}), as the plans write their lists. */
  public record Bullet(String text) implements Block {}

  /**
   * A table with a bold header row; a row of one cell spanning the table is a group heading (as the
   * annexes group units by bloc). Widths are relative.
   */
  public record Table(List<String> headers, List<Row> rows, List<Integer> widths) implements Block {
    public Table {
      headers = List.copyOf(headers);
      rows = List.copyOf(rows);
      widths = List.copyOf(widths);
      if (widths.size() != headers.size()) {
        throw new IllegalArgumentException("one width per column");
      }
    }
  }

  /** A table row; {@code group} rows have one cell spanning all columns, set in bold. */
  public record Row(List<String> cells, boolean group) {
    public Row {
      cells = List.copyOf(cells);
    }

    public static Row of(String... cells) {
      return new Row(List.of(cells), false);
    }

    public static Row group(String text) {
      return new Row(List.of(text), true);
    }
  }

  /**
   * An annex: its label ({@code Phụ lục 1}), title lines in bold capitals and a subtitle in
   * italics, its blocks, and whether its pages are landscape (a wide table).
   */
  public record Annex(
      String label, List<String> title, String subtitle, List<Block> blocks, boolean landscape) {
    public Annex {
      title = List.copyOf(title);
      blocks = List.copyOf(blocks);
    }
  }

  /** Collects blocks in order. */
  public static final class Blocks {
    private final List<Block> blocks = new ArrayList<>();

    public Blocks heading(int level, String text) {
      blocks.add(new Heading(level, text));
      return this;
    }

    public Blocks paragraph(String text) {
      blocks.add(new Paragraph(text));
      return this;
    }

    public Blocks italic(String text) {
      blocks.add(new Paragraph(text, true));
      return this;
    }

    public Blocks bullet(String text) {
      blocks.add(new Bullet(text));
      return this;
    }

    public Blocks bullets(List<String> texts) {
      texts.forEach(this::bullet);
      return this;
    }

    public Blocks table(Table table) {
      blocks.add(table);
      return this;
    }

    public List<Block> list() {
      return List.copyOf(blocks);
    }
  }
}
