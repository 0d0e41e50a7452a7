package vn.cchc.sample.output;

/**
 * How one CSV file is spelled. The ingestion accepts all of these variants; the sample uses each at
 * least once.
 *
 * @param delimiter field separator
 * @param decimalComma whether decimals are written "9,5" (only sensible with ';' as delimiter)
 * @param byteOrderMark whether the file starts with a UTF-8 BOM, as Excel writes it
 * @param headers which header spelling to use
 */
public record CsvStyle(
    char delimiter, boolean decimalComma, boolean byteOrderMark, HeaderStyle headers) {
  public static final CsvStyle PLAIN = new CsvStyle(',', false, false, HeaderStyle.CANONICAL);
  public static final CsvStyle PLAIN_WITH_BOM =
      new CsvStyle(',', false, true, HeaderStyle.CANONICAL);
  public static final CsvStyle EXCEL_VIETNAMESE_LOCALE =
      new CsvStyle(';', true, false, HeaderStyle.CANONICAL);
  public static final CsvStyle VIETNAMESE_HEADERS =
      new CsvStyle(',', false, false, HeaderStyle.VIETNAMESE);
}
