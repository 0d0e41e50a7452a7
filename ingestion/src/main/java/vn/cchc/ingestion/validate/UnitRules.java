package vn.cchc.ingestion.validate;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.methodology.ScoringRule;
import vn.cchc.model.schema.InputDates;
import vn.cchc.model.unit.LineageKind;
import vn.cchc.model.unit.LineageLink;
import vn.cchc.model.unit.Unit;
import vn.cchc.model.unit.UnitKey;
import vn.cchc.model.unit.UnitRegistry;

/**
 * The registry's row checks, and how every other row resolves its unit code: a code names a unit
 * only together with a date ({@link UnitRegistry}). Cross-row rules (overlaps, parents over the
 * whole period, shares, cycles) are in {@link Consistency}, {@link LineageCycles} and {@link
 * ParentCycles}.
 */
final class UnitRules {
  private UnitRules() {}

  static void unit(ParsedRow row) {
    RowRules.plannedDay(row, "valid_from", InputDates.FIRST_REGISTRY_YEAR);
    RowRules.plannedDay(row, "valid_to", InputDates.FIRST_REGISTRY_YEAR);
    LocalDate from = row.date("valid_from");
    LocalDate to = row.date("valid_to");
    if (from != null && to != null && to.isBefore(from)) {
      row.reject("valid_to", RejectRule.RANGE, "Hiệu lực đến " + to + " trước hiệu lực từ " + from);
    }
    String parent = row.str("parent_code");
    if (parent != null && parent.equals(row.str("unit_code"))) {
      row.reject(
          "parent_code",
          RejectRule.CONSISTENCY,
          "Đơn vị " + parent + " không thể là đơn vị cấp trên của chính nó");
    }
  }

  static void lineage(ParsedRow row, ReferenceData refs) {
    Double share = row.dbl("share");
    if (share != null && (share <= 0 || share > 1 + ScoringRule.TOLERANCE)) {
      row.reject("share", RejectRule.RANGE, "Tỷ trọng " + share + " phải lớn hơn 0 và không quá 1");
    }
    LocalDate effective = row.date("effective_date");
    if (!RowRules.plannedDay(row, "effective_date", InputDates.FIRST_REGISTRY_YEAR)) {
      return;
    }
    boolean fromKnown = knownCode(row, refs, "from_code");
    boolean toKnown = knownCode(row, refs, "to_code");
    if (effective == null || !fromKnown || !toKnown) {
      return;
    }
    UnitRegistry units = refs.units();
    LineageLink link =
        new LineageLink(
            row.str("from_code"),
            row.str("to_code"),
            effective,
            row.code("kind", LineageKind.class).orElse(LineageKind.MERGE),
            share == null ? 1 : share);
    Optional<Unit> to = units.successor(link);
    Optional<Unit> from = units.predecessor(link);
    if (to.isEmpty()) {
      row.reject(
          "to_code",
          RejectRule.UNIT_NOT_VALID,
          "Đơn vị mới "
              + link.toCode()
              + " không có phiên bản nào có hiệu lực vào ngày "
              + effective
              + " ("
              + periods(units, link.toCode())
              + ")");
    }
    if (from.isEmpty()) {
      row.reject(
          "from_code",
          RejectRule.UNIT_NOT_VALID,
          "Đơn vị cũ "
              + link.fromCode()
              + " không có phiên bản nào có hiệu lực vào ngày trước "
              + effective
              + " ("
              + periods(units, link.fromCode())
              + ")");
    }
    if (from.isPresent() && from.equals(to)) {
      row.reject(
          "to_code",
          RejectRule.CONSISTENCY,
          "Đơn vị "
              + link.toCode()
              + " ("
              + from.get().periodVi()
              + ") không thể là tiền thân của chính nó: cùng một phiên bản còn hiệu lực cả trước và từ ngày "
              + effective);
    }
  }

  /**
   * The periods of every version of a code, for messages: "01/01/2015 – 30/06/2025; 01/07/2025 –
   * nay".
   */
  private static String periods(UnitRegistry units, String code) {
    return "hiệu lực "
        + String.join("; ", units.versions(code).stream().map(Unit::periodVi).toList());
  }

  private static boolean knownCode(ParsedRow row, ReferenceData refs, String column) {
    String code = row.str(column);
    if (!refs.units().knows(code)) {
      row.reject(
          column,
          RejectRule.UNKNOWN_UNIT,
          "Mã đơn vị '" + code + "' không có trong danh mục đơn vị");
      return false;
    }
    return true;
  }

  /**
   * The version of the row's unit code on {@code day} in a ranked bloc, if there is one; otherwise
   * records why not. {@code when} says in words which day the row's code is read at (written only
   * for a message).
   */
  static Optional<Unit> unitOn(
      ParsedRow row, ReferenceData refs, LocalDate day, Function<LocalDate, String> when) {
    String code = row.str("unit_code");
    if (!knownCode(row, refs, "unit_code")) {
      return Optional.empty();
    }
    Optional<Unit> unit = versionOn(refs.units(), code, day);
    if (unit.isEmpty()) {
      row.reject(
          "unit_code",
          RejectRule.UNIT_NOT_VALID,
          "Đơn vị "
              + code
              + " không có hiệu lực vào ngày "
              + when.apply(day)
              + " ("
              + periods(refs.units(), code)
              + ")");
      return Optional.empty();
    }
    Bloc bloc = unit.get().bloc();
    if (!bloc.ranked()) {
      row.reject(
          "unit_code",
          RejectRule.UNIT_NOT_VALID,
          "Đơn vị "
              + code
              + " ("
              + unit.get().name()
              + ") thuộc "
              + bloc.labelVi().toLowerCase(Locale.ROOT)
              + " ("
              + bloc.name()
              + "), không được chấm điểm hay kiểm tra");
      return Optional.empty();
    }
    return unit;
  }

  /** The version of the row's unit assessed in the row's year (valid on its 31 December). */
  static Optional<Unit> assessedUnit(ParsedRow row, ReferenceData refs) {
    Integer year = row.integer("year");
    if (year == null) {
      return Optional.empty();
    }
    return unitOn(row, refs, UnitKey.assessmentDay(year), day -> "31/12/" + day.getYear());
  }

  /** {@link UnitRegistry#versionOn} without a stream: it runs for every row that names a unit. */
  private static Optional<Unit> versionOn(UnitRegistry units, String code, LocalDate day) {
    for (Unit version : units.versions(code)) {
      if (version.validOn(day)) {
        return Optional.of(version);
      }
    }
    return Optional.empty();
  }
}
