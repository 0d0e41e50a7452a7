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
  // one row
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
