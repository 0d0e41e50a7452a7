package vn.cchc.ingestion.validate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.cchc.model.schema.Column;
import vn.cchc.model.schema.TableSchema;

/** A row whose cells have been typed, and the violations found in it so far. */
public final class ParsedRow {
  /**
   * A violation before it is located in a file: the column's canonical name, the rule, the reason.
   */
  public record Violation(String column, RejectRule rule, String message) {}

  private final TableSchema table;
  private final Object[] values;

  /** Most rows break no rule: the list is made at the first violation. */
  private List<Violation> violations = List.of();

  public ParsedRow(TableSchema table, Object[] values) {
    this.table = table;
    this.values = values;
  }

  public TableSchema table() {
    return table;
  }

  public Object[] values() {
    return values;
  }

  public Object value(String column) {
    return values[index(column)];
  }

  private int index(String column) {
    List<Column> cols = table.columns();
    for (int i = 0; i < cols.size(); i++) {
      if (cols.get(i).name().equals(column)) {
        return i;
      }
    }
    throw new IllegalArgumentException("Cannot find column " + column + " in " + table.name());
  }

  public String str(String column) {
    return (String) value(column);
  }

  public Integer integer(String column) {
    return (Integer) value(column);
  }

  public Double dbl(String column) {
    return (Double) value(column);
  }

  public Boolean bool(String column) {
    return (Boolean) value(column);
  }

  public LocalDate date(String column) {
    return (LocalDate) value(column);
  }

  /**
   * The value of a coded text column as the constant of {@code type} it names; empty when the cell
   * is empty or its value is not one of the column's codes (which {@link RowRules} rejects before
   * the table's rules run).
   */
  public <E extends Enum<E>> Optional<E> code(String column, Class<E> type) {
    String code = str(column);
    Column declared = table.column(column);
    if (code == null || declared.codes().isEmpty() || !declared.codes().get().admits(code)) {
      return Optional.empty();
    }
    return Optional.of(Enum.valueOf(type, code));
  }

  /** Whether a rule already rejected the value of {@code column}; rules that need it then skip. */
  public boolean rejected(String column) {
    return violations.stream().anyMatch(v -> v.column().equals(column));
  }

  public void reject(String column, RejectRule rule, String messageVi) {
    if (violations.isEmpty()) {
      violations = new ArrayList<>();
    }
    violations.add(new Violation(column, rule, messageVi));
  }

  public List<Violation> violations() {
    return violations;
  }

  public boolean valid() {
    return violations.isEmpty();
  }
}
