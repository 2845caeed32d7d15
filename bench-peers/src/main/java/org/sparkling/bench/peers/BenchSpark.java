package org.sparkling.bench.peers;

import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/** The benchmark's SparkSession: on loopback, no UI, UTC, scratch space under the work folder. */
public final class BenchSpark {
  private BenchSpark() {}

  public static SparkSession start(String master, Path workDir) {
    return start(master, workDir, Map.of());
  }

  /** A session with more settings on top of the benchmark's own (a cluster's executors, their memory). */
  public static SparkSession start(String master, Path workDir, Map<String, String> settings) {
    SparkSession.Builder builder =
        SparkSession.builder()
            .master(master)
            .appName("sparkling-bench")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.local.dir", workDir.resolve("spark-local").toAbsolutePath().toString())
            .config("spark.sql.session.timeZone", "UTC");
    settings.forEach(builder::config);
    SparkSession spark = builder.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
