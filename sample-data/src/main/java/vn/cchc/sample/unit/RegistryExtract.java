package vn.cchc.sample.unit;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A checked-in extract of the real registry (PyPI {@code vietnamadminunits} 1.0.4, MIT; see {@code
 * NOTICE.md} next to the CSV files): provinces before 1 July 2025 with their districts and
 * communes, the new provinces with their communes, which old province and which old commune went to
 * which new one. The sample's extract ({@link #load()}) holds old An Giang (89), old Kiên Giang
 * (91) and the new An Giang (91); the national one ({@link #loadNational()}) the whole country.
 * Written by {@code sample-data/scripts/extract_registry.py}.
 */
public record RegistryExtract(
    List<Province> provinces,
    List<ProvinceTransition> provinceTransitions,
    List<District> districts,
    List<OldCommune> oldCommunes,
    List<NewCommune> newCommunes,
    List<Transition> transitions) {

  /** Folder of the sample's extract on the classpath. */
  public static final String RESOURCES = "/vn/cchc/sample/registry/";

  /** Folder of the national extract on the classpath. */
  public static final String NATIONAL_RESOURCES = RESOURCES + "national/";

  /** A province; {@code legacy} for the old ones (until 30 June 2025), else a new one. */
  public record Province(boolean legacy, String code, String name) {}

  /** An old province and the new province it became part of on 1 July 2025. */
  public record ProvinceTransition(String oldCode, String newCode) {}

  public record District(String provinceCode, String code, String name, String type) {}

  public record OldCommune(
      String provinceCode,
      String districtCode,
      String code,
      String name,
      String type,
      double lat,
      double lon) {}

  public record NewCommune(
      String provinceCode, String code, String name, String type, Double areaKm2) {}

  /**
   * An old commune's territory in a new commune.
   *
   * @param divided whether the old commune was divided between several new communes
   * @param newAreaKm2 for a divided commune, the area of this new commune as the package gives it
   *     (may be null)
   * @param fromDistrict whether the predecessor is an island district without communes (it became a
   *     special zone), so {@code oldCode} is a district's code
   */
  public record Transition(
      String oldCode, String newCode, boolean divided, Double newAreaKm2, boolean fromDistrict) {}

  /** The sample province's extract. */
  public static RegistryExtract load() {
    return load(RESOURCES);
  }

  /** The whole country's extract. */
  public static RegistryExtract loadNational() {
    return load(NATIONAL_RESOURCES);
  }

  /** The codes of the new provinces (from 1 July 2025), in code order. */
  public List<String> newProvinceCodes() {
    return provinces.stream().filter(p -> !p.legacy()).map(Province::code).sorted().toList();
  }

  /**
   * The part of the extract one new province stands on: it, the old provinces that became part of
   * it with their districts and communes, its communes and their transitions.
   */
  public RegistryExtract slice(String newProvinceCode) {
    Set<String> old =
        provinceTransitions.stream()
            .filter(t -> t.newCode().equals(newProvinceCode))
            .map(ProvinceTransition::oldCode)
            .collect(Collectors.toSet());
    if (old.isEmpty()) {
      throw new IllegalArgumentException(
          "Cannot find the new province " + newProvinceCode + " in the registry extract");
    }
    Set<String> communes =
        newCommunes.stream()
            .filter(c -> c.provinceCode().equals(newProvinceCode))
            .map(NewCommune::code)
            .collect(Collectors.toSet());
    return new RegistryExtract(
        provinces.stream()
            .filter(p -> p.legacy() ? old.contains(p.code()) : p.code().equals(newProvinceCode))
            .toList(),
        provinceTransitions.stream().filter(t -> t.newCode().equals(newProvinceCode)).toList(),
        districts.stream().filter(d -> old.contains(d.provinceCode())).toList(),
        oldCommunes.stream().filter(c -> old.contains(c.provinceCode())).toList(),
        newCommunes.stream().filter(c -> communes.contains(c.code())).toList(),
        transitions.stream().filter(t -> communes.contains(t.newCode())).toList());
  }

  private static RegistryExtract load(String folder) {
    return new RegistryExtract(
        read(
            folder,
            "provinces.csv",
            r ->
                new Province(
                    r.get("period").equals("LEGACY"), r.get("province_code"), r.get("name"))),
        read(
            folder,
            "province_transition_2025.csv",
            r -> new ProvinceTransition(r.get("old_province_code"), r.get("new_province_code"))),
        read(
            folder,
            "districts.csv",
            r ->
                new District(
                    r.get("province_code"), r.get("district_code"), r.get("name"), r.get("type"))),
        read(
            folder,
            "communes_legacy.csv",
            r ->
                new OldCommune(
                    r.get("province_code"),
                    r.get("district_code"),
                    r.get("ward_code"),
                    r.get("name"),
                    r.get("type"),
                    Double.parseDouble(r.get("lat")),
                    Double.parseDouble(r.get("lon")))),
        read(
            folder,
            "communes_2025.csv",
            r ->
                new NewCommune(
                    r.get("province_code"),
                    r.get("ward_code"),
                    r.get("name"),
                    r.get("type"),
                    r.number("area_km2"))),
        read(
            folder,
            "transition_2025.csv",
            r ->
                new Transition(
                    r.get("old_ward_code"),
                    r.get("new_ward_code"),
                    Boolean.parseBoolean(r.get("divided")),
                    r.number("new_area_km2"),
                    r.get("old_level").equals("district"))));
  }

  /**
   * One CSV row by column name. The extract has no quoted fields (the script refuses to write one).
   */
  record Row(Map<String, Integer> columns, String[] values, String file, int line) {
    String get(String column) {
      Integer i = columns.get(column);
      if (i == null || i >= values.length) {
        throw new IllegalStateException(
            "Cannot read column " + column + " of " + file + " line " + line);
      }
      return Normalizer.normalize(values[i], Normalizer.Form.NFC);
    }

    Double number(String column) {
      String v = get(column);
      return v.isEmpty() ? null : Double.valueOf(v);
    }
  }

  private static <T> List<T> read(String folder, String file, Function<Row, T> mapper) {
    try (InputStream in = RegistryExtract.class.getResourceAsStream(folder + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "Cannot find the registry extract on the classpath: " + folder + file);
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String[] header = reader.readLine().split(",", -1);
      Map<String, Integer> columns = new HashMap<>();
      for (int i = 0; i < header.length; i++) {
        columns.put(header[i], i);
      }
      List<T> rows = new ArrayList<>();
      int line = 1;
      for (String text = reader.readLine(); text != null; text = reader.readLine()) {
        line++;
        if (!text.isEmpty()) {
          rows.add(mapper.apply(new Row(columns, text.split(",", -1), file, line)));
        }
      }
      return List.copyOf(rows);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the registry extract: " + file, e);
    }
  }
}
