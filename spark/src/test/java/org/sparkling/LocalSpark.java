package org.sparkling;

import org.apache.spark.sql.SparkSession;

/** The local SparkSession tests share: two cores, no UI, loopback only, UTC so time values read the same everywhere. */
public final class LocalSpark {
  private LocalSpark() {}

  public static SparkSession start(String appName) {
    return start(appName, java.util.Map.of());
  }

  /**
   * The session for a test class; classes marked {@link OverRest} send every chunk over REST
   * ({@code spark.ext.h2o.transfer.mode=rest}) so that the same tests cover both ways data moves.
   */
  public static SparkSession start(org.junit.jupiter.api.TestInfo test) {
    Class<?> testClass = test.getTestClass().orElseThrow();
    return start(
        testClass.getSimpleName(),
        OverRest.class.isAssignableFrom(testClass) ? java.util.Map.of(H2OOptions.TRANSFER_MODE, "rest") : java.util.Map.of());
  }

  /** Marks a test class whose conversions must go over REST. */
  public interface OverRest {}

  /** A session with extra settings, e.g. {@code spark.ext.h2o.transfer.mode=rest}. */
  public static SparkSession start(String appName, java.util.Map<String, String> settings) {
    SparkSession.Builder builder = SparkSession.builder();
    builder
        .master("local[2]")
        .appName(appName)
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .config("spark.sql.session.timeZone", "UTC")
        .config("spark.ext.h2o.work.dir", "target/sparkling-work")
        .config("spark.ext.h2o.nthreads", "2");
    settings.forEach(builder::config);
    return builder.getOrCreate();
  }
}
