package org.sparkling.backend;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import scala.Tuple2;
import scala.collection.immutable.Seq;
import scala.jdk.javaapi.CollectionConverters;
import scala.reflect.ClassTag$;

/**
 * Runs one task on each of a list of executors: each task prefers its executor (not just its host), checks that it landed
 * there, and does nothing otherwise; tasks that landed elsewhere are sent again. Preferred locations are only a wish to
 * Spark's scheduler, so the check is what makes "one per executor" hold.
 */
final class ExecutorTasks {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutorTasks.class);
  private static final int ATTEMPTS = 5;

  private ExecutorTasks() {}

  /**
   * Runs {@code task} once in each of {@code executors} and returns its results by executor, in the order given.
   *
   * @param what what the tasks do, for the Spark UI and for errors
   */
  static <R> Map<SparkExecutor, R> runOnEach(
      SparkContext spark, List<SparkExecutor> executors, String what, Function<SparkExecutor, R> task) {
    Map<SparkExecutor, R> results = new LinkedHashMap<>();
    List<SparkExecutor> pending = new ArrayList<>(executors);
    String description = spark.getLocalProperty("spark.job.description");
    spark.setLocalProperty("spark.job.description", "Sparkling Water: " + what);
    try {
      for (int attempt = 1; attempt <= ATTEMPTS && !pending.isEmpty(); attempt++) {
        for (Landing<R> landing : runPinned(spark, pending, what, task)) {
          if (landing.onTarget()) {
            results.put(landing.target(), landing.result());
          } else {
            LOG.info("{}: the task for {} ran in executor {} instead (attempt {} of {})", what, landing.target(),
                landing.actualId(), attempt, ATTEMPTS);
          }
        }
        pending.removeAll(results.keySet());
      }
    } finally {
      spark.setLocalProperty("spark.job.description", description);
    }
    if (!pending.isEmpty()) {
      throw new IllegalStateException(
          "Could not " + what + " on " + pending + ": after " + ATTEMPTS + " attempts Spark still ran their tasks on other "
              + "executors. Check in the Spark UI (Executors tab) that these executors are alive and not busy, or raise "
              + "spark.locality.wait so that tasks wait for their executor.");
    }
    Map<SparkExecutor, R> ordered = new LinkedHashMap<>();
    executors.forEach(executor -> ordered.put(executor, results.get(executor)));
    return ordered;
  }

  private static <R> List<Landing<R>> runPinned(
      SparkContext spark, List<SparkExecutor> targets, String what, Function<SparkExecutor, R> task) {
    List<Tuple2<SparkExecutor, Seq<String>>> pinned = new ArrayList<>();
    for (SparkExecutor target : targets) {
      pinned.add(new Tuple2<>(target, CollectionConverters.asScala(List.of(target.taskLocation())).toSeq()));
    }
    try {
      return spark
          .makeRDD(CollectionConverters.asScala(pinned).toSeq(), ClassTag$.MODULE$.<SparkExecutor>apply(SparkExecutor.class))
          .toJavaRDD()
          .map(target -> Landing.in(target, task))
          .collect();
    } catch (RuntimeException failed) { // Spark's SparkException too: a task failed every attempt
      throw new IllegalStateException(
          "Could not " + what + ": a task failed in an executor (its log has the details): " + failed.getMessage(), failed);
    }
  }

  /** Where a pinned task ran, and its result if that was its executor. */
  record Landing<R>(SparkExecutor target, String actualId, R result) implements Serializable {
    static <R> Landing<R> in(SparkExecutor target, Function<SparkExecutor, R> task) throws Exception {
      String here = SparkExecutor.current().id();
      return new Landing<>(target, here, here.equals(target.id()) ? task.call(target) : null);
    }

    boolean onTarget() {
      return actualId.equals(target.id());
    }
  }
}
