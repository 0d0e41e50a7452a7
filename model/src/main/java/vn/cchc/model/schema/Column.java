package vn.cchc.model.schema;

import java.util.List;
import java.util.Objects;

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
 */
public record Column(
    String name,
    ColumnType type,
    Presence presence,
    String labelVi,
    String descriptionEn,
    List<String> aliases,
    String defaultValue) {

  public Column {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(presence, "presence");
    Objects.requireNonNull(labelVi, "labelVi");
    Objects.requireNonNull(descriptionEn, "descriptionEn");
    aliases = List.copyOf(aliases);
  }

  public static Column required(String name, ColumnType type, String labelVi, String descriptionEn, String... aliases) {
    return new Column(name, type, Presence.REQUIRED, labelVi, descriptionEn, List.of(aliases), null);
  }

  public static Column nullable(String name, ColumnType type, String labelVi, String descriptionEn, String... aliases) {
    return new Column(name, type, Presence.NULLABLE, labelVi, descriptionEn, List.of(aliases), null);
  }

  public static Column optional(String name, ColumnType type, String labelVi, String descriptionEn, String... aliases) {
    return new Column(name, type, Presence.OPTIONAL, labelVi, descriptionEn, List.of(aliases), null);
  }

  /** The same column with a default for empty or absent cells. */
  public Column withDefault(String value) {
    return new Column(name, type, presence, labelVi, descriptionEn, aliases, value);
  }

  /** Every header that names this column: the canonical name, the Vietnamese label, the aliases. */
  public List<String> headers() {
    var all = new java.util.ArrayList<String>();
    all.add(name);
    all.add(labelVi);
    all.addAll(aliases);
    return all;
  }
}
