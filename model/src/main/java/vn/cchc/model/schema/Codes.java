package vn.cchc.model.schema;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values a coded column admits, in their declared order. Taken from an enum of the model so
 * that validation, transforms, queries and documentation read one list and never retype it.
 *
 * @param values the codes as the warehouse stores them, e.g. {@code SO}, {@code HUYEN}, {@code XA}
 */
public record Codes(List<String> values) {
  public Codes {
    values = List.copyOf(values);
    if (values.isEmpty()) {
      throw new IllegalArgumentException("Cannot declare codes: none given");
    }
  }

  /** Every constant of {@code type}, by name. */
  public static <E extends Enum<E>> Codes of(Class<E> type) {
    return of(EnumSet.allOf(type));
  }

  /** The given constants, by name, in their declaration order. */
  public static <E extends Enum<E>> Codes of(Collection<E> constants) {
    return new Codes(constants.stream().sorted().map(Enum::name).toList());
  }

  /**
   * Every constant of {@code type}, by the code {@code code} gives it (e.g. an appraisal round's
   * number).
   */
  public static <E extends Enum<E>> Codes of(Class<E> type, Function<E, String> code) {
    return new Codes(Arrays.stream(type.getEnumConstants()).map(code).toList());
  }

  /**
   * The constant of {@code type} a cell names, compared exactly; empty for null or a code the model
   * does not know (a mart of an older release, say), which a reader then shows as it is.
   */
  public static <E extends Enum<E>> Optional<E> constant(Class<E> type, String code) {
    return Arrays.stream(type.getEnumConstants()).filter(c -> c.name().equals(code)).findFirst();
  }

  /**
   * These codes preceded by {@code first}, for a column that adds one code to an enum's (e.g.
   * OVERALL).
   */
  public Codes withFirst(String first) {
    List<String> all = new ArrayList<>();
    all.add(first);
    all.addAll(values);
    return new Codes(all);
  }

  /**
   * Whether {@code code} is one of the values, compared exactly (cells of upper-cased columns are
   * folded first).
   */
  public boolean admits(String code) {
    return values.contains(code);
  }

  /** The values as a Vietnamese sentence lists them: "SO, HUYEN hoặc XA". */
  public String listVi() {
    if (values.size() == 1) {
      return values.get(0);
    }
    return String.join(", ", values.subList(0, values.size() - 1))
        + " hoặc "
        + values.get(values.size() - 1);
  }
}
