package vn.cchc.model.methodology;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The groups of units that are ranked against each other, in their order of presentation. */
public enum Bloc {
  SO("Khối sở, ban, ngành", "Provincial departments and agencies"),
  HUYEN("Khối UBND cấp huyện", "District people's committees (until 30 June 2025)"),
  XA("Khối UBND cấp xã", "Commune people's committees"),
  /**
   * A province: the container of the other blocs, in the registry for lineage only; never ranked.
   */
  TINH("Cấp tỉnh", "Province (container, not ranked)");

  private final String labelVi;
  private final String labelEn;

  Bloc(String labelVi, String labelEn) {
    this.labelVi = labelVi;
    this.labelEn = labelEn;
  }

  public String labelVi() {
    return labelVi;
  }

  public String labelEn() {
    return labelEn;
  }

  /** Whether units of this bloc get an index and a rank. */
  public boolean ranked() {
    return this != TINH;
  }

  /** The blocs that are ranked, in their order of presentation (SO, HUYEN, XA). */
  public static List<Bloc> rankedBlocs() {
    return Arrays.stream(values()).filter(Bloc::ranked).toList();
  }

  public static Optional<Bloc> parse(String raw) {
    try {
      return Optional.of(valueOf(raw.strip().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
