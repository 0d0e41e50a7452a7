package vn.cchc.sample;

import java.util.List;
import java.util.stream.IntStream;

/** The assessment years the sample covers. */
public final class Years {
  private Years() {}

  public static final int FIRST = 2020;
  public static final int LAST = 2025;

  public static List<Integer> all() {
    return IntStream.rangeClosed(FIRST, LAST).boxed().toList();
  }
}
