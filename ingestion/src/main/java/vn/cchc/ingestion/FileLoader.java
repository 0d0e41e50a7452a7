package vn.cchc.ingestion;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import vn.cchc.ingestion.commit.Staging;
import vn.cchc.ingestion.source.DecimalMarks;
import vn.cchc.ingestion.source.RawRow;
import vn.cchc.ingestion.source.RowHandler;
import vn.cchc.ingestion.source.SourceFile;
import vn.cchc.ingestion.validate.Cells;
import vn.cchc.ingestion.validate.HeaderMap;
import vn.cchc.ingestion.validate.ParsedRow;
import vn.cchc.ingestion.validate.ReferenceData;
import vn.cchc.ingestion.validate.Reject;
import vn.cchc.ingestion.validate.RejectRule;
import vn.cchc.ingestion.validate.RowRules;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.schema.Column;
import vn.cchc.model.schema.Presence;
import vn.cchc.model.schema.TableSchema;

/**
 * Types, checks and stages the rows of one source as they stream past; holds no row after staging
 * it.
 */
final class FileLoader implements RowHandler {
  private final SourceFile source;
  private final String label;
  private final TableSchema table;
  private final Column[] columns;
  private final ReferenceData refs;
  private final Staging.Appender appender;
  private final List<Reject> rejects;
  private HeaderMap headers;
  private DecimalMarks marks = DecimalMarks.EITHER;
  private long read;
  private long rejectedRows;

  FileLoader(
      SourceFile source, ReferenceData refs, Staging.Appender appender, List<Reject> rejects) {
    this.source = source;
    this.label = source.label();
    this.table = source.table();
    this.columns = table.columns().toArray(Column[]::new);
    this.refs = refs;
    this.appender = appender;
    this.rejects = rejects;
  }

  HeaderMap headers() {
    return headers;
  }

  long read() {
    return read;
  }

  long rejectedRows() {
    return rejectedRows;
  }

  @Override
  public void decimalMarks(DecimalMarks marks) {
    this.marks = marks;
  }

  @Override
  public void header(RawRow header) {
    headers = HeaderMap.of(table, header);
  }

  @Override
  public void extraCells(RawRow raw, String column, String rawValue, String messageVi) {
    read++;
    rejectedRows++;
    rejects.add(
        Reject.in(source)
            .line(raw.rowNumber())
            .cell(column, rawValue)
            .because(RejectRule.EXTRA_CELLS, messageVi));
  }

  @Override
  public void row(RawRow raw) {
    read++;
    Object[] values = new Object[columns.length];
    ParsedRow row = new ParsedRow(table, values);
    for (int i = 0; i < columns.length; i++) {
      Column c = columns[i];
      String text = headers.raw(raw, i);
      if (text.isBlank()) {
        text = c.defaultValue() == null ? "" : c.defaultValue();
      }
      if (text.isBlank()) {
        if (c.presence() == Presence.REQUIRED) {
          row.reject(
              c.name(),
              RejectRule.REQUIRED_VALUE,
              "Thiếu giá trị bắt buộc của cột " + c.name() + " (" + c.labelVi() + ")");
        }
        continue;
      }
      try {
        Object v = Cells.parse(text, c.type(), marks);
        values[i] = c.upperCase() ? ((String) v).toUpperCase(Locale.ROOT) : v;
      } catch (Cells.BadValue e) {
        row.reject(
            c.name(),
            RejectRule.TYPE,
            "Sai kiểu dữ liệu (" + c.type().labelVi() + "): " + e.getMessage());
      }
    }
    if (row.valid()) {
      RowRules.check(row, refs);
    }
    if (!row.valid()) {
      rejectedRows++;
      for (ParsedRow.Violation v : row.violations()) {
        int index = indexOf(v.column());
        rejects.add(
            Reject.in(source)
                .line(raw.rowNumber())
                .cell(headers.header(index, table), headers.raw(raw, index))
                .because(v.rule(), v.message()));
      }
      return;
    }
    try {
      appender.append(values, raw.rowNumber());
    } catch (SQLException e) {
      throw new CchcException(
          ErrorCode.INTERNAL_ERROR,
          "Không thể ghi dòng "
              + raw.rowNumber()
              + " của "
              + label
              + " vào dữ liệu tạm: "
              + e.getMessage(),
          e);
    }
  }

  private int indexOf(String column) {
    for (int i = 0; i < columns.length; i++) {
      if (columns[i].name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Cannot find column " + column);
  }
}
