package org.sparkling;

import org.apache.spark.sql.SparkSession;

/** The local SparkSession tests share: two cores, no UI, loopback only, UTC so time values read the same everywhere. */
public final class LocalSpark {
  private LocalSpark() {}

  public static SparkSession start(String appName) {
    return SparkSession.builder()
        .master("local[2]")
        .appName(appName)
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ext.h2o.work.dir", "target/sparkling-work")
        .config("spark.ext.h2o.nthreads", "2")
        .getOrCreate();
  }
}
