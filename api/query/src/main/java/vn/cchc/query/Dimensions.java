package vn.cchc.query;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.schema.Codes;
import vn.cchc.model.unit.UnitKey;

/**
 * Checks of the parameters every query takes — year, bloc, unit — against what the release holds,
 * with the Vietnamese messages the API shows: an unknown year or unit is "not found", a malformed
 * value is a bad argument.
 */
public final class Dimensions {
  private final QueryExecutor q;

  /** The years and blocs of the release last asked about: nearly every request checks them. */
  private final AtomicReference<Map.Entry<Object, QueryResult>> yearBlocs = new AtomicReference<>();

  public Dimensions(QueryExecutor q) {
    this.q = q;
  }

  private QueryResult yearBlocs() {
    Object key = q.releaseKey();
    Map.Entry<Object, QueryResult> cached = yearBlocs.get();
    if (key != null && cached != null && cached.getKey().equals(key)) {
      return cached.getValue();
    }
    QueryResult t = q.query("SELECT DISTINCT year, bloc FROM index_scores ORDER BY year, bloc");
    if (key != null) {
      yearBlocs.set(Map.entry(key, t));
    }
    return t;
  }

  /** Years with an index, ascending. */
  public List<Integer> years() {
    List<Integer> years = new ArrayList<>();
    for (List<Object> row : yearBlocs().rows()) {
      int y = ((Number) row.get(0)).intValue();
      if (years.isEmpty() || years.get(years.size() - 1) != y) {
        years.add(y);
      }
    }
    return years;
  }

  /** The given year if the release has it, the latest year when none is given. */
  public int year(Integer year) {
    List<Integer> years = years();
    if (years.isEmpty()) {
      throw new CchcException(
          ErrorCode.NOT_FOUND, "Không tìm thấy dữ liệu chỉ số: bản phát hành chưa có năm nào");
    }
    if (year == null) {
      return years.get(years.size() - 1);
    }
    if (!years.contains(year)) {
      throw new CchcException(
          ErrorCode.NOT_FOUND,
          "Không tìm thấy năm đánh giá: "
              + year
              + " (có dữ liệu các năm "
              + years.get(0)
              + "–"
              + years.get(years.size() - 1)
              + ")");
    }
    return year;
  }

  /** A ranked bloc; {@code fallback} when none is given. */
  public static Bloc bloc(String raw, Bloc fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    return Bloc.parse(raw)
        .filter(Bloc::ranked)
        .orElseThrow(
            () ->
                new CchcException(
                    ErrorCode.INVALID_ARGUMENT,
                    "Không thể hiểu khối: "
                        + raw
                        + " (chỉ nhận "
                        + Codes.of(Bloc.rankedBlocs()).listVi()
                        + ")"));
  }

  /** The bloc must have been assessed in the year (districts stop in 2025). */
  public void requireBlocInYear(int year, Bloc bloc) {
    boolean assessed =
        yearBlocs().rows().stream()
            .anyMatch(r -> ((Number) r.get(0)).intValue() == year && bloc.name().equals(r.get(1)));
    if (!assessed) {
      throw new CchcException(
          ErrorCode.NOT_FOUND,
          "Không tìm thấy khối " + bloc.name() + " (" + bloc.labelVi() + ") trong năm " + year);
    }
  }

  /**
   * The unit version a reference names: a key {@code code@valid_from} names that version; a bare
   * official code names its newest version (the one valid today, or the last one of a code no
   * longer in use). The map holds {@code unit_key, unit_code, name, bloc, parent_code, valid_from,
   * valid_to, period_vi, code_versions, label} and {@code resolved_by}: {@code KEY} or {@code
   * NEWEST_VERSION}.
   */
  public Map<String, Object> unit(String ref) {
    String code = UnitKey.codeOf(ref);
    List<Map<String, Object>> versions = versions(code);
    if (versions.isEmpty()) {
      throw new CchcException(ErrorCode.NOT_FOUND, "Không tìm thấy đơn vị: " + ref);
    }
    Map<String, Object> found;
    if (ref.indexOf(UnitKey.SEPARATOR) < 0) {
      found = new LinkedHashMap<>(versions.get(versions.size() - 1));
      found.put("resolved_by", "NEWEST_VERSION");
    } else {
      found =
          versions.stream()
              .filter(v -> ref.equals(v.get("unit_key")))
              .findFirst()
              .map(LinkedHashMap::new)
              .orElseThrow(
                  () ->
                      new CchcException(
                          ErrorCode.NOT_FOUND,
                          "Không tìm thấy đơn vị: "
                              + ref
                              + " (mã "
                              + code
                              + " có "
                              + (versions.size() == 1 ? "phiên bản " : "các phiên bản ")
                              + String.join(
                                  ", ",
                                  versions.stream().map(v -> (String) v.get("unit_key")).toList())
                              + ")"));
      found.put("resolved_by", "KEY");
    }
    return found;
  }

  /** The key of the unit version a reference names (see {@link #unit}). */
  public String unitKey(String ref) {
    return (String) unit(ref).get("unit_key");
  }

  /** Every version of an official code, oldest first; empty when the registry does not know it. */
  public List<Map<String, Object>> versions(String code) {
    return q.query(
            "SELECT unit_key, unit_code, name, bloc, parent_code, valid_from, valid_to, period_vi, code_versions,"
                + " label FROM "
                + UnitSql.VERSIONS
                + " u WHERE unit_code = ? ORDER BY valid_from",
            code)
        .records();
  }

  /**
   * A unit reference parameter: an official code, or a key {@code code@yyyy-mm-dd}; letters,
   * digits, '_', '.', '-' and one '@' only, so it can never carry SQL.
   */
  public static String unitRef(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String v = raw.strip();
    boolean key = v.indexOf(UnitKey.SEPARATOR) >= 0;
    if (!v.matches("[A-Za-z0-9_.\\-]{1,64}(@[0-9]{4}-[0-9]{2}-[0-9]{2})?")
        || key && UnitKey.validFromOf(v).isEmpty()) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Không thể hiểu tham số "
              + name
              + ": "
              + raw
              + " (cần mã đơn vị, ví dụ 30307, hoặc khóa mã@ngày hiệu lực, ví dụ 30307@2025-07-01)");
    }
    return v;
  }

  /** A free-text code parameter: letters, digits, '_', '.', '-' only, so it can never carry SQL. */
  public static String code(String name, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String v = raw.strip();
    if (!v.matches("[A-Za-z0-9_.\\-]{1,64}")) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT, "Không thể hiểu tham số " + name + ": " + raw);
    }
    return v;
  }

  /** One of a fixed set of values, upper-cased. */
  public static String oneOf(String name, String raw, List<String> allowed, String fallback) {
    if (raw == null || raw.isBlank()) {
      return fallback;
    }
    String v = raw.strip().toUpperCase(Locale.ROOT);
    if (!allowed.contains(v)) {
      throw new CchcException(
          ErrorCode.INVALID_ARGUMENT,
          "Không thể hiểu tham số "
              + name
              + ": "
              + raw
              + " (chỉ nhận "
              + String.join(", ", allowed)
              + ")");
    }
    return v;
  }
}
