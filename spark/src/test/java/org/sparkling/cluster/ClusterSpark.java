package org.sparkling.cluster;

import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** A SparkSession whose executors run on a {@link StandaloneCluster}: small heaps, every core of each worker, loopback. */
public final class ClusterSpark {
  private ClusterSpark() {}

  public static SparkSession start(StandaloneCluster cluster, String appName) {
    return start(cluster, appName, Map.of());
  }

  /** A session with extra settings on top of the cluster's. */
  public static SparkSession start(StandaloneCluster cluster, String appName, Map<String, String> settings) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .master(cluster.masterUrl())
            .appName(appName)
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.executor.memory", "1200m")
            .config("spark.executor.cores", "2")
            .config("spark.cores.max", "4")
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.sql.session.timeZone", "UTC");
    cluster.driverSettings().forEach(builder::config);
    settings.forEach(builder::config);
    return builder.getOrCreate();
  }
}
