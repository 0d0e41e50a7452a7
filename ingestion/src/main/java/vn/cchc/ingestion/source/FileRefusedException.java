package vn.cchc.ingestion.source;

import vn.cchc.ingestion.validate.RejectRule;

/** A whole file (or sheet) cannot be taken: its structure, encoding or container is wrong. */
public final class FileRefusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final RejectRule rule;
  private final long row;
  private final String column;
  private final String rawValue;

  public FileRefusedException(RejectRule rule, long row, String column, String rawValue, String messageVi) {
    super(messageVi);
    this.rule = rule;
    this.row = row;
    this.column = column;
    this.rawValue = rawValue;
  }

  public RejectRule rule() {
    return rule;
  }

  public long row() {
    return row;
  }

  public String column() {
    return column;
  }

  public String rawValue() {
    return rawValue;
  }
}
