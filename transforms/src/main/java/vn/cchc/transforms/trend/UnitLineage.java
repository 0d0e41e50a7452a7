package vn.cchc.transforms.trend;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import vn.cchc.model.unit.LineageKind;
import vn.cchc.model.unit.LineageLink;
import vn.cchc.model.unit.Unit;
import vn.cchc.model.unit.UnitKey;
import vn.cchc.model.unit.UnitRegistry;

/**
 * The lineage as a graph over unit versions, and the restatement of a unit onto an earlier year.
 *
 * <p>A link joins the version of its from_code valid the day before its effective date to the
 * version of its to_code valid on it ({@link UnitRegistry#predecessor}, {@link
 * UnitRegistry#successor}). To restate version V onto year Y: take V's links effective after 31
 * December of Y (and not after the date V stands for); of those, the latest date's links say what V
 * was made of the day before; each predecessor, weighted by its share, is restated in turn as it
 * was that day, and so on down the chain (a 2024 department → a March-2025 merged department → a
 * July-2025 merged department). A version without such links stands for itself. Every step goes
 * strictly back in time, so the walk ends; a predecessor divided between several successors appears
 * in each with its share there.
 *
 * <p>Links that cannot be followed are set aside, never half-used: a link one of whose codes has no
 * version on its day ({@link #unresolved}), and links on a cycle of the version graph ({@link
 * #cyclic}: a version that is through its links its own predecessor, including a link from a
 * version to itself), which ingestion rejects as well.
 */
public final class UnitLineage {
  /** A link resolved to versions. */
  public record VersionLink(
      String fromKey,
      String fromCode,
      String toKey,
      String toCode,
      LocalDate effectiveDate,
      LineageKind kind,
      double share) {}

  /** A link whose codes do not all resolve: {@code codes} are those that do not. */
  public record UnresolvedLink(LineageLink link, List<String> codes) {}

  /** A version of the year the value is restated from, with its composed weight. */
  public record Leaf(String unitKey, double weight) {}

  private final List<VersionLink> usable = new ArrayList<>();
  private final List<VersionLink> cyclic = new ArrayList<>();
  private final List<UnresolvedLink> unresolved = new ArrayList<>();
  private final Map<String, List<VersionLink>> into = new HashMap<>();

  private UnitLineage(UnitRegistry registry) {
    List<VersionLink> resolved = new ArrayList<>();
    for (LineageLink l : registry.lineage()) {
      Optional<Unit> from = registry.predecessor(l);
      Optional<Unit> to = registry.successor(l);
      if (from.isEmpty() || to.isEmpty()) {
        List<String> codes = new ArrayList<>();
        if (from.isEmpty()) {
          codes.add(l.fromCode());
        }
        if (to.isEmpty() && !codes.contains(l.toCode())) {
          codes.add(l.toCode());
        }
        unresolved.add(new UnresolvedLink(l, codes));
        continue;
      }
      resolved.add(
          new VersionLink(
              from.get().key(),
              l.fromCode(),
              to.get().key(),
              l.toCode(),
              l.effectiveDate(),
              l.kind(),
              l.share()));
    }
    Map<String, Integer> component = components(resolved);
    for (VersionLink l : resolved) {
      boolean onCycle = component.get(l.fromKey()).equals(component.get(l.toKey()));
      (onCycle ? cyclic : usable).add(l);
    }
    for (VersionLink l : usable) {
      into.computeIfAbsent(l.toKey(), k -> new ArrayList<>()).add(l);
    }
  }

  public static UnitLineage of(UnitRegistry registry) {
    return new UnitLineage(registry);
  }

  /** The links the restatement follows: resolved, not on a cycle. */
  public List<VersionLink> usable() {
    return List.copyOf(usable);
  }

  /** Resolved links on a cycle of the version graph: set aside. */
  public List<VersionLink> cyclic() {
    return List.copyOf(cyclic);
  }

  /** Links with a code that has no version on its day: set aside. */
  public List<UnresolvedLink> unresolved() {
    return List.copyOf(unresolved);
  }

  /**
   * The versions of {@code year} that version {@code unitKey}, as it stood on {@code asOf}, is made
   * of, each once with its composed weight, sorted by key. The weights sum to 1 when every share of
   * every step does.
   */
  public List<Leaf> leaves(String unitKey, int year, LocalDate asOf) {
    Map<String, Double> out = new TreeMap<>();
    expand(unitKey, UnitKey.assessmentDay(year), asOf, 1.0, out);
    return out.entrySet().stream().map(e -> new Leaf(e.getKey(), e.getValue())).toList();
  }

  private void expand(
      String key, LocalDate day, LocalDate bound, double weight, Map<String, Double> out) {
    List<VersionLink> later =
        into.getOrDefault(key, List.of()).stream()
            .filter(l -> l.effectiveDate().isAfter(day) && !l.effectiveDate().isAfter(bound))
            .toList();
    if (later.isEmpty()) {
      out.merge(key, weight, Double::sum);
      return;
    }
    LocalDate last =
        later.stream().map(VersionLink::effectiveDate).max(Comparator.naturalOrder()).orElseThrow();
    for (VersionLink l : later) {
      if (l.effectiveDate().equals(last)) {
        expand(l.fromKey(), day, last.minusDays(1), weight * l.share(), out);
      }
    }
  }

  /**
   * Strongly connected components of the version graph (Kosaraju, iterative); a self-link is one
   * too.
   */
  private static Map<String, Integer> components(List<VersionLink> links) {
    Map<String, List<String>> forward = new LinkedHashMap<>();
    Map<String, List<String>> backward = new LinkedHashMap<>();
    for (VersionLink l : links) {
      forward.computeIfAbsent(l.fromKey(), k -> new ArrayList<>());
      forward.computeIfAbsent(l.toKey(), k -> new ArrayList<>());
      backward.computeIfAbsent(l.fromKey(), k -> new ArrayList<>());
      backward.computeIfAbsent(l.toKey(), k -> new ArrayList<>());
      if (!l.fromKey().equals(l.toKey())) {
        forward.get(l.fromKey()).add(l.toKey());
        backward.get(l.toKey()).add(l.fromKey());
      }
    }
    List<String> finished = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String start : forward.keySet()) {
      if (!seen.add(start)) {
        continue;
      }
      Deque<Map.Entry<String, Integer>> stack = new ArrayDeque<>();
      stack.push(Map.entry(start, 0));
      while (!stack.isEmpty()) {
        Map.Entry<String, Integer> top = stack.pop();
        List<String> next = forward.get(top.getKey());
        if (top.getValue() < next.size()) {
          stack.push(Map.entry(top.getKey(), top.getValue() + 1));
          String n = next.get(top.getValue());
          if (seen.add(n)) {
            stack.push(Map.entry(n, 0));
          }
        } else {
          finished.add(top.getKey());
        }
      }
    }
    Map<String, Integer> component = new HashMap<>();
    int components = 0;
    for (int i = finished.size() - 1; i >= 0; i--) {
      String root = finished.get(i);
      if (component.containsKey(root)) {
        continue;
      }
      int id = components++;
      Deque<String> stack = new ArrayDeque<>();
      stack.push(root);
      component.put(root, id);
      while (!stack.isEmpty()) {
        for (String p : backward.get(stack.pop())) {
          if (!component.containsKey(p)) {
            component.put(p, id);
            stack.push(p);
          }
        }
      }
    }
    return component;
  }
}
