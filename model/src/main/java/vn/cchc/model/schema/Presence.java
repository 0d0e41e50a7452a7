package vn.cchc.model.schema;

/** Whether an input column must be in the header, and whether its cells may be empty. */
public enum Presence {
  /** The header must have the column and every row must have a value. */
  REQUIRED,
  /** The header must have the column; a cell may be empty where a rule allows it. */
  NULLABLE,
  /** The column may be absent from the header; an empty cell takes the column's default. */
  OPTIONAL
}
