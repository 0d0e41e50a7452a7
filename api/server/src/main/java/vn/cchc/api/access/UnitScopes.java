package vn.cchc.api.access;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.cchc.model.error.CchcException;
import vn.cchc.query.Dimensions;
import vn.cchc.query.QueryExecutor;
import vn.cchc.query.QueryResult;
import vn.cchc.query.UnitSql;

/**
 * What a UNIT user's units are in the current release: each reference it was given (an official
 * code, naming the code's newest version, or a {@code code@date} key) and, following the lineage
 * back, every predecessor — merged, divided or renamed — so that the successor's officials see the
 * history of the units it took over. A commune divided between successors is in the scope of each.
 * A reference the release does not know is left out (and logged): the user then sees only what is
 * published. Memoised per release.
 */
public final class UnitScopes {
  private static final Logger LOG = LoggerFactory.getLogger(UnitScopes.class);

  /** A UNIT user's units: the ones named (key → label), and every key in scope. */
  public record Scope(Map<String, String> named, Set<String> keys) {
    public boolean contains(String unitKey) {
      return keys.contains(unitKey);
    }

    /** The named units as a reader sees them, for a refusal. */
    public String describe() {
      return named.isEmpty() ? "không có" : String.join("; ", named.values());
    }
  }

  private final QueryExecutor q;
  private final Dimensions dimensions;
  private final Map<List<String>, Scope> memo = new ConcurrentHashMap<>();
  private volatile Object memoRelease;

  public UnitScopes(QueryExecutor q, Dimensions dimensions) {
    this.q = q;
    this.dimensions = dimensions;
  }

  public Scope resolve(List<String> refs) {
    Object release = q.releaseKey();
    if (release == null) {
      return compute(refs);
    }
    if (!Objects.equals(release, memoRelease)) {
      memo.clear();
      memoRelease = release;
    }
    return memo.computeIfAbsent(List.copyOf(refs), this::compute);
  }

  private Scope compute(List<String> refs) {
    Map<String, String> named = new LinkedHashMap<>();
    for (String ref : refs) {
      try {
        Map<String, Object> unit = dimensions.unit(Dimensions.unitRef("unit", ref));
        named.put((String) unit.get("unit_key"), String.valueOf(unit.get("label")));
      } catch (CchcException e) {
        LOG.warn("Bỏ qua đơn vị {} trong phạm vi của người dùng: {}", ref, e.getMessage());
      }
    }
    Map<String, List<String>> predecessors = new HashMap<>();
    QueryResult edges =
        q.query(
            "WITH l AS %s SELECT from_key, to_key FROM l WHERE from_key IS NOT NULL AND to_key IS NOT NULL"
                .formatted(UnitSql.RESOLVED_LINEAGE));
    for (List<Object> e : edges.rows()) {
      predecessors
          .computeIfAbsent((String) e.get(1), k -> new ArrayList<>())
          .add((String) e.get(0));
    }
    Set<String> keys = new LinkedHashSet<>(named.keySet());
    Deque<String> todo = new ArrayDeque<>(named.keySet());
    while (!todo.isEmpty()) {
      for (String p : predecessors.getOrDefault(todo.pop(), List.of())) {
        if (keys.add(p)) {
          todo.push(p);
        }
      }
    }
    return new Scope(Collections.unmodifiableMap(named), Set.copyOf(keys));
  }
}
