package vn.cchc.model.methodology;

/**
 * A band of a version and bloc: indices (rounded to two decimals) from {@code minPct} up get it.
 */
public record Band(String version, Bloc bloc, String band, double minPct, String label) {}
