package vn.cchc.ingestion.source;

/**
 * Which mark a source's numbers use for decimals, as far as the way the file was written tells. A
 * mark that may also group thousands makes {@code 1.000} ambiguous (one, or one thousand), so such
 * a number is refused rather than guessed.
 */
public enum DecimalMarks {
  /**
   * XLSX: numeric cells reach the reader as numbers, written back without grouping; {@code 9.5} and
   * {@code 9,5} both read as 9.5.
   */
  EITHER(false, false, '.', ""),
  /**
   * A CSV file delimited by {@code ;} (Vietnamese or European Excel): {@code ,} is the decimal mark
   * and {@code .} may group thousands.
   */
  COMMA(true, false, ',', "phân cách bằng dấu chấm phẩy (;)"),
  /**
   * A CSV file delimited by {@code ,}: {@code .} is the decimal mark and {@code ,} (in a quoted
   * cell) may group thousands.
   */
  POINT(false, true, '.', "phân cách bằng dấu phẩy (,)"),
  /** A tab-delimited file: its locale is unknown, either mark may group thousands. */
  UNKNOWN(true, true, '.', "phân cách bằng dấu tab");

  private final boolean pointMayGroup;
  private final boolean commaMayGroup;
  private final char decimal;
  private final String fileVi;

  DecimalMarks(boolean pointMayGroup, boolean commaMayGroup, char decimal, String fileVi) {
    this.pointMayGroup = pointMayGroup;
    this.commaMayGroup = commaMayGroup;
    this.decimal = decimal;
    this.fileVi = fileVi;
  }

  /** The convention of a CSV file delimited by {@code delimiter}. */
  public static DecimalMarks ofDelimiter(char delimiter) {
    return switch (delimiter) {
      case ';' -> COMMA;
      case ',' -> POINT;
      default -> UNKNOWN;
    };
  }

  /** Whether {@code mark} ({@code .} or {@code ,}) may be a thousands separator in this source. */
  public boolean mayGroupThousands(char mark) {
    return mark == '.' ? pointMayGroup : mark == ',' && commaMayGroup;
  }

  /** The decimal mark to suggest to the user. */
  public char decimalMark() {
    return decimal;
  }

  /** How the file is described to the user, e.g. "phân cách bằng dấu chấm phẩy (;)". */
  public String fileVi() {
    return fileVi;
  }
}
