package vn.cchc.superset.dashboard;

import java.util.Optional;

/**
 * An aggregate of one mart column, shown under a Vietnamese label; with {@code only}, the aggregate
 * counts only the rows matching the condition (one series per band in a single bar, for example).
 */
public record Metric(Aggregate aggregate, String column, String label, Optional<Condition> only) {

  /** The aggregates Superset's simple metric editor offers. */
  public enum Aggregate {
    AVG,
    SUM,
    MAX,
    MIN,
    COUNT,
    COUNT_DISTINCT
  }

  public static Metric avg(String column, String label) {
    return new Metric(Aggregate.AVG, column, label, Optional.empty());
  }

  public static Metric sum(String column, String label) {
    return new Metric(Aggregate.SUM, column, label, Optional.empty());
  }

  public static Metric countDistinct(String column, String label) {
    return new Metric(Aggregate.COUNT_DISTINCT, column, label, Optional.empty());
  }

  public Metric onlyWhere(Condition condition) {
    return new Metric(aggregate, column, label, Optional.of(condition));
  }

  /** The SQL of a conditional metric: {@code AVG(CASE WHEN band = 'A' THEN index_pct END)}. */
  public String sql() {
    String value =
        only.map(c -> "CASE WHEN " + c.sql() + " THEN " + column + " END").orElse(column);
    return aggregate == Aggregate.COUNT_DISTINCT
        ? "COUNT(DISTINCT " + value + ")"
        : aggregate.name() + "(" + value + ")";
  }
}
