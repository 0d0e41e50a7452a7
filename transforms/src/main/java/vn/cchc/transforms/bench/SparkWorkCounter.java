package vn.cchc.transforms.bench;

import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerStageCompleted;

/**
 * Counts the jobs a Spark context started and the stages it completed (skipped stages, whose
 * shuffle output was reused, never complete). Listener events arrive asynchronously: read the
 * counts after the context has stopped, which drains its listener bus.
 */
public final class SparkWorkCounter extends SparkListener {
  private final AtomicInteger jobs = new AtomicInteger();
  private final AtomicInteger stages = new AtomicInteger();

  @Override
  public void onJobStart(SparkListenerJobStart jobStart) {
    jobs.incrementAndGet();
  }

  @Override
  public void onStageCompleted(SparkListenerStageCompleted stageCompleted) {
    stages.incrementAndGet();
  }

  public int jobs() {
    return jobs.get();
  }

  public int stages() {
    return stages.get();
  }
}
