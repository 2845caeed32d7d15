package org.sparkling.backend.external;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sparkling.H2OConf;
import org.sparkling.H2OOptions;
import org.sparkling.backend.FreePorts;
import org.sparkling.security.ClientAccess;
import org.sparkling.security.ClusterSecurity;

/**
 * An H2O cluster of node JVMs started on this machine (127.0.0.1), each with the Sparkling Water extension, its own pair of
 * ports and its own folder under the work dir; the nodes find each other through a flatfile.
 *
 * <pre>{@code
 * try (LocalH2OCluster cluster = LocalH2OCluster.newBuilder(workDir).nodes(2).memory("1g").start()) {
 *   URI node = cluster.nodes().get(0); // http://127.0.0.1:54321
 * }
 * }</pre>
 *
 * <p>{@link Builder#start()} returns once every node reports the whole cloud with consensus. {@link #stop()} ends the node
 * JVMs and waits for them; a shutdown hook does it if the owner does not, and each node stops by itself when this JVM is
 * gone (the nodes started by {@link org.sparkling.extension.NodeLauncher}).
 */
public final class LocalH2OCluster implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(LocalH2OCluster.class);
  private final ClusterSpec spec;
  private final NodeProcesses processes;

  private LocalH2OCluster(ClusterSpec spec, NodeProcesses processes) {
    this.spec = spec;
    this.processes = processes;
  }

  /** A builder of a cluster whose files go under {@code workDir}. */
  public static Builder newBuilder(Path workDir) {
    return new Builder(workDir);
  }

  static LocalH2OCluster start(ClusterSpec spec) {
    long started = System.nanoTime();
    List<Integer> ports = freePorts(spec);
    NodeJavaCommand commands = NodeJavaCommand.forCluster(spec, ports, ProcessHandle.current().pid());
    NodeProcesses processes = new NodeProcesses(spec.cloudName());
    try {
      for (int port : ports) {
        List<String> command = commands.forNode(port);
        LOG.debug("Starting an H2O node: {}", command);
        URI restApi = spec.security().access().restApi(ClusterSpec.HOST, port);
        processes.add(
            NodeProcess.start(command, spec.security().nodeEnvironment(), spec.nodeDirectory(port), restApi));
      }
      CloudFormation.await(spec, processes.all());
    } catch (RuntimeException | Error e) {
      processes.stop();
      throw e;
    }
    LocalH2OCluster cluster = new LocalH2OCluster(spec, processes);
    LOG.info("H2O cluster '{}' of {} nodes formed in {} ms: {} (files in {})",
        spec.cloudName(), spec.nodes(), (System.nanoTime() - started) / 1_000_000, cluster.nodes(), spec.workDir());
    return cluster;
  }

  /** A free pair of ports for each node, the first from the base port up, each next one after the previous pair. */
  private static List<Integer> freePorts(ClusterSpec spec) {
    List<Integer> ports = new ArrayList<>();
    int next = spec.basePort();
    for (int node = 0; node < spec.nodes(); node++) {
      int port = FreePorts.pairFrom(next, InetAddress.getLoopbackAddress());
      ports.add(port);
      next = port + 2;
    }
    return ports;
  }

  /** The REST addresses of the nodes, {@code http://127.0.0.1:port}; connect to any of them. */
  public List<URI> nodes() {
    return processes.all().stream().map(NodeProcess::restApi).toList();
  }

  public String cloudName() {
    return spec.cloudName();
  }

  /** How clients reach the nodes: HTTPS and a login when the cluster is secured. */
  public ClientAccess access() {
    return spec.security().access();
  }

  /** The folder of the cluster's files: the flatfile and {@code node-<port>/} with each node's output and logs. */
  public Path workDir() {
    return spec.workDir();
  }

  /** The H2O log of the node at {@code node}, one of {@link #nodes()}. */
  public Path logFile(URI node) {
    return spec.nodeLogDirectory(node.getPort()).resolve("h2o.log");
  }

  /**
   * Blocks until a node exits and says what became of it (exit code, end of its output); empty when the cluster was
   * stopped on purpose.
   *
   * @throws InterruptedException when this thread is interrupted first; the nodes keep running
   */
  public Optional<String> awaitNodeExit() throws InterruptedException {
    return processes.awaitAnyExit();
  }

  /**
   * Stops every node: asks them to stop, kills those still running after 10 s, and waits until they are gone; their
   * output and logs stay in the work dir. Calling it again does nothing.
   */
  public void stop() {
    processes.stop();
  }

  @Override
  public void close() {
    stop();
  }

  @Override
  public String toString() {
    return "LocalH2OCluster '" + spec.cloudName() + "' " + nodes();
  }

  /** Settings of a {@link LocalH2OCluster}; each has the default of its {@link H2OOptions} twin. */
  public static final class Builder {
    private final Path workDir;
    private int nodes = H2OOptions.EXTERNAL_CLUSTER_SIZE_DEFAULT;
    private String cloudName = "sparkling-" + UUID.randomUUID().toString().substring(0, 8);
    private String memory = H2OOptions.EXTERNAL_MEMORY_DEFAULT;
    private int basePort = H2OOptions.BASE_PORT_DEFAULT;
    private int nthreads = H2OOptions.NTHREADS_DEFAULT;
    private String logLevel = H2OOptions.LOG_LEVEL_DEFAULT;
    private Path logDir;
    private Duration startTimeout = Duration.ofMillis(H2OOptions.CLOUD_TIMEOUT_DEFAULT);
    private NodeRuntime runtime;
    private List<String> jvmOptions = List.of();
    private ClusterSecurity security = ClusterSecurity.none();

    private Builder(Path workDir) {
      this.workDir = Objects.requireNonNull(workDir, "workDir == null");
    }

    /**
     * Takes every setting from {@code conf}: cluster size, memory, cloud name (when set), base port, threads, log level,
     * log folder (when set), cloud timeout, the H2O jar ({@link NodeRuntime#of}: the option, else {@code H2O_DRIVER_JAR}),
     * and the login and HTTPS of the nodes ({@link ClusterSecurity#of(H2OConf, Path)}: generated secrets go to
     * {@code <work dir>/security}).
     */
    public Builder configure(H2OConf conf) {
      nodes(conf.externalClusterSize()).memory(conf.externalMemory()).basePort(conf.basePort()).nthreads(conf.nthreads());
      logLevel(conf.logLevel()).startTimeout(conf.cloudTimeout()).runtime(NodeRuntime.of(conf, System.getenv()));
      if (!conf.logDir().isEmpty()) {
        logDir(Path.of(conf.logDir()));
      }
      security(ClusterSecurity.of(conf, workDir.resolve("security")));
      return conf.cloudName().isEmpty() ? this : cloudName(conf.cloudName());
    }

    public Builder nodes(int nodes) {
      this.nodes = nodes;
      return this;
    }

    /** The name the nodes cloud up under; a random {@code sparkling-<8 hex digits>} unless set. */
    public Builder cloudName(String cloudName) {
      this.cloudName = Objects.requireNonNull(cloudName, "cloudName == null");
      return this;
    }

    /** Each node's heap, as for {@code -Xmx}: {@code 2g}, {@code 512m}. */
    public Builder memory(String memory) {
      this.memory = Objects.requireNonNull(memory, "memory == null");
      return this;
    }

    /** The first REST port tried; ports taken by others are skipped. */
    public Builder basePort(int basePort) {
      this.basePort = basePort;
      return this;
    }

    /** Threads per node; -1 for every core. */
    public Builder nthreads(int nthreads) {
      this.nthreads = nthreads;
      return this;
    }

    /** H2O's log level: TRACE, DEBUG, INFO, WARN, ERRR or FATAL. */
    public Builder logLevel(String logLevel) {
      this.logLevel = Objects.requireNonNull(logLevel, "logLevel == null");
      return this;
    }

    /** The folder of the nodes' logs, one {@code node-<port>} sub-folder each; {@code logs} in each node's folder unless set. */
    public Builder logDir(Path logDir) {
      this.logDir = Objects.requireNonNull(logDir, "logDir == null");
      return this;
    }

    /** How long the nodes may take to start and form the cloud. */
    public Builder startTimeout(Duration startTimeout) {
      this.startTimeout = Objects.requireNonNull(startTimeout, "startTimeout == null");
      return this;
    }

    /** What the node JVMs run; {@link NodeRuntime#ofThisJvm()} unless set. */
    public Builder runtime(NodeRuntime runtime) {
      this.runtime = Objects.requireNonNull(runtime, "runtime == null");
      return this;
    }

    /** More options for each node JVM, e.g. {@code -XX:+UseG1GC}; they come after the ones set here. */
    public Builder jvmOptions(List<String> jvmOptions) {
      this.jvmOptions = List.copyOf(jvmOptions);
      return this;
    }

    /** The nodes' login and HTTPS; none unless set. */
    public Builder security(ClusterSecurity security) {
      this.security = Objects.requireNonNull(security, "security == null");
      return this;
    }

    /** Checks the settings as {@link #start()} does, without starting anything. */
    public Builder validate() {
      spec();
      return this;
    }

    /** The checked settings; throws {@link IllegalArgumentException} naming what is wrong. */
    ClusterSpec spec() {
      return new ClusterSpec(workDir, nodes, cloudName, memory, basePort, nthreads, logLevel, logDir, startTimeout,
          runtime == null ? NodeRuntime.ofThisJvm() : runtime, jvmOptions, security);
    }

    /**
     * Starts the nodes and waits until they form one cloud.
     *
     * @throws IllegalArgumentException when a setting is invalid (nothing was started)
     * @throws ClusterStartException when a node died or the cloud did not form in time (every node is stopped again)
     */
    public LocalH2OCluster start() {
      return LocalH2OCluster.start(spec());
    }
  }
}
