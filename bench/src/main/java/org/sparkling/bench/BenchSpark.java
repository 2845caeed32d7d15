package org.sparkling.bench;

import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** The benchmark's SparkSession: on loopback, no UI, UTC, scratch space under the work folder. */
final class BenchSpark {
  private BenchSpark() {}

  static SparkSession start(String master, Path workDir) {
    SparkSession spark =
        SparkSession.builder()
            .master(master)
            .appName("sparkling-bench")
            .config("spark.ui.enabled", "false")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .config("spark.local.dir", workDir.resolve("spark-local").toAbsolutePath().toString())
            .config("spark.sql.session.timeZone", "UTC")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
