package org.sparkling.backend;

import java.net.URI;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.apache.spark.SparkContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparkling.H2OConf;
import org.sparkling.backend.external.LocalH2OCluster;
import org.sparkling.security.ClientAccess;

/**
 * The external backend with automatic start: this application starts its own H2O cluster as node JVMs beside the driver,
 * and stops it with the context, when the application ends, or (at the latest) when the driver's JVM is gone. Executors
 * are not involved, so they can come and go (dynamic allocation).
 */
final class AutoClusterBackend implements Backend {
  private static final Logger LOG = LoggerFactory.getLogger(AutoClusterBackend.class);
  private final LocalH2OCluster cluster;

  private AutoClusterBackend(LocalH2OCluster cluster) {
    this.cluster = cluster;
  }

  static AutoClusterBackend start(SparkContext spark, H2OConf conf) {
    Path workDir = WorkDirs.of(spark, conf).resolve("external-cluster");
    String cloudName = NodeSettings.cloudName(spark, conf);
    LocalH2OCluster cluster = LocalH2OCluster.newBuilder(workDir).configure(conf).cloudName(cloudName).start();
    AutoClusterBackend backend = new AutoClusterBackend(cluster);
    LOG.info("The H2O nodes write their logs to {}", backend.logs());
    ApplicationEnd.then(spark, backend::stop);
    return backend;
  }

  @Override
  public URI restApi() {
    return cluster.nodes().get(0);
  }

  @Override
  public ClientAccess access() {
    return cluster.access();
  }

  @Override
  public String description() {
    return "external, automatic start: " + cluster.nodes().size() + " H2O node JVM(s) started by this application, "
        + "files in " + cluster.workDir();
  }

  @Override
  public String logs() {
    return cluster.nodes().stream().map(cluster::logFile).map(Path::toString).collect(Collectors.joining(", "));
  }

  @Override
  public void stop() {
    cluster.stop();
    LOG.info("Stopped the H2O cluster '{}' this application started", cluster.cloudName());
  }
}
