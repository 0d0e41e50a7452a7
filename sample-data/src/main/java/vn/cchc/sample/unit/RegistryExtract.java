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
import java.util.function.Function;

/**
 * The checked-in extract of the real registry (PyPI {@code vietnamadminunits} 1.0.4, MIT; see
 * {@code registry/NOTICE.md} next to the CSV files): old An Giang (89) and old Kiên Giang (91)
 * before 1 July 2025 with their districts and communes, the new An Giang (91) with its communes,
 * and which old commune went to which new one. Written by {@code
 * sample-data/scripts/extract_registry.py}.
 */
public record RegistryExtract(
    List<Province> provinces,
    List<District> districts,
    List<OldCommune> oldCommunes,
    List<NewCommune> newCommunes,
    List<Transition> transitions) {

  /** Folder of the extract on the classpath. */
  public static final String RESOURCES = "/vn/cchc/sample/registry/";

  /** A province; {@code legacy} for the old ones (until 30 June 2025), else the new one. */
  public record Province(boolean legacy, String code, String name) {}

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
   */
  public record Transition(String oldCode, String newCode, boolean divided, Double newAreaKm2) {}

  public static RegistryExtract load() {
    return new RegistryExtract(
        read(
            "provinces.csv",
            r ->
                new Province(
                    r.get("period").equals("LEGACY"), r.get("province_code"), r.get("name"))),
        read(
            "districts.csv",
            r ->
                new District(
                    r.get("province_code"), r.get("district_code"), r.get("name"), r.get("type"))),
        read(
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
            "communes_2025.csv",
            r ->
                new NewCommune(
                    r.get("province_code"),
                    r.get("ward_code"),
                    r.get("name"),
                    r.get("type"),
                    r.number("area_km2"))),
        read(
            "transition_2025.csv",
            r ->
                new Transition(
                    r.get("old_ward_code"),
                    r.get("new_ward_code"),
                    Boolean.parseBoolean(r.get("divided")),
                    r.number("new_area_km2"))));
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

  private static <T> List<T> read(String file, Function<Row, T> mapper) {
    try (InputStream in = RegistryExtract.class.getResourceAsStream(RESOURCES + file)) {
      if (in == null) {
        throw new IllegalStateException(
            "Cannot find the registry extract on the classpath: " + RESOURCES + file);
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
