package vn.cchc.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.cchc.query.map.CommuneMapQueries;

/**
 * What the map tests check the report's map against, read here on their own: the GeoJSON's codes
 * (not through the report's parser) and the communes as the SVG draws them.
 */
public final class MapFixture {
  /** A commune in the SVG: a group with its id and title around exactly one filled path. */
  static final Pattern AREA =
      Pattern.compile(
          "<g id='xa-(\\d+)'><title>([^<]*)</title><g style='fill:(rgb\\(\\d+,\\d+,\\d+\\))[^']*'[^>]*><path [^>]*/></g></g>");

  private MapFixture() {}

  /** The ward codes of the shipped boundaries, sorted. */
  public static List<String> wardCodes() {
    try (InputStream in =
        MapFixture.class.getResourceAsStream("/" + CommuneMapQueries.BOUNDARIES_RESOURCE)) {
      assertThat(in).as("the boundaries on the classpath").isNotNull();
      List<String> codes = new ArrayList<>();
      for (JsonNode f : new ObjectMapper().readTree(in).path("features")) {
        codes.add(f.path("properties").path("ward_code").asText());
      }
      return codes.stream().sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The codes as an SQL list, {@code ('30292', …)}: they are digits only. */
  public static String sqlList() {
    List<String> codes = wardCodes();
    codes.forEach(c -> assertThat(c).matches("\\d+"));
    return "(" + String.join(", ", codes.stream().map(c -> "'" + c + "'").toList()) + ")";
  }

  /**
   * Each commune path's fill, by the code in its group's id, in document order; every commune group
   * counted.
   */
  public static Map<String, String> areaFills(String svg) {
    Map<String, String> out = new LinkedHashMap<>();
    Matcher m = AREA.matcher(svg);
    while (m.find()) {
      assertThat(out.put(m.group(1), m.group(3))).as("path of %s twice", m.group(1)).isNull();
    }
    assertThat(svg.split("<g id='xa-", -1).length - 1)
        .as("commune groups, each with one path")
        .isEqualTo(out.size());
    return out;
  }

  public static String rgb(Color c) {
    return "rgb(" + c.getRed() + "," + c.getGreen() + "," + c.getBlue() + ")";
  }
}
