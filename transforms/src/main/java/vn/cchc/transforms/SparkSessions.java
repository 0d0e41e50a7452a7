package vn.cchc.transforms;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the Spark session of the job: loopback only, no UI, few shuffle partitions for a province.
 */
public final class SparkSessions {
  private SparkSessions() {}

  public static SparkSession create(String master, int shufflePartitions) {
    return SparkSession.builder()
        .appName("cchc-transform")
        .master(master)
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", String.valueOf(shufflePartitions))
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.sql.sources.partitionColumnTypeInference.enabled", "false")
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        .getOrCreate();
  }
}
