package vn.cchc.sample.unit;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.cchc.model.unit.LineageKind;
import vn.cchc.model.unit.LineageLink;
import vn.cchc.sample.unit.RegistryExtract.NewCommune;
import vn.cchc.sample.unit.RegistryExtract.OldCommune;
import vn.cchc.sample.unit.RegistryExtract.Transition;

/**
 * The lineage of the communes on 1 July 2025 from the real mapping. The weight of predecessor P in
 * successor S is the part of P given to S: 1 when P went whole to S; when P was divided among k
 * successors, S's area over the sum of their areas (1/k when an area is missing). Each successor's
 * weights are then normalised to shares ({@link Shares}). A divided predecessor's links are SPLIT,
 * the only predecessor of a successor is a RENAME, every other link a MERGE.
 */
final class CommuneTransition {
  private static final MathContext PRECISION = MathContext.DECIMAL64;

  private CommuneTransition() {}

  static List<LineageLink> links(RegistryExtract extract, LocalDate effective) {
    Map<String, Double> areas = new LinkedHashMap<>();
    extract.newCommunes().forEach(c -> areas.put(c.code(), c.areaKm2()));
    Map<String, List<Transition>> byOld = new LinkedHashMap<>();
    Map<String, List<Transition>> byNew = new LinkedHashMap<>();
    for (Transition t : extract.transitions()) {
      byOld.computeIfAbsent(t.oldCode(), k -> new ArrayList<>()).add(t);
      byNew.computeIfAbsent(t.newCode(), k -> new ArrayList<>()).add(t);
    }
    List<LineageLink> links = new ArrayList<>();
    for (NewCommune successor : extract.newCommunes()) {
      List<Transition> incoming = byNew.getOrDefault(successor.code(), List.of());
      Map<String, BigDecimal> weights = new LinkedHashMap<>();
      for (Transition t : incoming) {
        weights.put(
            t.oldCode(),
            t.divided() ? part(byOld.get(t.oldCode()), successor.code(), areas) : BigDecimal.ONE);
      }
      Map<String, BigDecimal> shares = Shares.normalise(weights);
      for (Transition t : incoming) {
        LineageKind kind =
            t.divided()
                ? LineageKind.SPLIT
                : incoming.size() == 1 ? LineageKind.RENAME : LineageKind.MERGE;
        links.add(
            new LineageLink(
                t.oldCode(),
                successor.code(),
                effective,
                kind,
                shares.get(t.oldCode()).doubleValue()));
      }
    }
    return links;
  }

  /**
   * The part of a divided commune given to {@code successor}: by the successors' areas, else equal
   * parts.
   */
  static BigDecimal part(List<Transition> parts, String successor, Map<String, Double> areas) {
    List<Double> sizes =
        parts.stream()
            .map(t -> t.newAreaKm2() != null ? t.newAreaKm2() : areas.get(t.newCode()))
            .toList();
    if (sizes.stream().anyMatch(Objects::isNull) || sizes.stream().anyMatch(a -> a <= 0)) {
      return BigDecimal.ONE.divide(BigDecimal.valueOf(parts.size()), PRECISION);
    }
    BigDecimal total =
        sizes.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
    for (int i = 0; i < parts.size(); i++) {
      if (parts.get(i).newCode().equals(successor)) {
        return BigDecimal.valueOf(sizes.get(i)).divide(total, PRECISION);
      }
    }
    throw new IllegalArgumentException(
        "Cannot find " + successor + " among the parts of a divided commune");
  }

  /**
   * Each old province's weight in the new one: the area of the new communes (1 km² where the
   * package gives none), each counted for the old province its predecessors came from (by their
   * shares). A predecessor is an old commune, or an island district without communes.
   */
  static Map<String, BigDecimal> provinceWeights(
      RegistryExtract extract, List<LineageLink> communeLinks) {
    Map<String, String> provinceOf = new LinkedHashMap<>();
    for (OldCommune c : extract.oldCommunes()) {
      provinceOf.put(c.code(), c.provinceCode());
    }
    extract.districts().forEach(d -> provinceOf.putIfAbsent(d.code(), d.provinceCode()));
    Map<String, Double> areas = new LinkedHashMap<>();
    extract.newCommunes().forEach(c -> areas.put(c.code(), c.areaKm2()));
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (LineageLink l : communeLinks) {
      BigDecimal area = BigDecimal.valueOf(Objects.requireNonNullElse(areas.get(l.toCode()), 1.0));
      weights.merge(
          provinceOf.get(l.fromCode()),
          area.multiply(BigDecimal.valueOf(l.share())),
          BigDecimal::add);
    }
    return weights;
  }
}
