package vn.cchc.report.model;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.trend.Basis;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.trend.TrendQueries;

/**
 * Every ranked unit's change against the previous year, on the basis its bloc's figures use ({@link
 * BlocReport#changeBasis}: as-was unless that compares nothing), from the query layer's trend rows:
 * the report's movers are the first and last of these.
 */
public final class UnitChanges {
  private UnitChanges() {}

  /**
   * One unit's change. Values are null where the basis has no previous value for the unit (a unit
   * formed this year, or not assessed last year); {@code reason} is the trend mart's {@code
   * comparability_reason}, also set where values exist but do not compare like with like (the
   * methodology changed, a partial restatement).
   */
  public record UnitChange(
      String unitKey,
      Double previousIndexPct,
      Double changePp,
      Integer previousRank,
      Integer rankChange,
      boolean comparable,
      String reason) {

    /** Whether the basis holds a previous value to compare with. */
    public boolean hasPrevious() {
      return previousIndexPct != null;
    }
  }

  /**
   * The bloc's changes by {@code unit_key} of the year's units; empty without a previous year. A
   * ranked unit without a trend row on the basis has no entry.
   */
  public static Map<String, UnitChange> of(
      QueryExecutor q, int year, Integer previousYear, BlocReport bloc) {
    Map<String, UnitChange> out = new LinkedHashMap<>();
    if (previousYear == null) {
      return out;
    }
    Basis basis = Basis.valueOf(bloc.changeBasis());
    for (ResultRow r :
        ResultRow.of(new TrendQueries(q).unitTrends(basis, Bloc.valueOf(bloc.bloc()), null))) {
      if (r.integer("year") != year) {
        continue;
      }
      String key = r.string("unit_key");
      out.put(
          key,
          new UnitChange(
              key,
              r.decimalOrNull("previous_index_pct"),
              r.decimalOrNull("change_pp"),
              r.integerOrNull("previous_rank"),
              r.integerOrNull("rank_change"),
              r.flag("comparable"),
              r.string("comparability_reason")));
    }
    return out;
  }
}
