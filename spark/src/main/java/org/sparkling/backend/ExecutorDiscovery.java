package org.sparkling.backend;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.apache.spark.api.java.JavaSparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the executors of the application: waits until as many have registered as the application asked for, then runs
 * small tasks until every registered executor has answered with its id and host.
 */
final class ExecutorDiscovery {
  private static final Logger LOG = LoggerFactory.getLogger(ExecutorDiscovery.class);

  private ExecutorDiscovery() {}

  /** The executors, in id order. */
  static List<SparkExecutor> discover(SparkContext spark, Duration timeout) {
    int expected = expectedExecutors(spark.getConf());
    Optional<Integer> registered =
        Polling.until(timeout, () -> Optional.of(registered(spark)).filter(count -> count >= Math.max(1, expected)));
    if (registered.isEmpty()) {
      throw new IllegalStateException(
          "Only " + registered(spark) + " of " + (expected > 0 ? expected : "at least 1") + " Spark executors registered "
              + "within " + timeout.toSeconds() + " s (spark.ext.h2o.cloud.timeout). The internal backend starts one H2O "
              + "node in each executor, so it needs them up first: check that the cluster has free cores and memory for "
              + "them (Spark UI), or raise spark.ext.h2o.cloud.timeout.");
    }
    TreeSet<SparkExecutor> seen = new TreeSet<>();
    Polling.until(timeout, () -> {
      seen.addAll(probe(spark));
      return Optional.of(seen.size()).filter(count -> count >= registered(spark));
    });
    int asked = Math.max(expected, registered(spark));
    if (seen.size() < asked) {
      LOG.warn("Only {} of {} executors ran a task within {} s; H2O nodes start in those: {}", seen.size(), asked,
          timeout.toSeconds(), seen);
    }
    LOG.info("Executors for H2O nodes: {}", seen);
    return List.copyOf(seen);
  }

  /**
   * How many executors the application asked for: {@code spark.executor.instances}, or on a standalone master
   * {@code spark.cores.max / spark.executor.cores}; 0 when it did not say (then the executors registered so far count).
   */
  static int expectedExecutors(SparkConf conf) {
    if (conf.contains("spark.executor.instances")) {
      return conf.getInt("spark.executor.instances", 0);
    }
    if (conf.get("spark.master", "").startsWith("spark://")
        && conf.contains("spark.cores.max") && conf.contains("spark.executor.cores")) {
      return conf.getInt("spark.cores.max", 0) / Math.max(1, conf.getInt("spark.executor.cores", 1));
    }
    return 0;
  }

  /** Executors registered with the driver (the status tracker lists the driver too). */
  private static int registered(SparkContext spark) {
    return Math.max(0, spark.statusTracker().getExecutorInfos().length - 1);
  }

  /** Many tiny tasks; Spark spreads them over the executors that have free cores. */
  private static List<SparkExecutor> probe(SparkContext spark) {
    int tasks = Math.max(16, 4 * spark.defaultParallelism());
    return new JavaSparkContext(spark)
        .parallelize(IntStream.range(0, tasks).boxed().toList(), tasks)
        .map(ignored -> SparkExecutor.current())
        .collect();
  }
}
