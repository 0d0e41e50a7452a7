package vn.cchc.model.methodology;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** All methodology versions with their trees and bands, looked up by year, bloc and code. */
public final class Methodology {
  private final List<MethodologyVersion> versions;
  private final Map<String, MethodologyItem> items = new HashMap<>();
  private final List<Band> bands;

  public Methodology(
      Collection<MethodologyVersion> versions,
      Collection<MethodologyItem> items,
      Collection<Band> bands) {
    this.versions = List.copyOf(versions);
    for (MethodologyItem item : items) {
      this.items.put(itemKey(item.version(), item.bloc(), item.code()), item);
    }
    this.bands = List.copyOf(bands);
  }

  private static String itemKey(String version, Bloc bloc, String code) {
    return version + '\u0000' + bloc + '\u0000' + code;
  }

  public List<MethodologyVersion> versions() {
    return versions;
  }

  /** The version in force for an assessment year. */
  public Optional<MethodologyVersion> versionFor(int year) {
    return versions.stream().filter(v -> v.appliesTo(year)).findFirst();
  }

  public Optional<MethodologyVersion> version(String code) {
    return versions.stream().filter(v -> v.code().equals(code)).findFirst();
  }

  /** A node (field, criterion or sub-criterion) of a version and bloc by its code. */
  public Optional<MethodologyItem> item(String version, Bloc bloc, String code) {
    return Optional.ofNullable(items.get(itemKey(version, bloc, code)));
  }

  /** The sub-criterion in force in {@code year} for {@code bloc}, if the code names one. */
  public Optional<MethodologyItem> subCriterion(int year, Bloc bloc, String code) {
    return versionFor(year)
        .flatMap(v -> item(v.code(), bloc, code))
        .filter(i -> i.level() == MethodologyItem.Level.SUB_CRITERION);
  }

  public List<MethodologyItem> items() {
    return List.copyOf(items.values());
  }

  public List<Band> bands(String version, Bloc bloc) {
    return bands.stream().filter(b -> b.version().equals(version) && b.bloc() == bloc).toList();
  }
}
