package vn.cchc.transforms;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the Spark session of the job: loopback only, no UI, few shuffle partitions for a province.
 *
 * <p>Loopback and no UI are only defaults: a system property of the same name ({@code
 * -Dspark.driver.host=10.0.0.5}, {@code -Dspark.driver.bindAddress=0.0.0.0}, {@code
 * -Dspark.ui.enabled=true}, e.g. through {@code JAVA_OPTS}) wins, because the executors of a real
 * cluster must reach the driver at an address of the network. Every other {@code -Dspark.*}
 * property reaches Spark as it is (SparkConf reads them), e.g. {@code spark.executor.memory} for a
 * national run on a cluster. The SQL settings below are not defaults: the marts' values depend on
 * them, so they are the same wherever the job runs.
 *
 * <p>The executors of a cluster get Spark's JDK 17 flags without help: SparkContext prepends {@code
 * JavaModuleOptions} to {@code spark.executor.extraJavaOptions} itself.
 */
public final class SparkSessions {
  private static final Map<String, String> OVERRIDABLE_DEFAULTS =
      Map.of(
          "spark.driver.bindAddress", "127.0.0.1",
          "spark.driver.host", "127.0.0.1",
          "spark.ui.enabled", "false");

  private SparkSessions() {}

  public static SparkSession create(String master, int shufflePartitions) {
    SparkSession.Builder builder = SparkSession.builder().appName("cchc-transform").master(master);
    OVERRIDABLE_DEFAULTS.forEach(
        (key, value) -> builder.config(key, System.getProperty(key, value)));
    return builder
        .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .getOrCreate();
  }
}
