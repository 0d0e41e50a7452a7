package vn.cchc.model.unit;

import java.time.LocalDate;
import vn.cchc.model.methodology.Bloc;

/**
 * A unit of the registry. A unit is assessed for year Y when it exists on 31 December of Y: a department
 * merged away in March 2025 or a district abolished on 1 July 2025 has no 2025 index, its successor has.
 *
 * @param validTo last day, or null while the unit exists
 */
public record Unit(String code, String name, Bloc bloc, String parentCode, LocalDate validFrom, LocalDate validTo) {

  public boolean validOn(LocalDate day) {
    return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
  }

  public boolean assessedIn(int year) {
    return bloc.ranked() && validOn(LocalDate.of(year, 12, 31));
  }
}
