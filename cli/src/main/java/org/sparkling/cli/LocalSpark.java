package org.sparkling.cli;

import org.apache.spark.sql.SparkSession;

/** The Spark session of a command: local by default, UI off, on the loopback interface. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start(String master, String appName) {
    return SparkSession.builder()
        .master(master)
        .appName(appName)
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.session.timeZone", "UTC")
        .getOrCreate();
  }
}
