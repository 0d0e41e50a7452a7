package vn.cchc.report.model;

import java.util.Objects;

/**
 * A unit version as the report names it: its key ({@code code@valid_from}, what the report groups
 * and joins by), its official code and name, and the label the query layer gives it, which adds the
 * code and the period when the code denotes several units in the registry (Phường Mỹ Long (30307,
 * 01/01/2015 – 30/06/2025)); otherwise the label is the name.
 */
public record UnitRef(String key, String code, String name, String label) {

  public UnitRef {
    Objects.requireNonNull(key, "key");
    name = name == null ? code : name;
    label = label == null ? name : label;
  }

  /**
   * From a query-layer row with {@code unit_key}, {@code unit_code}, {@code unit_name} and {@code
   * unit_label}.
   */
  static UnitRef of(ResultRow row) {
    Object key = row.value("unit_key");
    if (key == null) {
      throw new IllegalStateException("Cannot name a unit without its unit_key: " + row);
    }
    return new UnitRef(
        (String) key, row.string("unit_code"), row.string("unit_name"), row.string("unit_label"));
  }

  /** Whether the registry holds another unit under the same code (the label then says which). */
  public boolean codeReused() {
    return !label.equals(name);
  }

  /**
   * The name with the official code, as tables print it: {@code Sở Nội vụ (SO_NV)}, or the label
   * with its period where the code was reused.
   */
  public String withCode() {
    return codeReused() || code == null ? label : name + " (" + code + ")";
  }
}
