package vn.cchc.report;

import java.nio.file.Path;
import java.util.List;
import vn.cchc.testsupport.SampleWarehouse;

/**
 * The report tests' names for the shared sample release ({@link SampleWarehouse}, built once per
 * build by the real ingestion and transform commands) and for this module's build directory. {@link
 * #query} reads the marts with a DuckDB connection of its own, independent of the query layer the
 * report uses: what the report's figures are checked against.
 */
public final class SampleRelease {
  private SampleRelease() {}

  /** A directory under this module's build directory, wherever the module lives. */
  public static Path target(String name) {
    return Path.of(System.getProperty("basedir", "."))
        .toAbsolutePath()
        .normalize()
        .resolve("target")
        .resolve(name);
  }

  /** The sample warehouse shared with the query layer's, the server's and the dashboards' tests. */
  public static Path warehouse() {
    return SampleWarehouse.get();
  }

  /** Rows of an SQL query over the sample catalog, see {@link SampleWarehouse#query}. */
  public static List<List<Object>> query(String sql, Object... params) {
    return SampleWarehouse.query(sql, params);
  }

  public static Object single(String sql, Object... params) {
    return SampleWarehouse.single(sql, params);
  }

  public static void deleteTree(Path dir) {
    SampleWarehouse.deleteTree(dir);
  }
}
