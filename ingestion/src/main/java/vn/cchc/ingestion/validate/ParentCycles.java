package vn.cchc.ingestion.validate;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import vn.cchc.ingestion.commit.Staging;
import vn.cchc.model.schema.InputTables;
import vn.cchc.model.unit.UnitKey;

/**
 * The parents of the registry must not loop: a unit that is, through its parents, above itself on
 * some day. A parent code resolves at each date like every reference, so the check runs day by day:
 * on every day the registry changes (a version starts, or the day after one ends) each version
 * valid that day points at the versions of its parent code valid that day, and a loop among them is
 * a cycle. A reused code is no loop: 91 the province of Kiên Giang until 30 June 2025 and 91 the
 * new An Giang from 1 July are two versions that never share a day. The rows of a cycle that this
 * batch brings are rejected, each naming the whole cycle and its rows.
 */
final class ParentCycles {
  private record Version(
      String key,
      String code,
      String parentCode,
      LocalDate from,
      LocalDate to,
      String sourceFile,
      long sourceRow,
      String batchId) {
    boolean validOn(LocalDate day) {
      return !day.isBefore(from) && (to == null || !day.isAfter(to));
    }
  }

  private ParentCycles() {}

  static List<Consistency.Breach> find(Staging staging, String batchId) throws SQLException {
    List<Version> versions =
        staging.query(
            "SELECT unit_code, parent_code, valid_from, valid_to, source_file, source_row, batch_id FROM "
                + Staging.next(InputTables.UNITS)
                + " ORDER BY unit_code, valid_from",
            rs ->
                new Version(
                    UnitKey.of(rs.getString(1), rs.getObject(3, LocalDate.class)),
                    rs.getString(1),
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class),
                    rs.getString(5),
                    rs.getLong(6),
                    rs.getString(7)));
    TreeSet<LocalDate> days = new TreeSet<>();
    for (Version v : versions) {
      days.add(v.from());
      if (v.to() != null) {
        days.add(v.to().plusDays(1));
      }
    }
    // a cycle is reported once, on the first day it exists
    Map<Set<String>, Cycle> cycles = new LinkedHashMap<>();
    for (LocalDate day : days) {
      for (List<Version> cycle : cyclesOn(day, versions)) {
        Set<String> keys = new HashSet<>(cycle.stream().map(Version::key).toList());
        cycles.putIfAbsent(keys, new Cycle(day, cycle));
      }
    }
    List<Consistency.Breach> out = new ArrayList<>();
    for (Cycle c : cycles.values()) {
      String path =
          String.join(" → ", c.versions().stream().map(Version::key).toList())
              + " → "
              + c.versions().get(0).key();
      String rows =
          String.join(
              ", ",
              c.versions().stream().map(v -> v.sourceFile() + " dòng " + v.sourceRow()).toList());
      for (Version v : c.versions()) {
        if (v.batchId().equals(batchId)) {
          out.add(
              new Consistency.Breach(
                  v.sourceFile(),
                  v.sourceRow(),
                  "parent_code",
                  v.parentCode(),
                  "Đơn vị cấp trên tạo vòng lặp từ ngày "
                      + c.day()
                      + ": "
                      + path
                      + " (mỗi đơn vị là cấp trên của đơn vị đứng trước; "
                      + rows
                      + "); một đơn vị không thể là cấp trên của chính nó, trực tiếp hay gián tiếp"));
        }
      }
    }
    return out;
  }

  private record Cycle(LocalDate day, List<Version> versions) {}

  /**
   * The cycles among the versions valid on {@code day}, each as its versions in parent order,
   * starting at its smallest key. Depth first with explicit stacks: a chain of thousands of units
   * must not overflow the stack.
   */
  private static List<List<Version>> cyclesOn(LocalDate day, List<Version> versions) {
    Map<String, List<Version>> byCode = new HashMap<>();
    List<Version> valid = new ArrayList<>();
    for (Version v : versions) {
      if (v.validOn(day)) {
        valid.add(v);
        byCode.computeIfAbsent(v.code(), k -> new ArrayList<>()).add(v);
      }
    }
    Map<String, Integer> state = new HashMap<>(); // absent: unseen, 1: on the path, 2: done
    List<List<Version>> out = new ArrayList<>();
    for (Version start : valid) {
      if (state.containsKey(start.key())) {
        continue;
      }
      List<Version> path = new ArrayList<>();
      List<Integer> next = new ArrayList<>();
      path.add(start);
      next.add(0);
      state.put(start.key(), 1);
      while (!path.isEmpty()) {
        int top = path.size() - 1;
        Version v = path.get(top);
        List<Version> parents =
            v.parentCode() == null || v.parentCode().equals(v.code())
                ? List.of()
                : byCode.getOrDefault(v.parentCode(), List.of());
        int i = next.get(top);
        if (i == parents.size()) {
          state.put(v.key(), 2);
          path.remove(top);
          next.remove(top);
          continue;
        }
        next.set(top, i + 1);
        Version p = parents.get(i);
        Integer s = state.get(p.key());
        if (s == null) {
          state.put(p.key(), 1);
          path.add(p);
          next.add(0);
        } else if (s == 1) {
          out.add(rotated(path.subList(path.indexOf(p), path.size())));
        }
      }
    }
    return out;
  }

  /** The cycle starting at its smallest key, so that one cycle always reads the same. */
  private static List<Version> rotated(List<Version> cycle) {
    int first = 0;
    for (int i = 1; i < cycle.size(); i++) {
      if (cycle.get(i).key().compareTo(cycle.get(first).key()) < 0) {
        first = i;
      }
    }
    List<Version> out = new ArrayList<>(cycle.subList(first, cycle.size()));
    out.addAll(cycle.subList(0, first));
    return out;
  }
}
