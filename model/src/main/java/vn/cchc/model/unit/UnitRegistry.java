package vn.cchc.model.unit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The time-aware unit registry with its lineage. A code may name several units over periods that do
 * not overlap; every reference resolves a code at a date:
 *
 * <ul>
 *   <li>a score, appraisal, adjustment or survey answer of year Y: the version assessed in Y (valid
 *       on 31 December of Y), {@link #assessedVersion};
 *   <li>an inspection: the version valid on its start date, {@link #versionOn};
 *   <li>a lineage link: its {@code from_code} the version valid the day before the effective date,
 *       its {@code to_code} the version valid on it ({@link #predecessor}, {@link #successor}), so
 *       that {@code 30307 → 30307} on 2025-07-01 links Phường Mỹ Long to Phường Long Xuyên;
 *   <li>a parent code: the versions valid over the child's whole period.
 * </ul>
 */
public final class UnitRegistry {
  private final Map<String, List<Unit>> versions = new LinkedHashMap<>();
  private final Map<String, Unit> byKey = new LinkedHashMap<>();
  private final List<LineageLink> lineage;

  public UnitRegistry(Collection<Unit> units, Collection<LineageLink> lineage) {
    for (Unit unit : units) {
      versions.computeIfAbsent(unit.code(), k -> new ArrayList<>()).add(unit);
      byKey.put(unit.key(), unit);
    }
    versions.values().forEach(v -> v.sort(Comparator.comparing(Unit::validFrom)));
    this.lineage = List.copyOf(lineage);
  }

  /** Every version of a code, oldest first; empty when the registry has no such code. */
  public List<Unit> versions(String code) {
    return versions.getOrDefault(code, List.of());
  }

  public boolean knows(String code) {
    return versions.containsKey(code);
  }

  /** The version with this key ({@code code@valid_from}). */
  public Optional<Unit> byKey(String key) {
    return Optional.ofNullable(byKey.get(key));
  }

  /** The version of {@code code} valid on {@code day}. */
  public Optional<Unit> versionOn(String code, LocalDate day) {
    return versions(code).stream().filter(u -> u.validOn(day)).findFirst();
  }

  /** The version of {@code code} that exists on 31 December of {@code year}. */
  public Optional<Unit> assessedVersion(String code, int year) {
    return versionOn(code, UnitKey.assessmentDay(year));
  }

  /** The newest version of a code: the one a bare code means where no date is given. */
  public Optional<Unit> latest(String code) {
    List<Unit> v = versions(code);
    return v.isEmpty() ? Optional.empty() : Optional.of(v.get(v.size() - 1));
  }

  /** The predecessor version of a link: its from_code valid the day before the effective date. */
  public Optional<Unit> predecessor(LineageLink link) {
    return versionOn(link.fromCode(), link.effectiveDate().minusDays(1));
  }

  /** The successor version of a link: its to_code valid on the effective date. */
  public Optional<Unit> successor(LineageLink link) {
    return versionOn(link.toCode(), link.effectiveDate());
  }

  /** Every unit version, in registry order. */
  public Collection<Unit> units() {
    return byKey.values();
  }

  public List<LineageLink> lineage() {
    return lineage;
  }

  /** Units assessed in a year (existing on its 31 December, in a ranked bloc). */
  public List<Unit> assessedIn(int year) {
    return byKey.values().stream().filter(u -> u.assessedIn(year)).toList();
  }

  /** The links whose successor version is {@code unit}. */
  public List<LineageLink> predecessorsOf(Unit unit) {
    return lineage.stream()
        .filter(
            l -> l.toCode().equals(unit.code()) && successor(l).filter(unit::equals).isPresent())
        .toList();
  }
}
