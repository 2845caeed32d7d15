package org.sparkling.backend;

import org.apache.spark.SparkContext;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerApplicationEnd;

/** What a backend must undo when the Spark application ends, whether or not anyone stopped the context. */
final class ApplicationEnd {
  private ApplicationEnd() {}

  static void then(SparkContext spark, Runnable action) {
    spark.addSparkListener(
        new SparkListener() {
          @Override
          public void onApplicationEnd(SparkListenerApplicationEnd end) {
            action.run();
          }
        });
  }
}
