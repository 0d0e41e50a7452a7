package vn.cchc.model.schema;

/** The logical types a warehouse column may have; engines map them (see {@link DuckDbDdl}). */
public enum ColumnType {
  STRING("VARCHAR", "chuỗi"),
  INTEGER("INTEGER", "số nguyên"),
  LONG("BIGINT", "số nguyên lớn"),
  DOUBLE("DOUBLE", "số thực"),
  BOOLEAN("BOOLEAN", "đúng/sai"),
  DATE("DATE", "ngày"),
  TIMESTAMP("TIMESTAMP", "thời điểm");

  private final String duckDbType;
  private final String labelVi;

  ColumnType(String duckDbType, String labelVi) {
    this.duckDbType = duckDbType;
    this.labelVi = labelVi;
  }

  public String duckDbType() {
    return duckDbType;
  }

  /** Vietnamese name of the type, as used in error messages ("Giá trị phải là số thực"). */
  public String labelVi() {
    return labelVi;
  }
}
