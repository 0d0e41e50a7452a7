package vn.cchc.model.unit;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The time-aware unit registry with its lineage. */
public final class UnitRegistry {
  private final Map<String, Unit> units = new LinkedHashMap<>();
  private final List<LineageLink> lineage;

  public UnitRegistry(Collection<Unit> units, Collection<LineageLink> lineage) {
    for (Unit unit : units) {
      this.units.put(unit.code(), unit);
    }
    this.lineage = List.copyOf(lineage);
  }

  public Optional<Unit> unit(String code) {
    return Optional.ofNullable(units.get(code));
  }

  public Collection<Unit> units() {
    return units.values();
  }

  public List<LineageLink> lineage() {
    return lineage;
  }

  /** Units assessed in a year (existing on its 31 December, in a ranked bloc). */
  public List<Unit> assessedIn(int year) {
    return units.values().stream().filter(u -> u.assessedIn(year)).toList();
  }

  public List<LineageLink> predecessorsOf(String code) {
    return lineage.stream().filter(l -> l.toCode().equals(code)).toList();
  }
}
