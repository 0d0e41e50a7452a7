package vn.cchc.query.map;

import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.trend.Basis;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;
import vn.cchc.query.UnitSql;

/**
 * The values of the province's map: today's communes (the XA versions existing on 31 December of
 * the latest index year), each with its index and band of a year. For an earlier year a commune
 * formed in the restructuring has no index of its own, so the map shows its AS_IS value (mart
 * {@code index_trends}, basis AS_IS: the share-weighted index of its predecessors), banded with
 * that year's scale.
 *
 * <p>The boundaries are {@link #BOUNDARIES_RESOURCE} (GeoJSON, MIT, the notice in {@link
 * #BOUNDARIES_LICENCE_RESOURCE}); a feature's {@code ward_code} is the {@code unit_code} of a row.
 */
public final class CommuneMapQueries {
  /** The commune boundaries on the classpath, served as {@link #BOUNDARIES_PATH}. */
  public static final String BOUNDARIES_RESOURCE =
      "META-INF/resources/dashboard/assets/geo/an_giang_communes_2025.geojson";

  public static final String BOUNDARIES_LICENCE_RESOURCE =
      "META-INF/resources/dashboard/assets/geo/LICENSE-vietnamese-provinces-database.txt";
  public static final String BOUNDARIES_PATH =
      "/dashboard/assets/geo/an_giang_communes_2025.geojson";

  /** The feature property that holds the commune's official code. */
  public static final String CODE_PROPERTY = "ward_code";

  /** {@code value_source}: the commune's own index of the year. */
  public static final String SOURCE_INDEX = "INDEX";

  /** {@code value_source}: restated onto the commune from its predecessors (AS_IS). */
  public static final String SOURCE_AS_IS = Basis.AS_IS.name();

  private final QueryExecutor q;

  public CommuneMapQueries(QueryExecutor q) {
    this.q = q;
  }

  /**
   * One row per commune of today, by code: unit_key, unit_code, unit_name, unit_label, year,
   * index_pct, index_pct_rounded, band, band_label, rank_in_bloc, value_source (INDEX, AS_IS, or
   * null when the commune has no value for the year), restated, partial, restated_from,
   * communes_year (the year whose communes are drawn).
   */
  public QueryResult communes(int year) {
    return q.query(
        """
        WITH latest AS (SELECT max(year) AS y FROM index_scores),
        today AS (SELECT u.* FROM %1$s u, latest WHERE u.bloc = '%5$s' AND %2$s),
        restated AS (SELECT * FROM index_trends WHERE basis = '%6$s' AND year = ? AND bloc = '%5$s'),
        restated_band AS (
          SELECT t.unit_key, arg_max(b.band, b.min_pct) AS band, arg_max(b.label, b.min_pct) AS band_label
          FROM restated t JOIN raw_bands b ON b.version = t.version AND b.bloc = t.bloc
               AND b.min_pct <= round(t.index_pct, 2)
          GROUP BY t.unit_key)
        SELECT c.unit_key, c.unit_code, c.name AS unit_name, c.label AS unit_label, CAST(? AS INTEGER) AS year,
               coalesce(i.index_pct, t.index_pct) AS index_pct,
               round(coalesce(i.index_pct, t.index_pct), 2) AS index_pct_rounded,
               CASE WHEN i.unit_key IS NOT NULL THEN i.band ELSE rb.band END AS band,
               CASE WHEN i.unit_key IS NOT NULL THEN i.band_label ELSE rb.band_label END AS band_label,
               coalesce(i.rank_in_bloc, t.rank_in_bloc) AS rank_in_bloc,
               CASE WHEN i.unit_key IS NOT NULL THEN '%3$s' WHEN t.unit_key IS NOT NULL THEN '%4$s' END AS value_source,
               coalesce(t.restated, false) AND i.unit_key IS NULL AS restated,
               CASE WHEN i.unit_key IS NULL THEN t.partial END AS partial,
               CASE WHEN i.unit_key IS NULL THEN t.restated_from END AS restated_from,
               (SELECT y FROM latest) AS communes_year
        FROM today c
        LEFT JOIN index_scores i ON i.year = ? AND i.unit_key = c.unit_key
        LEFT JOIN restated t ON t.unit_key = c.unit_key
        LEFT JOIN restated_band rb ON rb.unit_key = c.unit_key
        ORDER BY c.unit_code"""
            .formatted(
                UnitSql.VERSIONS,
                UnitSql.assessedIn("u", "latest.y"),
                SOURCE_INDEX,
                SOURCE_AS_IS,
                Bloc.XA.name(),
                Basis.AS_IS.name()),
        year,
        year,
        year);
  }
}
