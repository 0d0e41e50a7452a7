package vn.cchc.report.geo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.cchc.query.map.CommuneMapQueries;

/**
 * The boundaries of the new province's communes, wards and special zones, as they are from 1 July
 * 2025, read from the GeoJSON the dashboard serves ({@code ward_code} = the GSO code, {@code
 * name}). Longitude and latitude stay as they are in the file; the map projects them.
 *
 * <p>The file is simplified for a map, not for measuring areas. Its MIT notice travels with it
 * ({@link #LICENCE_RESOURCE}).
 */
public final class CommuneBoundaries {
  /** The boundaries the dashboard serves, one copy for both. */
  public static final String GEOJSON_RESOURCE = CommuneMapQueries.BOUNDARIES_RESOURCE;

  /** The file name the MIT notice keeps wherever it is copied (beside the map's charts). */
  public static final String LICENCE_RESOURCE = "LICENSE-vietnamese-provinces-database.txt";

  /**
   * The first day the boundaries are true: a unit is drawn only when its version is valid on it.
   */
  public static final LocalDate VALID_ON = LocalDate.of(2025, 7, 1);

  public static final String PROVINCE_VI = "tỉnh An Giang";

  /** The attribution printed with every drawing of the boundaries. */
  public static final String SOURCE_VI =
      "Ranh giới: thanglequoc/vietnamese-provinces-database, đã đơn giản hóa;"
          + " © 2021 Thang Le Quoc, giấy phép MIT";

  /**
   * One commune: its code and name as the file gives them, and its outline in degrees (x = lon, y =
   * lat).
   */
  public record Commune(String wardCode, String name, Path2D.Double outline) {}

  private final List<Commune> communes;

  private CommuneBoundaries(List<Commune> communes) {
    this.communes = List.copyOf(communes);
  }

  /**
   * The province's communes, ordered by code so that every drawing lists them in the same order.
   */
  public static CommuneBoundaries load() {
    try (InputStream in = resource(GEOJSON_RESOURCE)) {
      return parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the commune boundaries " + GEOJSON_RESOURCE, e);
    }
  }

  /** The MIT notice of the boundaries, as published with them. */
  public static String licenceText() {
    try (InputStream in = resource(CommuneMapQueries.BOUNDARIES_LICENCE_RESOURCE)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the boundaries' licence " + LICENCE_RESOURCE, e);
    }
  }

  static CommuneBoundaries parse(InputStream geojson) throws IOException {
    JsonNode root = new ObjectMapper().readTree(geojson);
    List<Commune> out = new ArrayList<>();
    Set<String> codes = new HashSet<>();
    for (JsonNode feature : root.path("features")) {
      String code = feature.path("properties").path("ward_code").asText("");
      String name = feature.path("properties").path("name").asText("");
      if (code.isBlank()) {
        throw new IllegalArgumentException(
            "Cannot read a commune boundary: a feature has no ward_code (" + name + ")");
      }
      if (!codes.add(code)) {
        throw new IllegalArgumentException(
            "Cannot read the commune boundaries: ward_code " + code + " appears twice");
      }
      out.add(new Commune(code, name, outline(feature.path("geometry"), code)));
    }
    out.sort(Comparator.comparing(Commune::wardCode));
    return new CommuneBoundaries(out);
  }

  /** Polygon or MultiPolygon; holes and islands are rings of the same path, filled even-odd. */
  private static Path2D.Double outline(JsonNode geometry, String code) {
    Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
    String type = geometry.path("type").asText();
    JsonNode coordinates = geometry.path("coordinates");
    switch (type) {
      case "Polygon" -> polygon(path, coordinates);
      case "MultiPolygon" -> coordinates.forEach(p -> polygon(path, p));
      default ->
          throw new IllegalArgumentException(
              "Cannot draw commune "
                  + code
                  + ": geometry "
                  + type
                  + " is neither Polygon nor MultiPolygon");
    }
    return path;
  }

  private static void polygon(Path2D.Double path, JsonNode rings) {
    for (JsonNode ring : rings) {
      boolean first = true;
      for (JsonNode point : ring) {
        double lon = point.get(0).asDouble();
        double lat = point.get(1).asDouble();
        if (first) {
          path.moveTo(lon, lat);
          first = false;
        } else {
          path.lineTo(lon, lat);
        }
      }
      path.closePath();
    }
  }

  private static InputStream resource(String name) throws IOException {
    InputStream in = CommuneBoundaries.class.getClassLoader().getResourceAsStream(name);
    if (in == null) {
      throw new IOException("resource not found on the classpath: " + name);
    }
    return in;
  }

  public List<Commune> communes() {
    return communes;
  }

  public int size() {
    return communes.size();
  }

  /** The extent of every commune, in degrees. */
  public Rectangle2D bounds() {
    Rectangle2D b = null;
    for (Commune c : communes) {
      Rectangle2D r = c.outline().getBounds2D();
      b = b == null ? r : b.createUnion(r);
    }
    return b == null ? new Rectangle2D.Double() : b;
  }
}
