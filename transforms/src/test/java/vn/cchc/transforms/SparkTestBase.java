package vn.cchc.transforms;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** One local SparkSession per test class. */
public abstract class SparkTestBase {
  protected static SparkSession spark;

  @BeforeAll
  static void startSpark() {
    spark = SparkSessions.create("local[2]", 2);
  }

  @AfterAll
  static void stopSpark() {
    spark.stop();
    spark = null;
  }
}
