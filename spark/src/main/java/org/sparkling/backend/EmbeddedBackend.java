package org.sparkling.backend;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.spark.SparkContext;
import org.sparkling.H2OConf;
import org.sparkling.H2OOptions;
import org.sparkling.extension.EmbeddedNode;
import org.sparkling.security.ClientAccess;
import org.sparkling.security.ClusterSecurity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The internal backend with a local master: one H2O node in this JVM, where Spark's local executor runs too, so data
 * moves between Spark and H2O by in-process calls.
 *
 * <p>H2O cannot be started twice in one JVM: the node starts with the first context and outlives {@link #stop()}, which
 * only detaches; a later context attaches to it again.
 */
final class EmbeddedBackend implements Backend {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedBackend.class);
  /** The log of the node in this JVM, which every later context attaches to. */
  private static Path logFile;
  /** Whose node, for {@link RunningNodesSecurity}: the one H2O node a JVM can run. */
  static final String OWNER = "this JVM";
  private final URI restApi;
  private final ClusterSecurity security;

  private EmbeddedBackend(URI restApi, ClusterSecurity security) {
    this.restApi = restApi;
    this.security = security;
  }

  static synchronized EmbeddedBackend start(SparkContext spark, H2OConf conf) {
    Optional<URI> running = EmbeddedNode.running();
    if (running.isPresent()) {
      ClusterSecurity security = RunningNodesSecurity.of(OWNER, conf, ClusterSecurity::none);
      LOG.info("Attaching to the H2O node already running in this JVM at {} ({})", running.get(), security.summary());
      return started(spark, EmbeddedNode.start(List.of(), 1, conf.cloudTimeout()), security);
    }
    InetAddress loopback = InetAddress.getLoopbackAddress();
    int port = FreePorts.pairFrom(conf.basePort(), loopback);
    Path workDir = WorkDirs.of(spark, conf);
    ClusterSecurity security =
        RunningNodesSecurity.of(OWNER, conf, () -> ClusterSecurity.of(conf, workDir.resolve("security")));
    Path logDir = conf.logDir().isEmpty() ? workDir.resolve("logs") : Path.of(conf.logDir()).toAbsolutePath();
    String cloudName = NodeSettings.cloudName(spark, conf);
    String ip = loopback.getHostAddress();
    H2OLogLevel logLevel = H2OLogLevel.of(conf.logLevel());
    List<String> arguments = new NodeArguments(cloudName, ip, ip, port, workDir, logDir, logLevel)
        .quiet().nthreads(conf.nthreads()).secured(security.nodeArguments()).toList();
    Path logFile = NodeFolders.create(logDir).resolve("h2o.log");
    LOG.info("Starting an H2O node in this JVM ({}): {}; its log is {}", security.summary(), String.join(" ", arguments),
        logFile);
    H2OLogFile.attach(logFile, logLevel);
    EmbeddedBackend.logFile = logFile;
    String keystorePassword = security.nodeSecrets().keystorePassword();
    return started(spark,
        EmbeddedNode.start(arguments, keystorePassword, H2OOptions.JKS_PASSWORD, 1, conf.cloudTimeout()), security);
  }

  /** When the application ends, the node's web server stops with it, so that nothing keeps the JVM alive. */
  private static EmbeddedBackend started(SparkContext spark, URI restApi, ClusterSecurity security) {
    ApplicationEnd.then(spark, EmbeddedNode::stopWebServer);
    return new EmbeddedBackend(restApi, security);
  }

  @Override
  public URI restApi() {
    return restApi;
  }

  @Override
  public ClientAccess access() {
    return security.access();
  }

  @Override
  public String description() {
    return "internal, one H2O node embedded in this JVM (local mode), " + security.summary();
  }

  @Override
  public String logs() {
    return logFile == null ? "the log of the H2O node that runs in this JVM" : logFile.toString();
  }

  @Override
  public void stop() {
    EmbeddedNode.stopWebServer();
    LOG.info("Stopped the REST API of the embedded H2O node at {}; the node itself lives as long as this JVM", restApi);
  }
}
