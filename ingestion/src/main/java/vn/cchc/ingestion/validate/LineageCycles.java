package vn.cchc.ingestion.validate;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.cchc.ingestion.commit.Staging;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.unit.LineageKind;
import vn.cchc.model.unit.LineageLink;
import vn.cchc.model.unit.Unit;
import vn.cchc.model.unit.UnitRegistry;

/**
 * Lineage must not loop: a unit version that is, through its links, its own predecessor would be
 * counted twice in every restated value. A reused code is no loop: 30307 → 30307 links two
 * versions. The links of a cycle that this batch brings are rejected, each naming the whole cycle.
 */
final class LineageCycles {
  private record Edge(
      String from, String to, String sourceFile, long sourceRow, String batchId, String fromCode) {}

  private LineageCycles() {}

  static List<Consistency.Breach> find(Staging staging, String batchId) throws SQLException {
    UnitRegistry registry = new UnitRegistry(ReferenceLoader.units(staging), List.of());
    List<Edge> edges = new ArrayList<>();
    for (Edge e :
        staging.query(
            "SELECT from_code, to_code, effective_date, source_file, source_row, batch_id FROM "
                + Staging.next(InputTables.UNIT_LINEAGE),
            rs -> {
              LineageLink link =
                  new LineageLink(
                      rs.getString(1),
                      rs.getString(2),
                      rs.getObject(3, LocalDate.class),
                      LineageKind.MERGE,
                      1);
              Optional<Unit> from = registry.predecessor(link);
              Optional<Unit> to = registry.successor(link);
              return from.isEmpty() || to.isEmpty()
                  ? null
                  : new Edge(
                      from.get().key(),
                      to.get().key(),
                      rs.getString(4),
                      rs.getLong(5),
                      rs.getString(6),
                      link.fromCode());
            })) {
      if (e != null) {
        edges.add(e);
      }
    }
    List<Consistency.Breach> out = new ArrayList<>();
    for (List<Edge> cycle : cycles(edges)) {
      String path =
          String.join(" → ", cycle.stream().map(Edge::from).toList()) + " → " + cycle.get(0).from();
      String rows =
          String.join(
              ", ", cycle.stream().map(e -> e.sourceFile() + " dòng " + e.sourceRow()).toList());
      for (Edge e : cycle) {
        if (e.batchId().equals(batchId)) {
          out.add(
              new Consistency.Breach(
                  e.sourceFile(),
                  e.sourceRow(),
                  "from_code",
                  e.fromCode(),
                  "Liên kết tạo vòng lặp trong lịch sử đơn vị: "
                      + path
                      + " ("
                      + rows
                      + "); một đơn vị không thể là tiền thân của chính nó"));
        }
      }
    }
    return out;
  }

  /**
   * One cycle per strongly connected component with more than one version (Tarjan), as its edges in
   * order.
   */
  private static List<List<Edge>> cycles(List<Edge> edges) {
    Map<String, List<Edge>> out = new HashMap<>();
    for (Edge e : edges) {
      out.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(e);
    }
    Map<String, Integer> index = new HashMap<>();
    Map<String, Integer> low = new HashMap<>();
    Map<String, Integer> component = new HashMap<>();
    Deque<String> stack = new ArrayDeque<>();
    Set<String> onStack = new HashSet<>();
    List<List<String>> components = new ArrayList<>();
    for (String start : out.keySet().stream().sorted().toList()) {
      if (!index.containsKey(start)) {
        strongConnect(start, out, index, low, component, stack, onStack, components);
      }
    }
    List<List<Edge>> result = new ArrayList<>();
    for (int c = 0; c < components.size(); c++) {
      if (components.get(c).size() > 1) {
        result.add(
            cycleWithin(
                components.get(c).stream().sorted().findFirst().orElseThrow(), c, out, component));
      }
    }
    return result;
  }

  private static void strongConnect(
      String root,
      Map<String, List<Edge>> out,
      Map<String, Integer> index,
      Map<String, Integer> low,
      Map<String, Integer> component,
      Deque<String> stack,
      Set<String> onStack,
      List<List<String>> components) {
    // iterative Tarjan: a chain of thousands of links must not overflow the stack
    Deque<Object[]> work = new ArrayDeque<>();
    work.push(new Object[] {root, 0});
    while (!work.isEmpty()) {
      Object[] frame = work.peek();
      String v = (String) frame[0];
      int next = (Integer) frame[1];
      if (next == 0 && !index.containsKey(v)) {
        index.put(v, index.size());
        low.put(v, index.get(v));
        stack.push(v);
        onStack.add(v);
      }
      List<Edge> succ = out.getOrDefault(v, List.of());
      if (next < succ.size()) {
        frame[1] = next + 1;
        String w = succ.get(next).to();
        if (!index.containsKey(w)) {
          work.push(new Object[] {w, 0});
        } else if (onStack.contains(w)) {
          low.put(v, Math.min(low.get(v), index.get(w)));
        }
        continue;
      }
      work.pop();
      if (!work.isEmpty()) {
        String parent = (String) work.peek()[0];
        low.put(parent, Math.min(low.get(parent), low.get(v)));
      }
      if (low.get(v).equals(index.get(v))) {
        List<String> members = new ArrayList<>();
        String w;
        do {
          w = stack.pop();
          onStack.remove(w);
          members.add(w);
          component.put(w, components.size());
        } while (!w.equals(v));
        components.add(members);
      }
    }
  }

  /** A shortest cycle through {@code start} inside its component (breadth first). */
  private static List<Edge> cycleWithin(
      String start, int c, Map<String, List<Edge>> out, Map<String, Integer> component) {
    Map<String, Edge> via = new HashMap<>();
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      String v = queue.poll();
      for (Edge e : out.getOrDefault(v, List.of())) {
        if (component.get(e.to()) == null || component.get(e.to()) != c) {
          continue;
        }
        if (e.to().equals(start)) {
          List<Edge> path = new ArrayList<>(List.of(e));
          for (String at = v; !at.equals(start); at = via.get(at).from()) {
            path.add(0, via.get(at));
          }
          return path;
        }
        if (!via.containsKey(e.to())) {
          via.put(e.to(), e);
          queue.add(e.to());
        }
      }
    }
    throw new IllegalStateException(
        "Cannot find the cycle of a strongly connected component at " + start);
  }
}
