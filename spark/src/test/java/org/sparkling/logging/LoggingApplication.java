package org.sparkling.logging;

import org.apache.spark.sql.SparkSession;
import org.sparkling.H2OConf;
import org.sparkling.H2OContext;
import org.sparkling.H2OFrame;

/**
 * A Spark application as a user writes it, run in a JVM of its own by {@link H2OLogsTest} so that logging is Spark's
 * default (nothing configured) and its console can be read: starts H2O, converts a DataFrame both ways, prints the
 * context and stops.
 *
 * <p>Arguments: the backend ({@code embedded} or {@code external} for an automatically started external cluster), H2O's
 * log level, and the work dir.
 */
public final class LoggingApplication {
  /** Printed before the context's report, so that the test finds it in the output. */
  static final String REPORT = "H2OContext report:";

  private LoggingApplication() {}

  public static void main(String[] args) {
    String backend = args[0];
    SparkSession spark = SparkSession.builder()
        .master("local[2]")
        .appName("LoggingApplication")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    H2OConf conf = new H2OConf().setLogLevel(args[1]).setWorkDir(args[2]).setNthreads(2);
    if (backend.equals("external")) {
      conf.setExternalClusterMode().useAutoClusterStart().setExternalClusterSize(1).setExternalMemory("1g");
    }
    try {
      H2OContext hc = H2OContext.getOrCreate(spark, conf);
      H2OFrame frame = hc.asH2OFrame(spark.range(1000).selectExpr("id", "id % 7 AS bucket"), "logging_app");
      long rows = hc.asSparkFrame(frame).count();
      System.out.println(REPORT + "\n" + hc + "rows back in Spark: " + rows);
      hc.stop();
    } finally {
      spark.stop();
    }
  }
}
