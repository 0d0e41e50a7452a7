package vn.cchc.sample.output;

import java.util.List;

/** One sheet of a workbook: a table, the order of its columns and the header spelling. */
public record XlsxSheet(Table table, List<String> columnOrder, HeaderStyle headers) {
  public static XlsxSheet canonical(Table table) {
    return new XlsxSheet(table, table.columns(), HeaderStyle.CANONICAL);
  }

  public static XlsxSheet vietnamese(Table table) {
    return new XlsxSheet(table, table.columns(), HeaderStyle.VIETNAMESE);
  }
}
