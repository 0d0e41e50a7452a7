package vn.cchc.api.release;

import java.lang.management.ManagementFactory;
import java.util.Locale;
import vn.cchc.model.error.CchcException;
import vn.cchc.model.error.ErrorCode;
import vn.cchc.query.catalog.Sandbox;

/**
 * The server's memory is its JVM heap plus DuckDB's, which lives outside the heap: {@code -Xmx}
 * (JAVA_OPTS; by default a quarter of the machine) + {@value #OPEN_CATALOGS} × {@code
 * cchc.duckdb.memory-limit} (the old and the new release are both open while a swap finishes) must
 * fit in the machine's memory (or the container's limit), with {@value #OVERHEAD_MB} MB for the
 * JVM's own code, threads and buffers. A configuration that cannot fit is refused at start-up,
 * instead of the process being killed by the system under the first large query.
 */
final class MemoryBudget {
  private MemoryBudget() {}

  static final int OPEN_CATALOGS = 2;
  static final long OVERHEAD_MB = 256;

  /** Refuses the start when heap and DuckDB together cannot fit in {@code physicalBytes}. */
  static void check(Sandbox sandbox, long maxHeapBytes, long physicalBytes) {
    long duckdb = OPEN_CATALOGS * sandbox.memoryLimitBytes();
    long needed = maxHeapBytes + duckdb + OVERHEAD_MB * 1024 * 1024;
    if (physicalBytes > 0 && needed > physicalBytes) {
      throw new CchcException(
          ErrorCode.INVALID_INPUT,
          "Không thể khởi động máy chủ: bộ nhớ heap của JVM ("
              + mib(maxHeapBytes)
              + ") cộng "
              + OPEN_CATALOGS
              + " × cchc.duckdb.memory-limit ("
              + sandbox.memoryLimit()
              + ") và "
              + OVERHEAD_MB
              + " MiB cho JVM vượt quá bộ nhớ của máy ("
              + mib(physicalBytes)
              + "); hãy giảm -Xmx trong JAVA_OPTS hoặc cchc.duckdb.memory-limit");
    }
  }

  /** {@link #check} with this JVM's heap and the machine's (or container's) memory. */
  static void check(Sandbox sandbox) {
    long physical =
        ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getTotalMemorySize()
            : 0;
    check(sandbox, Runtime.getRuntime().maxMemory(), physical);
  }

  private static String mib(long bytes) {
    return String.format(Locale.ROOT, "%d MiB", bytes / (1024 * 1024));
  }
}
