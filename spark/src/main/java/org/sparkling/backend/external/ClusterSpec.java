package org.sparkling.backend.external;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.sparkling.backend.H2OLogLevel;
import org.sparkling.security.ClusterSecurity;

/**
 * Everything needed to start a local H2O cluster, checked. Built by {@link LocalH2OCluster.Builder}.
 *
 * @param workDir folder of the cluster's files: the flatfile and one folder per node (output, logs, ice, Flow notebooks)
 * @param nodes how many nodes
 * @param cloudName the name the nodes cloud up under
 * @param memory each node's heap, as for {@code -Xmx}
 * @param basePort the first REST port tried; each node takes a free pair (REST port P, internal port P + 1)
 * @param nthreads threads per node, or -1 for every core
 * @param logLevel H2O's log level
 * @param logDir folder of the nodes' logs, one sub-folder per node; null for {@code logs} in each node's folder
 * @param startTimeout how long the cloud may take to form
 * @param runtime the classpath and main class of the node JVMs
 * @param jvmOptions more options for each node JVM, after the ones set here
 * @param security the nodes' login and HTTPS, and how clients reach them
 */
record ClusterSpec(
    Path workDir,
    int nodes,
    String cloudName,
    String memory,
    int basePort,
    int nthreads,
    String logLevel,
    Path logDir,
    Duration startTimeout,
    NodeRuntime runtime,
    List<String> jvmOptions,
    ClusterSecurity security) {
  /** Nodes listen on loopback only: they are local processes, and H2O's REST API has no login unless secured. */
  static final String HOST = "127.0.0.1";

  ClusterSpec {
    workDir = workDir.toAbsolutePath().normalize();
    if (nodes < 1) {
      throw new IllegalArgumentException("An H2O cluster needs at least one node, not " + nodes);
    }
    if (cloudName.isBlank() || cloudName.chars().anyMatch(Character::isWhitespace)) {
      throw new IllegalArgumentException("Invalid H2O cloud name '" + cloudName + "': it must not be empty or contain spaces");
    }
    memory = HeapSize.check(memory);
    if (basePort < 1024 || basePort > 65533) {
      throw new IllegalArgumentException("Invalid base port " + basePort + ": expected 1024 to 65533 (H2O also takes port + 1)");
    }
    if (startTimeout.isNegative() || startTimeout.isZero()) {
      throw new IllegalArgumentException("The start timeout must be positive, not " + startTimeout);
    }
    logLevel = H2OLogLevel.of(logLevel).name();
    logDir = logDir == null ? null : logDir.toAbsolutePath().normalize();
    Objects.requireNonNull(runtime, "runtime == null");
    jvmOptions = List.copyOf(jvmOptions);
    Objects.requireNonNull(security, "security == null");
  }

  /** The folder of the node whose REST port is {@code port}. */
  Path nodeDirectory(int port) {
    return workDir.resolve("node-" + port);
  }

  /** The folder of the log of the node whose REST port is {@code port}. */
  Path nodeLogDirectory(int port) {
    return logDir == null ? nodeDirectory(port).resolve("logs") : logDir.resolve("node-" + port);
  }
}
