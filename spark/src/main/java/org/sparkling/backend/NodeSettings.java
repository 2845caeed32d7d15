package org.sparkling.backend;

import java.io.Serializable;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.spark.SparkContext;
import org.sparkling.H2OConf;

/**
 * What an executor needs to start its H2O node, resolved on the driver and sent with the task.
 *
 * @param cloudName the name every node clouds up under
 * @param basePort the first REST port tried
 * @param logLevel H2O's log level
 * @param nthreads H2O's worker threads; 0 or less for every core the executor JVM sees
 * @param workDir the folder for the nodes' files, one sub-folder per executor; empty for the executor's own work folder
 * @param logDir the folder for the nodes' logs, one sub-folder per executor; empty for {@code logs} in the node's folder
 * @param cloudTimeoutMillis how long a node may take to start
 */
record NodeSettings(
    String cloudName, int basePort, H2OLogLevel logLevel, int nthreads, String workDir, String logDir, long cloudTimeoutMillis)
    implements Serializable {

  static NodeSettings of(SparkContext spark, H2OConf conf) {
    int threads = conf.nthreads() > 0 ? conf.nthreads() : spark.getConf().getInt("spark.executor.cores", -1);
    return new NodeSettings(cloudName(spark, conf), conf.basePort(), H2OLogLevel.of(conf.logLevel()), threads, conf.workDir(),
        conf.logDir(), conf.cloudTimeout().toMillis());
  }

  /** {@code spark.ext.h2o.cloud.name}, or {@code sparkling-<application id>}. */
  static String cloudName(SparkContext spark, H2OConf conf) {
    return conf.cloudName().isEmpty() ? "sparkling-" + spark.applicationId() : conf.cloudName();
  }

  /** The node's folder in executor {@code executorId}: under its own work folder (its current directory) by default. */
  Path folder(String executorId) {
    return workDir.isEmpty()
        ? Path.of("").toAbsolutePath().resolve("sparkling-h2o")
        : Path.of(workDir).toAbsolutePath().resolve("executor-" + executorId);
  }

  Path logFolder(String executorId) {
    return logDir.isEmpty() ? folder(executorId).resolve("logs") : Path.of(logDir).toAbsolutePath().resolve("executor-" + executorId);
  }

  /** Where every executor's node writes its log, seen from the driver, for people. */
  String logFiles() {
    if (!logDir.isEmpty()) {
      return Path.of(logDir).toAbsolutePath().resolve("executor-<id>").resolve("h2o.log") + " on each executor's host";
    }
    if (!workDir.isEmpty()) {
      return Path.of(workDir).toAbsolutePath().resolve("executor-<id>").resolve("logs").resolve("h2o.log")
          + " on each executor's host";
    }
    return "sparkling-h2o/logs/h2o.log in each executor's work folder (standalone: <SPARK_HOME>/work/<app id>/<executor id>)";
  }

  Duration cloudTimeout() {
    return Duration.ofMillis(cloudTimeoutMillis);
  }
}
