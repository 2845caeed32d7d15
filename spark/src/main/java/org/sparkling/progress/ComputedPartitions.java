package org.sparkling.progress;

import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerStageSubmitted;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.storage.RDDInfo;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Counts the partitions of one RDD that Spark has computed, for a {@link ProgressTask}: a Spark listener that watches the
 * stages computing that RDD and counts each partition once when its task succeeds (a retried or speculative task does
 * not count twice). It listens from {@link #count} until it is closed:
 *
 * <pre>{@code
 * try (ComputedPartitions counting = ComputedPartitions.count(rdd, task)) {
 *   reports = rdd.collect();
 * }
 * }</pre>
 */
public final class ComputedPartitions extends SparkListener implements AutoCloseable {
  private final SparkContext spark;
  private final int rddId;
  private final ProgressTask task;
  private final Set<Integer> stages = ConcurrentHashMap.newKeySet();
  private final Set<Integer> partitions = ConcurrentHashMap.newKeySet();

  private ComputedPartitions(SparkContext spark, int rddId, ProgressTask task) {
    this.spark = spark;
    this.rddId = rddId;
    this.task = task;
  }

  /**
   * Starts counting the partitions of {@code rdd} that Spark computes into {@code task}, until closed. Only the count is
   * set here; finishing the task is the caller's.
   */
  public static ComputedPartitions count(JavaRDD<?> rdd, ProgressTask task) {
    Objects.requireNonNull(task, "task == null");
    ComputedPartitions listener = new ComputedPartitions(rdd.context(), rdd.id(), task);
    listener.spark.addSparkListener(listener);
    return listener;
  }

  /** Stops listening; events Spark has not delivered yet are not counted (the caller finishes the task anyway). */
  @Override
  public void close() {
    spark.removeSparkListener(this);
  }

  @Override
  public void onStageSubmitted(SparkListenerStageSubmitted submitted) {
    // A stage lists the RDDs it computes; only the stage whose tasks compute our RDD's partitions counts, not the shuffle
    // stages before it.
    for (RDDInfo rdd : CollectionConverters.asJava(submitted.stageInfo().rddInfos())) {
      if (rdd.id() == rddId) {
        stages.add(submitted.stageInfo().stageId());
      }
    }
  }

  @Override
  public void onTaskEnd(SparkListenerTaskEnd end) {
    if (stages.contains(end.stageId()) && end.taskInfo().successful() && partitions.add(end.taskInfo().index())) {
      task.set(partitions.size());
    }
  }
}
