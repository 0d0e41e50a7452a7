package vn.cchc.transforms.trend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Restates a unit onto the units that existed in an earlier year. A unit whose predecessor links take
 * effect after 31 December of the year is replaced by its predecessors, each weighted by its share, and
 * so on down the chain (a 2024 department → a March-2025 merged department → a July-2025 merged
 * department); a unit that existed that day and has no later predecessors stands for itself.
 */
public final class UnitLineage {
  /** A unit's validity, from the registry. */
  public record Validity(LocalDate validFrom, LocalDate validTo) {
    boolean existsOn(LocalDate day) {
      return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }
  }

  /** One predecessor edge. */
  public record Link(String fromCode, String toCode, LocalDate effectiveDate, double share) {}

  /** A unit of the year the value is restated from, with its composed weight. */
  public record Leaf(String unitCode, double weight) {}

  private static final int MAX_DEPTH = 32;

  private final Map<String, Validity> units;
  private final Map<String, List<Link>> predecessors = new HashMap<>();

  public UnitLineage(Map<String, Validity> units, List<Link> links) {
    this.units = Map.copyOf(units);
    for (Link l : links) {
      predecessors.computeIfAbsent(l.toCode(), k -> new ArrayList<>()).add(l);
    }
  }

  /** The units of {@code year} that {@code unitCode} is made of, with weights summing to 1. */
  public List<Leaf> leaves(String unitCode, int year) {
    List<Leaf> out = new ArrayList<>();
    expand(unitCode, LocalDate.of(year, 12, 31), 1.0, 0, out);
    return out;
  }

  private void expand(String code, LocalDate lastDay, double weight, int depth, List<Leaf> out) {
    List<Link> later = predecessors.getOrDefault(code, List.of()).stream()
        .filter(l -> l.effectiveDate().isAfter(lastDay)).toList();
    if (later.isEmpty() || depth >= MAX_DEPTH) {
      out.add(new Leaf(code, weight));
      return;
    }
    for (Link l : later) {
      if (l.fromCode().equals(code)) {
        out.add(new Leaf(code, weight * l.share()));
      } else {
        expand(l.fromCode(), lastDay, weight * l.share(), depth + 1, out);
      }
    }
  }

  public boolean existsOn(String unitCode, LocalDate day) {
    Validity v = units.get(unitCode);
    return v != null && v.existsOn(day);
  }
}
