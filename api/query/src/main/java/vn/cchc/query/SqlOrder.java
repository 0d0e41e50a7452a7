package vn.cchc.query;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import vn.cchc.model.methodology.Bloc;

/**
 * Sort keys in SQL: methodology codes naturally (3.2 before 3.10), coded values in the model's
 * order.
 */
public final class SqlOrder {
  private SqlOrder() {}

  public static String code(String column) {
    return "list_transform(string_split("
        + column
        + ", '.'), lambda x: try_cast(x AS INTEGER)), "
        + column;
  }

  /** Blocs in the order of {@link Bloc}: departments, districts, communes (the province last). */
  public static String bloc(String column) {
    return listed(column, Arrays.stream(Bloc.values()).map(Bloc::name).toList());
  }

  /** The position of the column's value in {@code values}; a value not listed sorts last. */
  public static String listed(String column, List<String> values) {
    return "CASE "
        + column
        + IntStream.range(0, values.size())
            .mapToObj(i -> " WHEN '" + values.get(i).replace("'", "''") + "' THEN " + i)
            .collect(Collectors.joining())
        + " ELSE "
        + values.size()
        + " END";
  }
}
