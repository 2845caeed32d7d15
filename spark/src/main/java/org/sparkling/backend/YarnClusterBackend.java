package org.sparkling.backend;

import java.net.URI;
import java.nio.file.Path;
import org.apache.spark.SparkContext;
import org.sparkling.H2OConf;
import org.sparkling.backend.external.YarnH2OCluster;
import org.sparkling.backend.external.YarnH2OCommand;

/**
 * The external backend with automatic start on YARN: H2O's official driver jar starts the H2O nodes as a YARN application
 * of their own, and the context kills that application when it stops (or the Spark application ends).
 */
final class YarnClusterBackend implements Backend {
  private final YarnH2OCluster cluster;

  private YarnClusterBackend(YarnH2OCluster cluster) {
    this.cluster = cluster;
  }

  static YarnClusterBackend start(SparkContext spark, H2OConf conf) {
    Path workDir = WorkDirs.of(spark, conf).resolve("yarn-cluster");
    String name = NodeSettings.cloudName(spark, conf);
    YarnH2OCommand command =
        YarnH2OCommand.of(conf, System.getenv(), name, "h2o-" + spark.applicationId(), workDir.resolve("notify"));
    YarnH2OCluster cluster =
        YarnH2OCluster.start(command, hadoopTool("hadoop"), hadoopTool("yarn"), workDir, conf.cloudTimeout());
    YarnClusterBackend backend = new YarnClusterBackend(cluster);
    ApplicationEnd.then(spark, backend::stop);
    return backend;
  }

  /** {@code $HADOOP_HOME/bin/<tool>} when HADOOP_HOME is set, else the tool as found on the PATH. */
  private static String hadoopTool(String tool) {
    String home = System.getenv("HADOOP_HOME");
    return home == null || home.isBlank() ? tool : Path.of(home, "bin", tool).toString();
  }

  @Override
  public URI restApi() {
    return cluster.restApi();
  }

  @Override
  public String description() {
    return "external, automatic start on YARN: application " + cluster.applicationId();
  }

  @Override
  public String logs() {
    return "in the YARN containers of application " + cluster.applicationId() + " (yarn logs -applicationId "
        + cluster.applicationId() + ")";
  }

  @Override
  public void stop() {
    cluster.stop();
  }
}
