package vn.cchc.query;

/** Orders methodology codes naturally (3.2 before 3.10) in SQL. */
public final class SqlOrder {
  private SqlOrder() {}

  public static String code(String column) {
    return "list_transform(string_split(" + column + ", '.'), lambda x: try_cast(x AS INTEGER)), " + column;
  }
}
