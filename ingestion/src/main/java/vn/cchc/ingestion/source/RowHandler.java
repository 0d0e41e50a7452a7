package vn.cchc.ingestion.source;

/** Receives a table's rows as a source streams them: first the header, then each non-blank row. */
public interface RowHandler {
  void header(RawRow header);

  void row(RawRow row);
}
