package vn.cchc.model.schema;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One column of a warehouse table, declared once.
 *
 * @param name canonical English snake_case name, also the canonical header of input files
 * @param type logical type
 * @param presence whether inputs must carry it
 * @param labelVi the Vietnamese header a user would type, and the column's meaning for analysts
 * @param descriptionEn meaning and unit in English
 * @param aliases further accepted headers (compared after {@link HeaderNames#normalise})
 * @param defaultValue raw value used when an {@link Presence#OPTIONAL} cell is empty; null for none
 * @param codes the only values the column admits, when it is a coded column
 * @param upperCase whether users may type the column's codes in any case: input cells are stored
 *     upper case
 */
public record Column(
    String name,
    ColumnType type,
    Presence presence,
    String labelVi,
    String descriptionEn,
    List<String> aliases,
    String defaultValue,
    Optional<Codes> codes,
    boolean upperCase) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(presence, "presence");
    Objects.requireNonNull(labelVi, "labelVi");
    Objects.requireNonNull(descriptionEn, "descriptionEn");
    Objects.requireNonNull(codes, "codes");
    aliases = List.copyOf(aliases);
    if (upperCase && type != ColumnType.STRING) {
      throw new IllegalArgumentException(
          "Cannot declare column " + name + ": only text can be upper-cased");
    }
  }

  /** A column without codes, as declared before columns carried them. */
  public Column(
      String name,
      ColumnType type,
      Presence presence,
      String labelVi,
      String descriptionEn,
      List<String> aliases,
      String defaultValue) {
    this(
        name,
        type,
        presence,
        labelVi,
        descriptionEn,
        aliases,
        defaultValue,
        Optional.empty(),
        false);
  }

  public static Column required(
      String name, ColumnType type, String labelVi, String descriptionEn, String... aliases) {
    return new Column(
        name, type, Presence.REQUIRED, labelVi, descriptionEn, List.of(aliases), null);
  }

  public static Column nullable(
      String name, ColumnType type, String labelVi, String descriptionEn, String... aliases) {
    return new Column(
        name, type, Presence.NULLABLE, labelVi, descriptionEn, List.of(aliases), null);
  }

  public static Column optional(
      String name, ColumnType type, String labelVi, String descriptionEn, String... aliases) {
    return new Column(
        name, type, Presence.OPTIONAL, labelVi, descriptionEn, List.of(aliases), null);
  }

  /** The same column with a default for empty or absent cells. */
  public Column withDefault(String value) {
    return new Column(
        name, type, presence, labelVi, descriptionEn, aliases, value, codes, upperCase);
  }

  /**
   * The same column admitting only {@code allowed}: a value outside them is refused, whatever the
   * table.
   */
  public Column coded(Codes allowed) {
    return new Column(
        name,
        type,
        presence,
        labelVi,
        descriptionEn,
        aliases,
        defaultValue,
        Optional.of(allowed),
        upperCase);
  }

  /** The same column with its input cells folded to upper case, so "so" and "SO" are one code. */
  public Column upperCased() {
    return new Column(
        name, type, presence, labelVi, descriptionEn, aliases, defaultValue, codes, true);
  }

  /** Every header that names this column: the canonical name, the Vietnamese label, the aliases. */
  public List<String> headers() {
    var all = new ArrayList<String>();
    all.add(name);
    all.add(labelVi);
    all.addAll(aliases);
    return all;
  }
}
