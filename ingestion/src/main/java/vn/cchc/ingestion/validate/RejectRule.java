package vn.cchc.ingestion.validate;

/** Why a row or a file was not taken. Codes appear in reject files; messages are Vietnamese. */
public enum RejectRule {
  // whole file or sheet
  UNKNOWN_TABLE,
  EMPTY_FILE,
  HEADER_ONLY,
  MISSING_COLUMN,
  CORRUPT_FILE,
  ENCODING,
  FILE_REFUSED,
  /** The file cannot be split into rows and columns: a quote not closed, merged cells. */
  MALFORMED_FILE,
  // one row
  /**
   * A non-blank cell in a column without a header (an unquoted delimiter, a value beyond the
   * header).
   */
  EXTRA_CELLS,
  REQUIRED_VALUE,
  TYPE,
  ENUM,
  RANGE,
  SCORING_RULE,
  UNKNOWN_UNIT,
  UNIT_NOT_VALID,
  UNKNOWN_SUB_CRITERION,
  UNKNOWN_REFERENCE,
  DUPLICATE_KEY,
  CONSISTENCY
}
