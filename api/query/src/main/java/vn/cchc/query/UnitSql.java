package vn.cchc.query;

/**
 * SQL over the registry's unit versions ({@code raw_units}, where one official code may have
 * several rows with periods that do not overlap). Every query that names a unit joins {@link
 * #VERSIONS} on {@code unit_key}, never on the code alone, so that a reused code (Phường Mỹ Long
 * 30307 until 30 June 2025, Phường Long Xuyên 30307 from 1 July) never mixes two units.
 */
public final class UnitSql {
  private UnitSql() {}

  /** Far future, for the open end of a period. */
  static final String OPEN_END = "DATE '9999-12-31'";

  /**
   * One row per version: {@code unit_key} ({@code code@valid_from}, as the marts write it), the
   * registry columns, {@code period_vi} ({@code 01/07/2025 – nay}), {@code code_versions} (how many
   * versions the code has in the whole registry) and {@code label}: the name, followed by the code
   * and the period when the code denotes several units, e.g. {@code Phường Mỹ Long (30307,
   * 01/01/2015 – 30/06/2025)}.
   */
  public static final String VERSIONS =
      """
      (SELECT v.*, CASE WHEN v.code_versions > 1 THEN v.name || ' (' || v.unit_code || ', ' || v.period_vi || ')'
                        ELSE v.name END AS label
       FROM (SELECT r.unit_code || '@' || CAST(r.valid_from AS VARCHAR) AS unit_key, r.unit_code, r.name, r.bloc,
                    r.parent_code, r.valid_from, r.valid_to,
                    strftime(r.valid_from, '%d/%m/%Y') || ' – ' || coalesce(strftime(r.valid_to, '%d/%m/%Y'), 'nay')
                      AS period_vi,
                    count(*) OVER (PARTITION BY r.unit_code) AS code_versions
             FROM raw_units r) v)""";

  /**
   * The lineage with both ends resolved to versions by the contract's rules: {@code from_code} is
   * the version valid the day before {@code effective_date}, {@code to_code} the version valid on
   * it. Columns: the link's own, then {@code from_key, from_name, from_valid_from, from_valid_to,
   * from_label} and the same for {@code to_}. An end that does not resolve stays null (the row is
   * kept).
   */
  public static final String RESOLVED_LINEAGE =
      """
      (SELECT l.from_code, l.to_code, l.effective_date, l.kind, l.share,
              f.unit_key AS from_key, f.name AS from_name, f.valid_from AS from_valid_from, f.valid_to AS from_valid_to,
              f.label AS from_label,
              t.unit_key AS to_key, t.name AS to_name, t.valid_from AS to_valid_from, t.valid_to AS to_valid_to,
              t.label AS to_label
       FROM raw_unit_lineage l
       LEFT JOIN %1$s f ON f.unit_code = l.from_code
            AND CAST(l.effective_date - INTERVAL 1 DAY AS DATE) BETWEEN f.valid_from AND coalesce(f.valid_to, %2$s)
       LEFT JOIN %1$s t ON t.unit_code = l.to_code
            AND l.effective_date BETWEEN t.valid_from AND coalesce(t.valid_to, %2$s))"""
          .formatted(VERSIONS, OPEN_END);

  /**
   * SQL true when {@code day} (an SQL date expression) falls in the period of the version {@code
   * alias}.
   */
  public static String validOn(String alias, String day) {
    return day
        + " BETWEEN "
        + alias
        + ".valid_from AND coalesce("
        + alias
        + ".valid_to, "
        + OPEN_END
        + ")";
  }

  /**
   * SQL true when the version {@code alias} exists on 31 December of {@code year} (an SQL integer
   * expression).
   */
  public static String assessedIn(String alias, String year) {
    return validOn(alias, "make_date(CAST(" + year + " AS INTEGER), 12, 31)");
  }
}
