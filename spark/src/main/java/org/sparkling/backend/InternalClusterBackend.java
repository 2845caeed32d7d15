package org.sparkling.backend;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.spark.SparkConf;
import org.apache.spark.SparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparkling.H2OConf;
import org.sparkling.client.Cloud;
import org.sparkling.security.ClientAccess;
import org.sparkling.security.ClusterSecurity;
import org.sparkling.security.NodeSecrets;

/**
 * The internal backend on a Spark cluster: one H2O node inside each executor JVM, however many cores it has, clouded up
 * through a flatfile; the driver runs no H2O node and talks to the cloud over REST.
 *
 * <p>Start: find the executors; in each, pick and hold a free port pair; write the flatfile of every node; start each
 * node in its executor; wait over REST until all of them form one cloud. Every step runs as tasks pinned to the
 * executors ({@link ExecutorTasks}).
 *
 * <p>{@link #stop()} stops the nodes' REST APIs (Flow included); the nodes themselves, and their memory, live until their
 * executors end, because H2O cannot stop and start again in a JVM. A later context of the same application finds them
 * running and starts their REST APIs again.
 */
final class InternalClusterBackend implements Backend {
  private static final Logger LOG = LoggerFactory.getLogger(InternalClusterBackend.class);
  private final SparkContext spark;
  private final Map<SparkExecutor, NodeAddress> nodes;
  private final ExecutorChanges changes;
  private final String logs;
  private final ClusterSecurity security;

  private InternalClusterBackend(SparkContext spark, Map<SparkExecutor, NodeAddress> nodes, ExecutorChanges changes,
      String logs, ClusterSecurity security) {
    this.spark = spark;
    this.nodes = nodes;
    this.changes = changes;
    this.logs = logs;
    this.security = security;
  }

  static InternalClusterBackend start(SparkContext spark, H2OConf conf) {
    requireFixedExecutors(spark.getConf());
    long[] marks = {System.nanoTime(), 0, 0, 0, 0};
    NodeSettings settings = NodeSettings.of(spark, conf);
    List<SparkExecutor> executors = ExecutorDiscovery.discover(spark, conf.cloudTimeout());
    marks[1] = System.nanoTime();
    Map<SparkExecutor, NodeAddress> nodes =
        ExecutorTasks.runOnEach(spark, executors, "reserve H2O ports", self -> ExecutorNode.reserve(settings, self));
    List<String> flatfile = nodes.values().stream().map(NodeAddress::ipPort).toList();
    ClusterSecurity security = RunningNodesSecurity.of("application " + spark.applicationId(), conf,
        () -> ClusterSecurity.of(conf, WorkDirs.of(spark, conf).resolve("security"),
            nodes.values().stream().map(NodeAddress::ip).distinct().toList()));
    // The realm file and keystore travel inside the tasks: executors on other hosts cannot read the driver's files.
    NodeSecrets secrets = security.nodeSecrets();
    LOG.info("Starting {} H2O nodes in cloud '{}' ({}): {}", nodes.size(), settings.cloudName(), security.summary(), nodes);
    marks[2] = System.nanoTime();
    ExecutorTasks.runOnEach(spark, executors, "start H2O nodes",
        self -> ExecutorNode.start(settings, secrets, self, nodes.get(self), flatfile));
    marks[3] = System.nanoTime();
    Cloud cloud = CloudFormation.await(nodes, security.access(), conf.cloudTimeout());
    marks[4] = System.nanoTime();
    LOG.info("H2O cloud '{}' of {} nodes formed in {} ms: executors found in {} ms, ports in {} ms, nodes started in {} ms, "
            + "clouded {} ms later", cloud.cloudName(), cloud.cloudSize(), millis(marks[0], marks[4]),
        millis(marks[0], marks[1]), millis(marks[1], marks[2]), millis(marks[2], marks[3]), millis(marks[3], marks[4]));
    Map<String, NodeAddress> byId = new LinkedHashMap<>();
    nodes.forEach((executor, node) -> byId.put(executor.id(), node));
    ExecutorChanges changes = new ExecutorChanges(byId);
    spark.addSparkListener(changes);
    return new InternalClusterBackend(spark, nodes, changes, settings.logFiles(), security);
  }

  private static long millis(long fromNanos, long toNanos) {
    return (toNanos - fromNanos) / 1_000_000;
  }

  /**
   * Dynamic allocation removes idle executors, and with them H2O nodes and their data; an H2O cloud cannot lose nodes.
   */
  static void requireFixedExecutors(SparkConf conf) {
    if (conf.getBoolean("spark.dynamicAllocation.enabled", false)) {
      throw new IllegalStateException(
          "spark.dynamicAllocation.enabled=true does not work with the internal backend: its H2O nodes live inside the "
              + "executors, and when Spark removes an idle executor the H2O cloud loses a node and its data. Use the "
              + "external backend (spark.ext.h2o.backend.cluster.mode=external), whose H2O nodes run apart from the "
              + "executors, or set spark.dynamicAllocation.enabled=false.");
    }
  }

  @Override
  public URI restApi() {
    return nodes.values().iterator().next().restApi(security.access());
  }

  @Override
  public ClientAccess access() {
    return security.access();
  }

  /** The task location of the executor that runs the node {@code ip:port}, to read its chunks there. */
  @Override
  public Optional<String> sparkLocation(String node) {
    return nodes.entrySet().stream()
        .filter(entry -> entry.getValue().ipPort().equals(node))
        .map(entry -> entry.getKey().taskLocation())
        .findFirst();
  }

  @Override
  public String description() {
    return "internal, " + nodes.size() + " H2O nodes in Spark executors (" + security.summary() + "): "
        + nodes.entrySet().stream()
            .map(entry -> entry.getKey().id() + "@" + entry.getValue())
            .collect(Collectors.joining(", "));
  }

  @Override
  public String logs() {
    return logs;
  }

  @Override
  public void stop() {
    changes.deactivate();
    if (spark.isStopped()) {
      return; // the executors, and the nodes in them, are gone
    }
    try {
      ExecutorTasks.runOnEach(spark, List.copyOf(nodes.keySet()), "stop H2O REST APIs", self -> ExecutorNode.stopRestApi());
      LOG.info("Stopped the REST APIs of the H2O nodes in {} executors; the nodes live until their executors end",
          nodes.size());
    } catch (RuntimeException e) {
      LOG.warn("Could not stop the REST API of every H2O node: {}", e.getMessage());
    }
  }
}
