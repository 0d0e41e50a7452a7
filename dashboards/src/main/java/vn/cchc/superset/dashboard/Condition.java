package vn.cchc.superset.dashboard;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A fixed WHERE condition of a chart, e.g. {@code level = 'FIELD'}; the native filters come on top.
 */
public record Condition(String column, Operator operator, List<String> values) {

  /**
   * Superset's operators, with the symbol its ad-hoc filters use and the one its query objects use.
   */
  public enum Operator {
    EQUALS("==", "=="),
    NOT_EQUALS("!=", "!="),
    IS_NULL("IS NULL", "IS NULL"),
    NOT_IN("NOT IN", "NOT IN");

    private final String adhocSymbol;
    private final String querySymbol;

    Operator(String adhocSymbol, String querySymbol) {
      this.adhocSymbol = adhocSymbol;
      this.querySymbol = querySymbol;
    }

    public String adhocSymbol() {
      return adhocSymbol;
    }

    public String querySymbol() {
      return querySymbol;
    }
  }

  public Condition {
    values = List.copyOf(values);
  }

  public static Condition equalTo(String column, String value) {
    return new Condition(column, Operator.EQUALS, List.of(value));
  }

  public static Condition notEqualTo(String column, String value) {
    return new Condition(column, Operator.NOT_EQUALS, List.of(value));
  }

  public static Condition isNull(String column) {
    return new Condition(column, Operator.IS_NULL, List.of());
  }

  /** Rows whose value is none of {@code values}, empty values included. */
  public static Condition noneOf(String column, List<String> values) {
    return new Condition(column, Operator.NOT_IN, values);
  }

  /** The comparator of Superset's filters: one value, a list for NOT IN, none for IS NULL. */
  public Object comparator() {
    return switch (operator) {
      case EQUALS, NOT_EQUALS -> values.get(0);
      case NOT_IN -> values;
      case IS_NULL -> null;
    };
  }

  /** The condition as DuckDB SQL (NOT IN counts empty values too, unlike SQL's own NOT IN). */
  public String sql() {
    return switch (operator) {
      case EQUALS -> column + " = " + literal(values.get(0));
      case NOT_EQUALS -> column + " <> " + literal(values.get(0));
      case IS_NULL -> column + " IS NULL";
      case NOT_IN ->
          "("
              + column
              + " IS NULL OR "
              + column
              + " NOT IN ("
              + values.stream().map(Condition::literal).collect(Collectors.joining(", "))
              + "))";
    };
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
