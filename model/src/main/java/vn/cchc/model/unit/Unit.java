package vn.cchc.model.unit;

import java.time.LocalDate;
import vn.cchc.model.methodology.Bloc;

/**
 * One version of a unit of the registry: an official code over a period. Official codes are reused
 * (on 1 July 2025 most new communes took the code of one of their predecessors, and the new An
 * Giang took Kiên Giang's 91), so a code names a unit only together with a date; {@link #key()}
 * names the version.
 *
 * <p>A unit is assessed for year Y when it exists on 31 December of Y: a department merged away in
 * March 2025 or a district abolished on 1 July 2025 has no 2025 index, its successor has.
 *
 * @param parentCode the unit above it on every day of the period, resolved at each date like any
 *     code
 * @param validTo last day, or null while the unit exists
 */
public record Unit(
    String code,
    String name,
    Bloc bloc,
    String parentCode,
    LocalDate validFrom,
    LocalDate validTo) {

  /** The stable key of this version, {@code code@valid_from}, e.g. {@code 30307@2025-07-01}. */
  public String key() {
    return UnitKey.of(code, validFrom);
  }

  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  public boolean assessedIn(int year) {
    return bloc.ranked() && validOn(UnitKey.assessmentDay(year));
  }

  /** Whether the two versions share at least one day. */
  public boolean overlaps(Unit other) {
    return (validTo == null || !other.validFrom.isAfter(validTo))
        && (other.validTo == null || !validFrom.isAfter(other.validTo));
  }

  /** The period in the form users read, e.g. {@code 01/07/2025 – nay}. */
  public String periodVi() {
    return UnitKey.periodVi(validFrom, validTo);
  }
}
