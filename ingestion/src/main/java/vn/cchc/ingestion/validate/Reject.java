package vn.cchc.ingestion.validate;

/**
 * One rejection: where (file, sheet, row, column), what (the raw value), which rule and why (Vietnamese).
 *
 * @param row row number as the user sees it (header = 1); 0 when the file as a whole was refused before any row
 * @param column the column's header as written in the file, or empty for a whole row or file
 */
public record Reject(String file, String sheet, long row, String column, String rawValue, RejectRule rule,
    String message) {}
