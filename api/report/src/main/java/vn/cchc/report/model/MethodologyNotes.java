package vn.cchc.report.model;

import java.util.List;

/**
 * What a reader needs to compare the figures: versions in force, breaks, and the basis of each
 * trend.
 */
public record MethodologyNotes(
    Version current,
    Version previous,
    List<String> breaks,
    List<String> bases,
    List<String> dataQuality) {

  public MethodologyNotes {
    breaks = List.copyOf(breaks);
    bases = List.copyOf(bases);
    dataQuality = List.copyOf(dataQuality);
  }

  public record Version(
      String code, String name, String legalBasis, int fromYear, Integer toYear) {}
}
