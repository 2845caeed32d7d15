package org.sparkling.bench;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sparkling.backend.external.LocalH2OCluster;
import org.sparkling.cluster.StandaloneCluster;

/**
 * What the backend benchmark starts once and every trial uses: a standalone Spark cluster of 2 workers x 1 core (each
 * trial is a new application on it, so it gets 2 new executor JVMs), and the 2-node H2O cluster that the manual external
 * backend connects to. {@link #close()} stops both, also when the run fails.
 */
final class BenchClusters implements AutoCloseable {
  static final int EXECUTORS = 2;
  static final String LOCAL_MASTER = "local[2]";

  private final String executorMemory;
  private StandaloneCluster spark;
  private LocalH2OCluster h2o;

  private BenchClusters(String executorMemory) {
    this.executorMemory = executorMemory;
  }

  /** Starts the Spark cluster if {@code sparkCluster}, and a 2-node H2O cluster of {@code h2oMemory} nodes if asked. */
  static BenchClusters start(
      Path workDir, boolean sparkCluster, String executorMemory, boolean h2oCluster, String h2oMemory) {
    BenchClusters clusters = new BenchClusters(executorMemory);
    try {
      if (sparkCluster) {
        clusters.spark = StandaloneCluster.start(EXECUTORS, 1, executorMemory, workDir.resolve("spark-cluster"));
      }
      if (h2oCluster) {
        clusters.h2o =
            LocalH2OCluster.newBuilder(workDir.resolve("h2o-cluster").toAbsolutePath()).nodes(2).memory(h2oMemory).start();
      }
      return clusters;
    } catch (RuntimeException | Error e) {
      clusters.close();
      throw e;
    }
  }

  /** The Spark master of a trial: the standalone cluster's, or {@value #LOCAL_MASTER}. */
  String master(boolean onCluster) {
    return onCluster ? requireSpark().masterUrl() : LOCAL_MASTER;
  }

  /** The settings of a driver on the standalone cluster: 2 executors of 1 core, each its own JVM. */
  Map<String, String> sparkSettings(boolean onCluster) {
    if (!onCluster) {
      return Map.of();
    }
    Map<String, String> settings = new LinkedHashMap<>(requireSpark().driverSettings());
    settings.put("spark.executor.memory", executorMemory);
    settings.put("spark.executor.cores", "1");
    settings.put("spark.cores.max", Integer.toString(EXECUTORS));
    settings.put("spark.sql.shuffle.partitions", Integer.toString(4 * EXECUTORS));
    return settings;
  }

  /** {@code host:port} of a node of the running H2O cluster. */
  String h2oCluster() {
    if (h2o == null) {
      throw new IllegalStateException("No H2O cluster was started for the manual external backend");
    }
    return h2o.nodes().get(0).getAuthority();
  }

  /** Waits until the last trial's executors are gone, so that the next trial gets both workers' cores at once. */
  void awaitIdle() {
    if (spark != null) {
      spark.awaitIdle();
    }
  }

  private StandaloneCluster requireSpark() {
    if (spark == null) {
      throw new IllegalStateException("No standalone Spark cluster was started");
    }
    return spark;
  }

  @Override
  public void close() {
    try {
      if (h2o != null) {
        h2o.close();
      }
    } finally {
      if (spark != null) {
        spark.close();
      }
    }
  }
}
