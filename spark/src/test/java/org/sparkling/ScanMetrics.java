package org.sparkling;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.execution.SparkPlan;
import org.apache.spark.sql.execution.datasources.v2.BatchScanExec;
import scala.jdk.javaapi.CollectionConverters;

/** The metrics an executed DataFrame's H2O scan reported, e.g. {@code chunksReadOverRest}. */
final class ScanMetrics {
  private ScanMetrics() {}

  /** The value of metric {@code name} of the one scan of {@code read}, after it was computed. */
  static long of(Dataset<Row> read, String name) {
    SparkPlan plan = read.queryExecution().executedPlan();
    for (SparkPlan leaf : CollectionConverters.asJava(plan.collectLeaves())) {
      if (leaf instanceof BatchScanExec scan) {
        return scan.metrics().apply(name).value();
      }
    }
    throw new AssertionError("No H2O scan in the plan " + plan);
  }
}
