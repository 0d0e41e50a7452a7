package vn.cchc.model.methodology;

/**
 * A version of the methodology, in force for assessment years {@code fromYear} to {@code toYear}.
 *
 * @param toYear last year, or null while the version is in force
 */
public record MethodologyVersion(
    String code, String name, String legalBasis, int fromYear, Integer toYear) {

  public boolean appliesTo(int year) {
    return year >= fromYear && (toYear == null || year <= toYear);
  }

  /** Whether the two versions share at least one year. */
  public boolean overlaps(MethodologyVersion other) {
    int thisEnd = toYear == null ? Integer.MAX_VALUE : toYear;
    int otherEnd = other.toYear == null ? Integer.MAX_VALUE : other.toYear;
    return fromYear <= otherEnd && other.fromYear <= thisEnd;
  }
}
