package org.sparkling.bench;

import java.util.Map;

/**
 * What one start trial measured, in a fresh JVM.
 *
 * @param sparkVersion Spark's version
 * @param h2oCluster the H2O cluster the context got, described
 * @param seconds the seconds of each step, in order: {@link #JVM}, {@link #SPARK}, {@link #EXECUTORS} (on a cluster only),
 *     {@link #CONTEXT}, {@link #STOP}
 */
record StartTimes(String sparkVersion, String h2oCluster, Map<String, Double> seconds) {
  static final String JVM = "JVM start to main";
  static final String SPARK = "SparkSession";
  static final String EXECUTORS = "executors registered";
  static final String CONTEXT = "H2OContext.getOrCreate";
  static final String STOP = "stop";
}
